/**
 * Where each collection's pages live, and its index page's label. Plain data without Astro, so
 * code that runs outside it (the sitemap's dates in astro.config.mjs) maps files to pages the same way.
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

/**
 * An entry's page path below `base`, without slashes at either end: an `index` entry is its
 * section's root, and `undefined` is the home page.
 */
export function entrySlug(collection: Collection, id: string): string | undefined {
	const tail = id === 'index' ? '' : id;
	return [sections[collection].prefix, tail].filter(Boolean).join('/') || undefined;
}
