/**
 * The list of pages a search result can name, written next to Pagefind's index at build time.
 * With it, results show their titles as soon as the index chunk is in; each page's stored text
 * (its Pagefind fragment, several kilobytes) is fetched only for the excerpts, once typing pauses.
 */
import type { Fragment } from './pagefind-index.ts';

/** File name, inside the folder Pagefind writes. */
export const PAGE_LIST_FILE = 'pages.json';

/** Per Pagefind page hash: the page's URL, title and kind filter. */
export type PageList = Record<string, [url: string, title: string, kind?: string]>;

export function pageListOf(fragments: Array<{ hash: string; fragment: Fragment }>): PageList {
	const list: PageList = {};
	for (const { hash, fragment } of fragments) {
		const kind = fragment.filters['kind']?.[0];
		const title = fragment.meta['title'] ?? fragment.url;
		list[hash] = kind ? [fragment.url, title, kind] : [fragment.url, title];
	}
	return list;
}
