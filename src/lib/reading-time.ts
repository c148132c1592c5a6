/** Average silent-reading speed for technical prose, in words per minute. */
const WORDS_PER_MINUTE = 220;

/** Letters and digits start and make up words; these join word parts (`WWW-Authenticate`, `example.com`). */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const JOINERS = new Set([...`'’.:/_-`].map((char) => char.charCodeAt(0)));

function isLetterOrDigit(code: number, text: string, index: number): boolean {
	if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
	return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(index)!));
}

/**
 * Words in plain text: runs that start with a letter or digit and go on through letters, digits
 * and joiners. A loop over character codes rather than a Unicode regex, which was much slower.
 */
export function wordsIn(text: string): number {
	let words = 0;
	let inWord = false;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (isLetterOrDigit(code, text, index)) {
			if (!inWord) words += 1;
			inWord = true;
		} else if (!(inWord && JOINERS.has(code))) {
			inWord = false;
		}
	}
	return words;
}

/**
 * Counts the words a reader reads in a Markdown or MDX body: prose, headings, list items and table
 * cells. Code blocks, import lines, JSX tags, component directives and link targets are not read
 * as prose, so they do not count.
 */
export function countWords(body: string): number {
	const prose = body
		.replace(/^---\n[\s\S]*?\n---\n/, '')
		.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, ' ')
		.replace(/^[ \t]*(?:import|export)\s.*$/gm, ' ')
		.replace(/^:{2,}.*$/gm, ' ')
		.replace(/<\/?[A-Za-z][^>]*>/g, ' ')
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/`([^`]*)`/g, '$1');
	return wordsIn(prose);
}

/** Whole minutes to read `words` words, never less than one. */
export function readingMinutes(words: number): number {
	return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
