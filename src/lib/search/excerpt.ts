/**
 * What a search result shows: the page's title, a short excerpt around the matches, and the
 * sections (headings) where most matches fall. Built from a Pagefind fragment and the matched
 * word positions; returned as plain text runs, so the page never parses HTML from the index.
 */
import type { PageList } from './page-list.ts';
import type { Fragment } from './pagefind-index.ts';
import type { RankedPage } from './rank.ts';

/** A run of excerpt text; `mark` when it is a matched word. */
export interface ExcerptPart {
	text: string;
	mark: boolean;
}

export interface SectionResult {
	title: string;
	url: string;
	excerpt: ExcerptPart[];
}

export interface SearchResult {
	url: string;
	title: string;
	/** The page's `kind` filter (guide, comparison, scheme, faq, tool). */
	kind: string | undefined;
	/** Empty until the page's text is loaded. */
	excerpt: ExcerptPart[];
	/** Up to `MAX_SECTIONS` headings below which the query matches, best first. */
	sections: SectionResult[];
}

/** Words in an excerpt, as in Pagefind's default. */
export const EXCERPT_WORDS = 30;
export const MAX_SECTIONS = 3;
/** Words of lead-in kept before the first match of an excerpt. */
const LEAD_IN = 4;

/**
 * The `length` words from `from` to `to` that hold the most matches, with those words marked.
 * `positions` index the fragment's words, split on white space as Pagefind counts them.
 */
export function excerptOf(
	words: string[],
	positions: number[],
	from = 0,
	to = words.length,
	length = EXCERPT_WORDS,
): ExcerptPart[] {
	const inside = positions.filter((position) => position >= from && position < to);
	let start = from;
	let best = -1;
	// Windows start a little before a match, or at it when that takes in more matches.
	for (const position of inside) {
		for (const wanted of [position - LEAD_IN, position]) {
			const candidate = Math.max(from, Math.min(wanted, to - length));
			const count = inside.filter((p) => p >= candidate && p < candidate + length).length;
			if (count > best) [start, best] = [candidate, count];
		}
	}
	const marked = new Set(inside);
	const parts: ExcerptPart[] = [];
	const add = (text: string, mark: boolean) => {
		const last = parts.at(-1);
		if (last && !last.mark && !mark) last.text += text;
		else parts.push({ text, mark });
	};
	for (let index = start; index < Math.min(to, start + length); index++) {
		if (index > start) add(' ', false);
		add(words[index]!, marked.has(index));
	}
	return parts;
}

const HEADING = /^h[1-6]$/;

/**
 * Pagefind stores URLs relative to the folder it indexed ("/faq/"); a site built under a base
 * path serves them below it ("/docs/faq/"). `root` is that base, ending in a slash.
 */
export function underRoot(result: SearchResult, root: string): SearchResult {
	const rebase = (url: string) => root + url.replace(/^\//, '');
	return {
		...result,
		url: rebase(result.url),
		sections: result.sections.map((section) => ({ ...section, url: rebase(section.url) })),
	};
}

/** A result from the page list alone: title and kind, no excerpt yet. */
export function summaryOf([url, title, kind]: PageList[string]): SearchResult {
	return { url, title, kind, excerpt: [], sections: [] };
}

/** The full result for one ranked page. */
export function resultOf(fragment: Fragment, ranked: RankedPage): SearchResult {
	const words = fragment.content.split(/\s+/);
	const headings = fragment.anchors.filter((anchor) => HEADING.test(anchor.element) && anchor.id);
	const sections = headings.map((heading, index) => {
		const end = headings[index + 1]?.location ?? words.length;
		const weight = ranked.positions.reduce(
			(sum, position, at) =>
				position >= heading.location && position < end ? sum + ranked.weights[at]! : sum,
			0,
		);
		return {
			weight,
			title: heading.text,
			url: `${fragment.url}#${heading.id}`,
			excerpt: excerptOf(words, ranked.positions, heading.location, end),
		};
	});
	return {
		url: fragment.url,
		title: fragment.meta['title'] ?? fragment.url,
		kind: fragment.filters['kind']?.[0],
		excerpt: excerptOf(words, ranked.positions),
		sections: sections
			.filter((section) => section.weight > 0)
			.sort((a, b) => b.weight - a.weight)
			.slice(0, MAX_SECTIONS)
			.map(({ weight: _, ...section }) => section),
	};
}
