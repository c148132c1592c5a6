/**
 * The site search, off the main thread. It reads Pagefind's index files (see
 * src/lib/search/pagefind-index.ts), fetching only the metadata, the page list, the index chunks
 * a query's words fall in and, when excerpts are asked for, the stored text of the pages shown.
 */
import { resultOf, summaryOf, underRoot, type SearchResult } from '../lib/search/excerpt';
import { PAGE_LIST_FILE, type PageList } from '../lib/search/page-list';
import {
	chunksFor,
	readChunk,
	readFragment,
	readMeta,
	type Fragment,
	type IndexMeta,
	type WordIndex,
} from '../lib/search/pagefind-index';
import { queryStems, rankPages } from '../lib/search/rank';

export interface SearchRequest {
	id: number;
	/** URL of the folder Pagefind wrote, ending in a slash. */
	bundle: string;
	query: string;
	/** How many results to return; `total` counts them all. */
	limit: number;
	/** Load the pages' text for excerpts and sections, or answer with titles only. */
	excerpts: boolean;
}

export type SearchResponse =
	{ id: number; total: number; results: SearchResult[] } | { id: number; error: string };

async function fetchBytes(url: string): Promise<Uint8Array> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url} answered ${response.status}`);
	const bytes = new Uint8Array(await response.arrayBuffer());
	// Pagefind writes gzip files; a host that labels them Content-Encoding: gzip hands them over decoded.
	if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
	const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

const once = <T>(
	cache: Map<string, Promise<T>>,
	key: string,
	load: () => Promise<T>,
): Promise<T> => {
	let value = cache.get(key);
	if (!value) {
		value = load();
		cache.set(key, value);
		// A failed download may succeed later (the build finishes, the network returns).
		value.catch(() => cache.delete(key));
	}
	return value;
};

async function fetchJson<T>(url: string): Promise<T> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url} answered ${response.status}`);
	return (await response.json()) as T;
}

const metas = new Map<string, Promise<IndexMeta>>();
const pageLists = new Map<string, Promise<PageList>>();
const chunks = new Map<string, Promise<void>>();
const fragments = new Map<string, Promise<Fragment>>();
const words: WordIndex = new Map();

function meta(bundle: string): Promise<IndexMeta> {
	return once(metas, bundle, async () => {
		const entry = await fetchJson<{ languages: Record<string, { hash: string }> }>(
			`${bundle}pagefind-entry.json`,
		);
		const language = Object.values(entry.languages)[0];
		if (!language) throw new Error('The search index lists no language');
		return readMeta(await fetchBytes(`${bundle}pagefind.${language.hash}.pf_meta`));
	});
}

async function search({ bundle, query, limit, excerpts }: SearchRequest) {
	const stems = queryStems(query);
	const [index, pages] = await Promise.all([
		meta(bundle),
		once(pageLists, bundle, () => fetchJson<PageList>(`${bundle}${PAGE_LIST_FILE}`)),
	]);
	const needed = new Set(stems.flatMap((stem) => chunksFor(index, stem)));
	await Promise.all(
		[...needed].map((hash) =>
			once(chunks, hash, async () => {
				readChunk(await fetchBytes(`${bundle}index/${hash}.pf_index`), words);
			}),
		),
	);
	const ranked = stems.length ? rankPages(stems, words, index) : [];
	// The site's base path: the index lives in its "pagefind/" folder.
	const root = bundle.replace(/pagefind\/$/, '');
	const results = await Promise.all(
		ranked.slice(0, limit).map(async (page): Promise<SearchResult> => {
			const hash = index.pages[page.page]!.hash;
			const summary = pages[hash];
			if (!excerpts && summary) return underRoot(summaryOf(summary), root);
			const fragment = await once(fragments, hash, async () =>
				readFragment(await fetchBytes(`${bundle}fragment/${hash}.pf_fragment`)),
			);
			return underRoot(resultOf(fragment, page), root);
		}),
	);
	return { total: ranked.length, results };
}

addEventListener('message', (event: MessageEvent<SearchRequest>) => {
	const { id } = event.data;
	search(event.data).then(
		(found): void => postMessage({ id, ...found } satisfies SearchResponse),
		(error: unknown): void => postMessage({ id, error: String(error) } satisfies SearchResponse),
	);
});
