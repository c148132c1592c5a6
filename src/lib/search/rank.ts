/**
 * Turns a query into the stems Pagefind indexed and ranks the pages that hold all of them.
 */
import { stem } from 'porter2';
import { BODY_WEIGHT, type IndexMeta, type WordIndex } from './pagefind-index.ts';

/** Besides letters and digits, Pagefind keeps "-" and "_" in words here (its `includeCharacters`). */
const NOT_WORD = /[^\p{L}\p{N}_-]/gu;

/**
 * Query words as Pagefind indexes them: lower case, accents and punctuation dropped (so
 * "José" is "jose" and "resp.Header" is "respheader"), then the English Snowball stem.
 */
export function queryStems(query: string): string[] {
	return (
		query
			.toLowerCase()
			// Accents become combining marks, which NOT_WORD then drops.
			.normalize('NFD')
			.split(/\s+/)
			.map((word) => word.replace(NOT_WORD, ''))
			.filter(Boolean)
			.map((word) => stem(word))
	);
}

export interface RankedPage {
	page: number;
	score: number;
	/** Word positions on the page that matched any query word, ascending. */
	positions: number[];
	/** Weight of each position, in 24ths. */
	weights: number[];
}

/** BM25's saturation and length normalisation, at Pagefind's defaults. */
const SATURATION = 1.4;
const LENGTH_WEIGHT = 0.75;

/**
 * Pages holding every stem, best first. A stem also matches the indexed words it begins
 * ("auth" finds "authent" and "author"), so the last word can be half typed; a word that
 * differs from the stem counts for less than an exact match. Scoring is BM25 over weighted occurrences: a word in a
 * heading counts more than one in a paragraph.
 */
export function rankPages(stems: string[], words: WordIndex, meta: IndexMeta): RankedPage[] {
	const pageCount = meta.pages.length;
	const averageLength = meta.pages.reduce((sum, page) => sum + page.wordCount, 0) / pageCount || 1;
	const found = new Map<number, RankedPage>();
	let candidates: Set<number> | undefined;

	for (const term of new Set(stems)) {
		const frequency = new Map<number, number>();
		for (const word of matchingWords(term, words)) {
			const hits = words.get(word)!;
			const similarity = Math.min(term.length, word.length) / Math.max(term.length, word.length);
			for (const hit of hits) {
				const weighted = hit.weights.reduce((sum, weight) => sum + weight / BODY_WEIGHT, 0);
				frequency.set(hit.page, (frequency.get(hit.page) ?? 0) + weighted * similarity);
				const page = found.get(hit.page) ?? {
					page: hit.page,
					score: 0,
					positions: [],
					weights: [],
				};
				page.positions.push(...hit.positions);
				page.weights.push(...hit.weights);
				found.set(hit.page, page);
			}
		}
		candidates = new Set([...frequency.keys()].filter((page) => candidates?.has(page) ?? true));
		const rarity = Math.log(1 + (pageCount - frequency.size + 0.5) / (frequency.size + 0.5));
		for (const [page, count] of frequency) {
			const length = meta.pages[page]?.wordCount ?? averageLength;
			const norm = 1 - LENGTH_WEIGHT + (LENGTH_WEIGHT * length) / averageLength;
			found.get(page)!.score += (rarity * count * (SATURATION + 1)) / (count + SATURATION * norm);
		}
	}

	return [...(candidates ?? [])]
		.map((page) => sortPositions(found.get(page)!))
		.sort((a, b) => b.score - a.score || a.page - b.page);
}

/**
 * The indexed words a query word stands for: those it begins. A word typed further than its
 * stem ("authenti" when the index holds "authent") falls back to the longest indexed word it
 * begins with, if that is most of it.
 */
function matchingWords(term: string, words: WordIndex): string[] {
	const longer = [...words.keys()].filter((word) => word.startsWith(term));
	if (longer.length) return longer;
	const shortest = Math.max(3, Math.ceil(term.length * 0.6));
	const shorter = [...words.keys()]
		.filter((word) => word.length >= shortest && term.startsWith(word))
		.sort((a, b) => b.length - a.length);
	return shorter.slice(0, 1);
}

function sortPositions(page: RankedPage): RankedPage {
	const order = page.positions.map((_, index) => index);
	order.sort((a, b) => page.positions[a]! - page.positions[b]!);
	return {
		...page,
		positions: order.map((index) => page.positions[index]!),
		weights: order.map((index) => page.weights[index]!),
	};
}
