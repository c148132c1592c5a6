import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { sections } from '../../route-paths.ts';
import { TROUBLESHOOT_CATEGORIES } from '../../troubleshoot-categories.ts';
import { url } from '../../url.ts';
import { linksOf } from '../links.ts';
import type { Page, Rule } from '../page.ts';

/** Links within the site are root-relative, end with a slash, and name a page and a heading that exist. */
export const internalLink: Rule = {
	name: 'internal-link',
	check(pages) {
		const anchors = pageAnchors(pages);
		return pages.flatMap((page) =>
			linksOf(page)
				.filter(({ href }) => !/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('//'))
				.flatMap(({ href, line }) => {
					const message = internalLinkProblem(href, page.path, anchors);
					return message ? [{ file: page.file.path, line, message }] : [];
				}),
		);
	},
};

/** Every page path with the ids it offers to `#anchor` links. */
function pageAnchors(pages: readonly Page[]): Map<string, Set<string>> {
	const anchors = new Map(pages.map((page) => [page.path, headingIds(page)]));
	// Two index pages are generated (src/pages/), not entries: the FAQ index has a section per question
	// whose id is the question's slug, the troubleshooting index one per category, whose id is its key.
	const questions = pages.filter(({ file }) => file.collection === 'faq' && file.id !== 'index');
	anchors.set(url(sections.faq.prefix), new Set(questions.map(({ file }) => file.id)));
	anchors.set(url(sections.troubleshoot.prefix), new Set(Object.keys(TROUBLESHOOT_CATEGORIES)));
	return anchors;
}

/** The ids the build gives the page's headings: github-slugger over each heading's text, in order. */
function headingIds(page: Page): Set<string> {
	const slugger = new GithubSlugger();
	const ids = new Set<string>();
	visit(page.tree, 'heading', (heading) => {
		ids.add(slugger.slug(toString(heading, { includeImageAlt: false, includeHtml: false })));
	});
	return ids;
}

const safeDecode = (value: string) => {
	try {
		return decodeURIComponent(value);
	} catch {
		return value;
	}
};

/** Why a link within the site does not resolve, or `undefined` when it does. */
function internalLinkProblem(
	href: string,
	from: string,
	anchors: Map<string, Set<string>>,
): string | undefined {
	const [beforeHash = '', anchor] = href.split('#', 2);
	const path = beforeHash.replace(/\?.*$/, '');
	if (path && !path.startsWith('/'))
		return `${href} is relative: write a root-relative link such as /${path}`;
	const target = path || from;
	const ids = anchors.get(target);
	if (!ids) {
		return anchors.has(`${target}/`)
			? `${href} lacks the trailing slash: link to ${target}/`
			: `no page at ${target}: fix the link or add the page`;
	}
	if (anchor === undefined || anchor === '') return undefined;
	const id = safeDecode(anchor);
	if (ids.has(id)) return undefined;
	const known = [...ids].slice(0, 12).join(', ') + (ids.size > 12 ? ', …' : '');
	return `${target} has no heading with id "${id}": link to one of its headings (${known || 'it has none'})`;
}
