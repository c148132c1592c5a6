/**
 * What the Markdown pipeline learns about a page's body while it renders it, for the page around
 * the body: the words a reader reads, whether it has a code block, which directives it uses. The
 * plugin (`pageFacts` in src/integrations/markdown-plugins.ts) leaves them in the entry's
 * `remarkPluginFrontmatter`, which `render()` returns.
 */
export interface PageFacts {
	words: number;
	hasCode: boolean;
	/** The names of the directives the body uses, each once. */
	directives: string[];
}

/** The frontmatter key the plugin writes. */
export const PAGE_FACTS_KEY = 'pageFacts';

export function pageFactsOf(remarkPluginFrontmatter: Record<string, unknown>): PageFacts {
	const facts = remarkPluginFrontmatter[PAGE_FACTS_KEY] as PageFacts | undefined;
	if (!facts) {
		throw new Error(
			'A rendered entry has no page facts: is the pageFacts plugin in astro.config.mjs? A bare astro build reuses entries rendered before the plugin changed: use npm run build, which clears that cache.',
		);
	}
	return facts;
}
