/** JSON-LD builders: plain objects that BaseHead serialises into `application/ld+json`. */

type Json = Record<string, unknown>;
const context = 'https://schema.org';

export function breadcrumbList(crumbs: Array<{ label: string; url: string }>): Json {
	return {
		'@context': context,
		'@type': 'BreadcrumbList',
		itemListElement: crumbs.map((crumb, index) => ({
			'@type': 'ListItem',
			position: index + 1,
			name: crumb.label,
			item: crumb.url,
		})),
	};
}

export function techArticle(page: {
	title: string;
	description: string;
	url: string;
	updated: Date;
	publisher: string;
	image: string;
}): Json {
	return {
		'@context': context,
		'@type': 'TechArticle',
		headline: page.title,
		description: page.description,
		url: page.url,
		mainEntityOfPage: page.url,
		dateModified: page.updated.toISOString().slice(0, 10),
		image: page.image,
		inLanguage: 'en',
		author: { '@type': 'Organization', name: page.publisher },
		publisher: { '@type': 'Organization', name: page.publisher },
	};
}

export function faqPage(url: string, entries: Array<{ question: string; answer: string }>): Json {
	return {
		'@context': context,
		'@type': 'FAQPage',
		url,
		mainEntity: entries.map((entry) => ({
			'@type': 'Question',
			name: entry.question,
			acceptedAnswer: { '@type': 'Answer', text: entry.answer },
		})),
	};
}

export function webSite(name: string, url: string, description: string): Json {
	return { '@context': context, '@type': 'WebSite', name, url, description, inLanguage: 'en' };
}

/** JSON for a <script> block: `<` is escaped so no text can close the element early. */
export function serializeJsonLd(data: Json): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
