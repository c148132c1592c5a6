/**
 * The search button (src/components/Search.astro): wires the button and the Ctrl/Cmd+K shortcut to
 * the dialog, and loads Pagefind's runtime when the reader reaches for it (hover, focus, click).
 * On a page opened from a result, it highlights the searched words with Pagefind's own script.
 */
// Imported, not lazily: the dialog code is small, and inlined in the page it costs no request.
import { HIGHLIGHT_PARAM, attach, loadPagefind } from './search-dialog';

class SiteSearch extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector('button')!;
		let attached = false;
		const preload = () => void loadPagefind(this).catch(() => {});
		const open = () => {
			if (!attached) attach(this);
			attached = true;
			this.dispatchEvent(new Event('search:open'));
		};
		button.addEventListener('pointerenter', preload, { once: true });
		button.addEventListener('focus', preload, { once: true });
		button.addEventListener('click', open);
		document.addEventListener('keydown', (event) => {
			if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
				event.preventDefault();
				preload();
				open();
			}
		});
		if (/Mac|iPhone|iPad/.test(navigator.platform)) this.querySelector('kbd')!.textContent = '⌘K';
		if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) void highlight(this);
	}
}

/** Pagefind's highlighter marks the words in the article; the site's CSS styles its `<mark>`s. */
async function highlight(host: HTMLElement) {
	const script = `${host.dataset['bundle']}pagefind-highlight.js`;
	const { default: PagefindHighlight } = (await import(/* @vite-ignore */ script)) as {
		default: new (options: object) => unknown;
	};
	new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
}

customElements.define('site-search', SiteSearch);
