/**
 * Reads the index Pagefind writes (`dist/pagefind/`), so the site can search it with a few
 * kilobytes of its own code instead of Pagefind's 72 kB WebAssembly runtime. The layout of the
 * files is Pagefind's, version 1.6 (package.json keeps it at 1.6.x); `tests/unit/search.test.ts` builds a
 * real index and reads it back, so a format change fails there first.
 */
import { decodeCbor, type CborValue } from './cbor.ts';

/** Every Pagefind file starts, once un-gzipped, with this marker. */
const SIGNATURE = new TextEncoder().encode('pagefind_dcd');

/** Pagefind scores words in 24ths: 24 is body text, 144 an h2. */
export const BODY_WEIGHT = 24;

export interface IndexMeta {
	/** One entry per page, in Pagefind's page numbering. */
	pages: Array<{ hash: string; wordCount: number }>;
	/** Index chunks, each holding the words that sort from `from` to `to`. */
	chunks: Array<{ from: string; to: string; hash: string }>;
}

/** Where a word occurs on one page. */
export interface PageHits {
	page: number;
	positions: number[];
	/** Weight of each position, in 24ths. */
	weights: number[];
}

/** The words of one or more loaded chunks, each with the pages it occurs on. */
export type WordIndex = Map<string, PageHits[]>;

/** A page's stored text and headings: a `.pf_fragment` file. */
export interface Fragment {
	url: string;
	content: string;
	word_count: number;
	filters: Record<string, string[]>;
	meta: Record<string, string>;
	/** Elements with an id, at the word position where they start. */
	anchors: Array<{ element: string; id: string; text: string; location: number }>;
}

/** The payload after Pagefind's marker; throws if the bytes are not a Pagefind file. */
export function unwrap(bytes: Uint8Array): Uint8Array {
	if (!SIGNATURE.every((byte, index) => bytes[index] === byte))
		throw new Error('Not a Pagefind index file');
	return bytes.subarray(SIGNATURE.length);
}

const list = (value: CborValue | undefined): CborValue[] => (Array.isArray(value) ? value : []);

/** `pagefind.<lang>_<hash>.pf_meta`: [version, pages, chunks, filters, sorts, …]. */
export function readMeta(bytes: Uint8Array): IndexMeta {
	const [, pages, chunks] = list(decodeCbor(unwrap(bytes)));
	return {
		pages: list(pages).map((page) => {
			const [hash, wordCount] = list(page);
			return { hash: String(hash), wordCount: Number(wordCount) };
		}),
		chunks: list(chunks).map((chunk) => {
			const [from, to, hash] = list(chunk).map(String);
			return { from: from!, to: to!, hash: hash! };
		}),
	};
}

/**
 * `index/<hash>.pf_index`: [[word, pages, variants], …], where pages are [[page delta, locations,
 * …], …] and variants are [[accented form, pages], …] ("josé" under "jose"); a search for the word
 * finds its variants too. Page numbers are delta-encoded; in the locations a negative number
 * −(w + 1) sets the weight w of the positions after it, and positions are delta-encoded from the
 * last weight change.
 */
export function readChunk(bytes: Uint8Array, into: WordIndex = new Map()): WordIndex {
	const [words] = list(decodeCbor(unwrap(bytes)));
	for (const entry of list(words)) {
		const [word, pages, variants] = list(entry);
		const hits = readPages(pages);
		for (const variant of list(variants)) hits.push(...readPages(list(variant)[1]));
		into.set(String(word), hits);
	}
	return into;
}

function readPages(pages: CborValue | undefined): PageHits[] {
	let page = 0;
	return list(pages).map((item) => {
		const [delta, locations] = list(item);
		page += Number(delta);
		const found: PageHits = { page, positions: [], weights: [] };
		let weight = BODY_WEIGHT;
		let position = 0;
		for (const value of list(locations).map(Number)) {
			if (value < 0) {
				weight = -value - 1;
				position = 0;
			} else {
				position += value;
				found.positions.push(position);
				found.weights.push(weight);
			}
		}
		return found;
	});
}

/** `fragment/<hash>.pf_fragment`: JSON. */
export function readFragment(bytes: Uint8Array): Fragment {
	return JSON.parse(new TextDecoder().decode(unwrap(bytes))) as Fragment;
}

/** The chunks that may hold a word starting with `prefix`. */
export function chunksFor(meta: IndexMeta, prefix: string): string[] {
	// Every word that starts with `prefix` sorts between `prefix` and `prefix` + the last code point.
	const end = `${prefix}\u{10ffff}`;
	return meta.chunks
		.filter((chunk) => chunk.from <= end && chunk.to >= prefix)
		.map((chunk) => chunk.hash);
}
