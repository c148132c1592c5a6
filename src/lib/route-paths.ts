/**
 * Where each collection's pages live, as plain data: the routes (src/lib/routes.ts) build the site
 * from it, and code that runs outside Astro (the content lint, the sitemap's dates) maps files to
 * pages with it.
 */
export const sections = {
	guides: { prefix: '', kind: 'guide', label: 'Guide' },
	comparisons: { prefix: 'compare', kind: 'comparison', label: 'Comparisons' },
	schemes: { prefix: 'schemes', kind: 'scheme', label: 'Auth schemes' },
	faq: { prefix: 'faq', kind: 'faq', label: 'FAQ' },
	tools: { prefix: 'tools', kind: 'tool', label: 'Tools' },
	troubleshoot: { prefix: 'troubleshoot', kind: 'troubleshoot', label: 'Troubleshooting' },
} as const;

export type Collection = keyof typeof sections;

/** Whether a content folder is one of the site's collections (others are not published). */
export const isCollection = (name: string): name is Collection => Object.hasOwn(sections, name);

/** An entry's path below `base`, without slashes at either end: an `index` entry is its collection's root. */
export function entrySlug(collection: Collection, id: string): string | undefined {
	const tail = id === 'index' ? '' : id;
	return [sections[collection].prefix, tail].filter(Boolean).join('/') || undefined;
}
