/**
 * The theme button (src/components/ThemeToggle.astro): switches between light and dark and remembers
 * the choice; the OS decides until then. Loaded from the end of the page by BaseLayout.
 */
class ThemeToggle extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector('button')!;
		const root = document.documentElement;
		const os = matchMedia('(prefers-color-scheme: dark)');
		const isDark = () => (root.dataset['theme'] ?? (os.matches ? 'dark' : 'light')) === 'dark';
		const sync = () => button.setAttribute('aria-pressed', String(isDark()));
		button.addEventListener('click', () => {
			const theme = isDark() ? 'light' : 'dark';
			root.dataset['theme'] = theme;
			try {
				localStorage.setItem('theme', theme);
			} catch {
				// Storage can be blocked; the choice then lasts for this page only.
			}
			sync();
		});
		os.addEventListener('change', sync);
		sync();
	}
}
customElements.define('theme-toggle', ThemeToggle);
