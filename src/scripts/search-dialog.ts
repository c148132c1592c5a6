/**
 * The search dialog's behaviour, attached on first use. Pagefind's own bundle (`pagefind.js`, its
 * WebAssembly and the index chunks) is fetched only when the first query is typed.
 */

interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
}
interface PagefindData {
	url: string;
	excerpt: string;
	meta: { title?: string };
	filters: { kind?: string[] };
	sub_results: PagefindSubResult[];
}
interface Pagefind {
	options(options: { noWorker?: boolean }): Promise<void>;
	init(): Promise<void>;
	search(query: string): Promise<{ results: Array<{ data(): Promise<PagefindData> }> } | null>;
}

const MAX_RESULTS = 6;
/** Typing pauses shorter than this run no search, so partial words fetch no result excerpts. */
const DEBOUNCE_MS = 70;

export function attach(host: HTMLElement): void {
	const button = host.querySelector<HTMLButtonElement>('.search-button')!;
	const dialog = host.querySelector('dialog')!;
	const input = dialog.querySelector('input')!;
	const status = dialog.querySelector<HTMLElement>('.search-status')!;
	const list = dialog.querySelector<HTMLUListElement>('.search-results')!;
	let pagefind: Promise<Pagefind> | undefined;
	let latest = 0;

	const loadPagefind = () =>
		(pagefind ??= import(/* @vite-ignore */ host.dataset['bundle']!).then(
			async (module: Pagefind) => {
				// On the main thread: a worker would download Pagefind's engine a second time.
				await module.options({ noWorker: true });
				await module.init();
				return module;
			},
		));

	async function run(query: string) {
		const ticket = ++latest;
		if (!query.trim()) {
			list.replaceChildren();
			status.textContent = '';
			return;
		}
		let engine: Pagefind;
		try {
			engine = await loadPagefind();
		} catch {
			pagefind = undefined;
			status.textContent =
				'Search is not available here: it needs the built site. Run "npm start" (or npm run build, then npm run preview).';
			return;
		}
		const found = await engine.search(query);
		if (!found || ticket !== latest) return;
		const data = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
		if (ticket !== latest) return;
		list.replaceChildren(...data.map(renderResult));
		const count = found.results.length;
		status.textContent = count
			? `${count} ${count === 1 ? 'page matches' : 'pages match'}${count > MAX_RESULTS ? `, top ${MAX_RESULTS} shown` : ''}.`
			: `No page matches “${query}”.`;
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

function renderResult(data: PagefindData): HTMLLIElement {
	const item = document.createElement('li');
	const link = anchor(data.url, data.meta.title ?? data.url, data.excerpt);
	const kind = data.filters.kind?.[0];
	if (kind)
		link.prepend(
			Object.assign(document.createElement('span'), {
				className: 'search-kind',
				textContent: kind,
			}),
		);
	item.append(link);
	const subs = data.sub_results.filter((sub) => sub.url !== data.url).slice(0, 3);
	if (subs.length) {
		const nested = document.createElement('ul');
		for (const sub of subs) {
			const li = document.createElement('li');
			li.append(anchor(sub.url, sub.title, sub.excerpt));
			nested.append(li);
		}
		item.append(nested);
	}
	return item;
}

function anchor(href: string, title: string, excerpt: string): HTMLAnchorElement {
	const link = document.createElement('a');
	link.href = href;
	const heading = Object.assign(document.createElement('span'), {
		className: 'search-title',
		textContent: title,
	});
	const snippet = Object.assign(document.createElement('span'), { className: 'search-excerpt' });
	snippet.append(...highlight(excerpt));
	link.append(heading, snippet);
	return link;
}

/** Pagefind marks matches with <mark>; rebuild that as nodes instead of trusting the HTML. */
function highlight(excerpt: string): Node[] {
	const decode = document.createElement('textarea');
	return excerpt.split(/<\/?mark>/).map((part, index) => {
		decode.innerHTML = part;
		const text = decode.value;
		return index % 2
			? Object.assign(document.createElement('mark'), { textContent: text })
			: document.createTextNode(text);
	});
}
