import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BASE, DIST } from './site.ts';

export interface BuiltPage {
	/** File path relative to dist/, such as `faq/index.html`. */
	file: string;
	/** The URL path the page is served at, with the base: `/faq/`. */
	path: string;
	html: string;
}

function* htmlFiles(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = join(dir, entry.name);
		if (entry.isDirectory() && entry.name !== 'pagefind' && entry.name !== '_astro')
			yield* htmlFiles(full);
		else if (entry.name.endsWith('.html')) yield full;
	}
}

/** Every HTML page the build wrote, the 404 page included. */
export function builtPages(): BuiltPage[] {
	return [...htmlFiles(DIST)].sort().map((full) => {
		const file = relative(DIST, full);
		const path = `${BASE}${file.replace(/(^|\/)index\.html$/, '$1')}`;
		return { file, path, html: readFileSync(full, 'utf8') };
	});
}

/** Pages meant for search engines: all but those marked noindex (the 404 page). */
export function indexablePages(): BuiltPage[] {
	return builtPages().filter(
		(page) => !page.html.includes('<meta name="robots" content="noindex"'),
	);
}

/** A page's canonical URL as BaseHead writes it. */
export function canonicalOf(html: string): string | undefined {
	return /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];
}

/** Values of one attribute across a page's markup (Astro writes attributes double-quoted). */
export function attributeValues(html: string, name: string): string[] {
	const pattern = new RegExp(`\\s${name}="([^"]*)"`, 'g');
	return [...html.matchAll(pattern)].map((match) => decodeEntities(match[1]!));
}

export function decodeEntities(text: string): string {
	return text
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}
