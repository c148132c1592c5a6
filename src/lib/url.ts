// Outside Astro (unit tests of code that builds links) there is no env: the site root.
const base = () => (import.meta.env?.BASE_URL ?? '/').replace(/\/+$/, '');
const trim = (path: string) => path.replace(/^\/+|\/+$/g, '');

/**
 * A page path that respects the configured `base`, so the site works at a domain root and under a
 * sub-path alike: `url()` is the home page, `url('faq')` is `/faq/` (or `/docs/faq/`).
 */
export function url(path = ''): string {
	const tail = trim(path);
	return `${base()}/${tail ? `${tail}/` : ''}`;
}

/** A file path below `base`, such as `assetUrl('pagefind/pagefind.js')`. */
export function assetUrl(path: string): string {
	return `${base()}/${trim(path)}`;
}

/** Prefixes `base` to a root-relative link written in content ("/faq/"); leaves others alone. */
export function withBase(href: string): string {
	return linkWithBase(href, base());
}

/**
 * The same rule with the base given, for code that runs outside Astro's environment (the Markdown
 * plugins, loaded by astro.config.mjs, cannot read `import.meta.env`).
 */
export function linkWithBase(href: string, basePath: string): string {
	const prefix = basePath.replace(/\/+$/, '');
	return href.startsWith('/') && !href.startsWith('//') ? `${prefix}${href}` : href;
}
