/**
 * The search dialog's behaviour, attached on first use. The search itself runs in a worker
 * (search-worker.ts), started when the first query is typed; it fetches the index then.
 * Results show with their titles at once; their excerpts follow when typing pauses, so the
 * pages' text is not downloaded for every half-typed word.
 */
import type { ExcerptPart, SearchResult } from '../lib/search/excerpt';
import type { SearchRequest, SearchResponse } from './search-worker';

const MAX_RESULTS = 6;
/** Typing pauses shorter than this run no search. */
const DEBOUNCE_MS = 70;
/** A pause this long after the last search loads its excerpts. */
const EXCERPT_DELAY_MS = 250;

export function attach(host: HTMLElement): void {
	const button = host.querySelector<HTMLButtonElement>('.search-button')!;
	const dialog = host.querySelector('dialog')!;
	const input = dialog.querySelector('input')!;
	const status = dialog.querySelector<HTMLElement>('.search-status')!;
	const list = dialog.querySelector<HTMLUListElement>('.search-results')!;
	let worker: Worker | undefined;
	let latest = 0;
	const waiting = new Map<number, (response: SearchResponse) => void>();

	function startWorker(): Worker {
		const started = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
		started.addEventListener('message', (event: MessageEvent<SearchResponse>) => {
			waiting.get(event.data.id)?.(event.data);
			waiting.delete(event.data.id);
		});
		// A worker that cannot start fails the queries it holds; the next query starts a new one.
		started.addEventListener('error', () => {
			worker = undefined;
			for (const [id, answer] of waiting) answer({ id, error: 'The search could not start' });
			waiting.clear();
		});
		return started;
	}

	function ask(query: string, excerpts: boolean): Promise<SearchResponse> {
		worker ??= startWorker();
		const request: SearchRequest = {
			id: ++latest,
			bundle: host.dataset['bundle']!,
			query,
			limit: MAX_RESULTS,
			excerpts,
		};
		return new Promise((answer) => {
			waiting.set(request.id, answer);
			worker!.postMessage(request);
		});
	}

	let excerptTimer: ReturnType<typeof setTimeout> | undefined;

	async function run(query: string) {
		clearTimeout(excerptTimer);
		if (!query.trim()) {
			latest++;
			list.replaceChildren();
			status.textContent = '';
			return;
		}
		const found = await ask(query, false);
		if (found.id !== latest) return;
		if ('error' in found) {
			status.textContent =
				'Search is not available here: it needs the built site. Run "npm start" (or npm run build, then npm run preview).';
			return;
		}
		// A reader who arrowed into the results before the last keystroke's results came keeps a
		// focused result, at the same place in the list, rather than losing focus to the page.
		const focusedAt = links().indexOf(document.activeElement as HTMLAnchorElement);
		list.replaceChildren(...found.results.map(renderResult));
		if (focusedAt >= 0) (links()[Math.min(focusedAt, links().length - 1)] ?? input).focus();
		const count = found.total;
		status.textContent = count
			? `${count} ${count === 1 ? 'page matches' : 'pages match'}${count > MAX_RESULTS ? `, top ${MAX_RESULTS} shown` : ''}.`
			: `No page matches “${query}”.`;
		if (count) excerptTimer = setTimeout(() => void addExcerpts(query), EXCERPT_DELAY_MS);
	}

	/** Fills the excerpts into the items in place, so a focused result keeps its focus. */
	async function addExcerpts(query: string) {
		const found = await ask(query, true);
		if (found.id !== latest || 'error' in found) return;
		const items = [...list.children];
		found.results.forEach((result, index) => {
			const item = items[index];
			if (item?.querySelector('a')?.getAttribute('href') === result.url) fillExcerpts(item, result);
		});
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
		timer = setTimeout(() => void run(input.value), DEBOUNCE_MS);
	});
	input.addEventListener('keydown', (event) => {
		if (event.key !== 'Enter') return;
		clearTimeout(timer);
		void run(input.value).then(() => links()[0]?.click());
	});
	dialog.addEventListener('keydown', (event) => {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const all = links();
		const at = all.indexOf(document.activeElement as HTMLAnchorElement);
		const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
		event.preventDefault();
		if (next < 0) input.focus();
		else all[Math.min(next, all.length - 1)]?.focus();
	});
}

function renderResult(result: SearchResult): HTMLLIElement {
	const item = document.createElement('li');
	const link = anchor(result.url, result.title);
	if (result.kind)
		link.prepend(
			Object.assign(document.createElement('span'), {
				className: 'search-kind',
				textContent: result.kind,
			}),
		);
	item.append(link);
	return item;
}

function fillExcerpts(item: Element, result: SearchResult): void {
	item.querySelector('.search-excerpt')!.replaceChildren(...excerptNodes(result.excerpt));
	item.querySelector('ul')?.remove();
	if (!result.sections.length) return;
	const nested = document.createElement('ul');
	for (const section of result.sections) {
		const li = document.createElement('li');
		const link = anchor(section.url, section.title);
		link.lastElementChild!.append(...excerptNodes(section.excerpt));
		li.append(link);
		nested.append(li);
	}
	item.append(nested);
}

/** A result link: title, then an excerpt that stays empty until the page's text is in. */
function anchor(href: string, title: string): HTMLAnchorElement {
	const link = document.createElement('a');
	link.href = href;
	const heading = Object.assign(document.createElement('span'), {
		className: 'search-title',
		textContent: title,
	});
	const snippet = Object.assign(document.createElement('span'), { className: 'search-excerpt' });
	link.append(heading, snippet);
	return link;
}

function excerptNodes(excerpt: ExcerptPart[]): Node[] {
	return excerpt.map(({ text, mark }) =>
		mark
			? Object.assign(document.createElement('mark'), { textContent: text })
			: document.createTextNode(text),
	);
}
