/**
 * The search dialog's behaviour, attached on first use. Queries go to Pagefind's own runtime
 * (`pagefind.js` in the built site), loaded when the reader first reaches for search.
 */
import { rankByMatchedWords, toPagefindQuery, words } from '../lib/search-query';

/** As many as Pagefind's own UI shows before its "Load more": each costs a fetch of its page's text. */
const MAX_RESULTS = 5;
const MAX_SECTIONS = 3;
/**
 * Typing pauses shorter than this run no search. Each search fetches the text of the pages it
 * shows, so a search per keystroke would fetch pages the reader never sees.
 */
const DEBOUNCE_MS = 200;
/** The query parameter that tells a result's page which words to highlight. */
export const HIGHLIGHT_PARAM = 'highlight';

/** The parts of Pagefind's search API the dialog uses (https://pagefind.app/docs/api/). */
interface Pagefind {
	options(options: object): Promise<void>;
	init(): Promise<void>;
	search(query: string, options: { filters: Record<string, string> }): Promise<{ results: Hit[] }>;
}

interface Hit {
	id: string;
	data(): Promise<HitData>;
}

interface HitData {
	url: string;
	/** The page's text with its angle brackets escaped and the matched words in `<mark>`. */
	excerpt: string;
	meta: { title?: string };
	filters: { kind?: string[] };
	sub_results: Array<{ title: string; url: string; excerpt: string }>;
}

/** How a result names its page's kind, from the `kind` filter the layout writes. */
const KIND_LABELS: Record<string, string> = { troubleshoot: 'troubleshooting' };

export function attach(host: HTMLElement): void {
	const button = host.querySelector<HTMLButtonElement>('.search-button')!;
	const dialog = host.querySelector('dialog')!;
	const input = dialog.querySelector('input')!;
	const kind = dialog.querySelector('select')!;
	const status = dialog.querySelector<HTMLElement>('.search-status')!;
	const list = dialog.querySelector<HTMLUListElement>('.search-results')!;
	let latest = 0;

	async function run() {
		const query = input.value;
		const id = ++latest;
		if (!toPagefindQuery(query).text) {
			list.replaceChildren();
			status.textContent = '';
			return;
		}
		let hits: HitData[];
		let total: number;
		try {
			const found = await find(await loadPagefind(host), query, kind.value);
			// A newer query is under way: fetching this one's page texts would be wasted.
			if (id !== latest) return;
			total = found.length;
			hits = await Promise.all(found.slice(0, MAX_RESULTS).map((hit) => hit.data()));
		} catch {
			if (id === latest) showFailure();
			return;
		}
		if (id !== latest) return;
		// A reader who arrowed into the results before the last keystroke's results came keeps a
		// focused result, at the same place in the list, rather than losing focus to the page.
		const focusedAt = links().indexOf(document.activeElement as HTMLAnchorElement);
		list.replaceChildren(...hits.map(renderResult));
		if (focusedAt >= 0) (links()[Math.min(focusedAt, links().length - 1)] ?? input).focus();
		status.textContent = total
			? `${total} ${total === 1 ? 'page matches' : 'pages match'}${total > MAX_RESULTS ? `, top ${MAX_RESULTS} shown` : ''}.`
			: `No page matches “${query}”.`;
	}

	function showFailure() {
		list.replaceChildren();
		if (import.meta.env.DEV) {
			status.textContent =
				'Search is not available here: it needs the built site. Run "npm start" (or npm run build, then npm run preview).';
			return;
		}
		const retry = Object.assign(document.createElement('button'), {
			type: 'button',
			className: 'search-retry',
			textContent: 'Try again',
		});
		retry.addEventListener('click', () => void run().then(() => input.focus()));
		status.replaceChildren('Search failed to load. ', retry);
	}

	function links(): HTMLAnchorElement[] {
		return [...list.querySelectorAll('a')];
	}

	host.addEventListener('search:open', () => {
		if (!dialog.open) dialog.showModal();
		input.select();
	});
	dialog.addEventListener('close', () => button.focus());
	dialog.querySelector('.search-close')!.addEventListener('click', () => dialog.close());
	// A click on the backdrop lands on the dialog element itself.
	dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => void run(), DEBOUNCE_MS);
	});
	kind.addEventListener('change', () => void run());
	input.addEventListener('keydown', (event) => {
		if (event.key !== 'Enter') return;
		clearTimeout(timer);
		void run().then(() => links()[0]?.click());
	});
	dialog.addEventListener('keydown', (event) => {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		if (event.target === kind) return;
		const all = links();
		const at = all.indexOf(document.activeElement as HTMLAnchorElement);
		const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
		event.preventDefault();
		if (next < 0) input.focus();
		else all[Math.min(next, all.length - 1)]?.focus();
	});
}

let pagefind: Promise<Pagefind> | undefined;

/** Pagefind's runtime, imported once; a failed import is tried again on the next query. */
export function loadPagefind(host: HTMLElement): Promise<Pagefind> {
	pagefind ??= (async () => {
		const bundle = host.dataset['bundle']!;
		const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
		await module.options({
			baseUrl: host.dataset['base'],
			excerptLength: 24,
			highlightParam: HIGHLIGHT_PARAM,
			// Titles keep Pagefind's own boost; a pasted error line should find the page that quotes it.
			ranking: { metaWeights: { title: 5, messages: 10 } },
		});
		await module.init();
		return module;
	})();
	pagefind.catch(() => (pagefind = undefined));
	return pagefind;
}

/**
 * Pagefind's results for the query. A pasted line of three words or more lists first the pages
 * that quote it word for word. Pagefind wants every word it knows on a page; when no page has
 * them all, as with a pasted message that names a host, pages rank by how many they match. A
 * quoted phrase that no page holds falls back to its words.
 */
async function find(pagefind: Pagefind, query: string, kind: string): Promise<Hit[]> {
	const options = { filters: kind ? { kind } : {} };
	const { text, exact } = toPagefindQuery(query);
	const terms = words(text);
	const [quoting, { results }] = await Promise.all([
		!exact && terms.length >= 3 ? pagefind.search(`"${terms.join(' ')}"`, options) : undefined,
		pagefind.search(text, options),
	]);
	if (results.length > 0 || (terms.length < 2 && !exact)) {
		// Pagefind scores every exact match alike, so the pages that quote the line keep the
		// order of the ordinary search.
		const quoted = new Set(quoting?.results.map((hit) => hit.id));
		const [first, rest] = [
			results.filter((hit) => quoted.has(hit.id)),
			results.filter((hit) => !quoted.has(hit.id)),
		];
		return unique([...first, ...(quoting?.results ?? []), ...rest]);
	}
	const perWord = await Promise.all(
		[...new Set(terms)].map((term) => pagefind.search(term, options)),
	);
	const hits = new Map(perWord.flatMap(({ results }) => results.map((hit) => [hit.id, hit])));
	return rankByMatchedWords(perWord.map(({ results }) => results.map((hit) => hit.id))).map((id) =>
		hits.get(id)!,
	);
}

/** Hits in order, each page once. */
const unique = (hits: Hit[]) => [...new Map(hits.map((hit) => [hit.id, hit])).values()];

function renderResult(hit: HitData): HTMLLIElement {
	const item = document.createElement('li');
	const link = anchor(hit.url, hit.meta.title ?? hit.url, hit.excerpt);
	const kind = hit.filters.kind?.[0];
	if (kind) {
		link.prepend(span('search-kind', KIND_LABELS[kind] ?? kind));
	}
	item.append(link);
	const page = hit.url.split('#')[0];
	const sections = hit.sub_results
		.filter((section) => section.url.split('#')[0] === page && section.url.includes('#'))
		.slice(0, MAX_SECTIONS);
	if (sections.length) {
		const nested = document.createElement('ul');
		for (const section of sections) {
			const li = document.createElement('li');
			li.append(anchor(section.url, section.title, section.excerpt));
			nested.append(li);
		}
		item.append(nested);
	}
	return item;
}

function anchor(href: string, title: string, excerpt: string): HTMLAnchorElement {
	const link = document.createElement('a');
	link.href = href;
	const snippet = span('search-excerpt');
	snippet.append(...excerptNodes(excerpt));
	link.append(span('search-title', title), snippet);
	return link;
}

const span = (className: string, textContent = '') =>
	Object.assign(document.createElement('span'), { className, textContent });

/** Pagefind's excerpt as text nodes and `<mark>`s, built with `textContent` only. */
function excerptNodes(excerpt: string): Node[] {
	return excerpt.split(/<\/?mark>/).map((part, index) => {
		const text = decodeEntities(part);
		return index % 2
			? Object.assign(document.createElement('mark'), { textContent: text })
			: document.createTextNode(text);
	});
}

/** Pagefind escapes only the angle brackets of the page's text. */
const decodeEntities = (text: string) => text.replaceAll('&lt;', '<').replaceAll('&gt;', '>');
