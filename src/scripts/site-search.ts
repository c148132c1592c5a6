/**
 * The search button (src/components/Search.astro): wires the button and the Ctrl/Cmd+K shortcut to
 * the dialog. Loaded from the end of the page by BaseLayout.
 */
// Imported, not lazily: the dialog code is small, and a script without dynamic imports is inlined in
// the page, which takes a request off every page's critical path.
import { attach } from './search-dialog';

class SiteSearch extends HTMLElement {
	#load = async () => attach(this);
	connectedCallback() {
		const button = this.querySelector('button')!;
		let ready: Promise<unknown> | undefined;
		const load = () => (ready ??= this.#load());
		const open = () => load().then(() => this.dispatchEvent(new Event('search:open')));
		button.addEventListener('pointerenter', load, { once: true });
		button.addEventListener('focus', load, { once: true });
		button.addEventListener('click', open);
		document.addEventListener('keydown', (event) => {
			if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
				event.preventDefault();
				open();
			}
		});
		if (/Mac|iPhone|iPad/.test(navigator.platform)) this.querySelector('kbd')!.textContent = '⌘K';
	}
}
customElements.define('site-search', SiteSearch);
