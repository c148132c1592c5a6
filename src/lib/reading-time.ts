/** Average silent-reading speed for technical prose, in words per minute. */
const WORDS_PER_MINUTE = 220;

/**
 * Counts the words a reader reads in an MDX body: prose, headings, list items and table cells.
 * Code blocks, import lines, JSX tags and link targets are not read as prose, so they do not count.
 */
export function countWords(mdx: string): number {
	const prose = mdx
		.replace(/^---\n[\s\S]*?\n---\n/, '')
		.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, ' ')
		.replace(/^\s*(import|export)\s.*$/gm, ' ')
		.replace(/<\/?[A-Za-z][^>]*>/g, ' ')
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/`([^`]*)`/g, '$1');
	return prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’.:/_-]*/gu)?.length ?? 0;
}

/** Whole minutes to read `words` words, never less than one. */
export function readingMinutes(words: number): number {
	return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
