/**
 * What the search box hands to Pagefind. Readers paste whole error lines
 * (`{"message":"Unauthorized"}`, `npm error code E401`), and Pagefind drops punctuation from a
 * query without leaving a space, so `"message":"Unauthorized"` would become one word that no page
 * has. Plain functions, shared by the search dialog and its unit tests.
 */

/** Characters the index keeps inside words (the `includeCharacters` of the indexer). */
export const INDEXED_SYMBOLS = '-_';

/** Any punctuation or symbol: what separates words in a pasted message. */
const SEPARATOR = /[\p{P}\p{S}]/u;

/** `"a phrase"` and nothing else asks Pagefind for an exact phrase. */
const PHRASE = /^\s*"([^"]+)"\s*$/;

export interface PagefindQuery {
	/** The text for `pagefind.search`. */
	text: string;
	/** The reader asked for an exact phrase: Pagefind matches the words in that order. */
	exact: boolean;
}

/**
 * A query as Pagefind should see it. Punctuation becomes a space, except the indexed symbols and
 * a dot between two letters or digits, which Pagefind then joins the way the index joined it
 * (`401.2` is the word `4012`, as on the page).
 */
export function toPagefindQuery(input: string): PagefindQuery {
	const phrase = PHRASE.exec(input);
	if (phrase) return { text: `"${words(phrase[1]!).join(' ')}"`, exact: true };
	return { text: words(input).join(' '), exact: false };
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The query's words, split where the index splits them. */
export function words(input: string): string[] {
	const chars = [...input];
	const inWord = (at: number) => LETTER_OR_DIGIT.test(chars[at] ?? '');
	const keeps = (char: string, at: number) =>
		!SEPARATOR.test(char) ||
		INDEXED_SYMBOLS.includes(char) ||
		(char === '.' && inWord(at - 1) && inWord(at + 1));
	const spaced = chars.map((char, at) => (keeps(char, at) ? char : ' ')).join('');
	return spaced.split(/\s+/).filter((word) => LETTER_OR_DIGIT.test(word));
}

/**
 * Pages for a query that no page matches as a whole (Pagefind requires every word it knows):
 * each word searched alone, pages ranked by how many of the words they match, then by their best
 * places in the words' own rankings.
 */
export function rankByMatchedWords(perWord: readonly (readonly string[])[]): string[] {
	const pages = new Map<string, { count: number; places: number }>();
	for (const ranking of perWord) {
		ranking.forEach((id, place) => {
			const page = pages.get(id) ?? { count: 0, places: 0 };
			page.count += 1;
			page.places += place;
			pages.set(id, page);
		});
	}
	return [...pages]
		.sort(([, a], [, b]) => b.count - a.count || a.places - b.places)
		.map(([id]) => id);
}
