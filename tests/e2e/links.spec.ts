import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { externalLinkProblem } from '../../src/lib/content-lint/allowed-hosts.ts';
import { attributeValues, builtPages, canonicalOf } from '../support/dist.ts';
import { BASE, DIST, sitemapPaths } from '../support/site.ts';

const pages = builtPages();
/** The configured site origin: absolute links to it (canonical, og:url) are internal links. */
const SITE = new URL(canonicalOf(pages.find((p) => p.path === BASE)!.html)!).origin;

/** The file a site path is served from, or undefined when the build has none. */
function fileFor(path: string): string | undefined {
	if (!path.startsWith(BASE)) return undefined;
	const inside = decodeURIComponent(path.slice(BASE.length));
	const file = inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside;
	return existsSync(`${DIST}${file}`) ? file : undefined;
}

const idsCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
	let ids = idsCache.get(file);
	if (!ids) {
		ids = new Set(attributeValues(readFileSync(`${DIST}${file}`, 'utf8'), 'id'));
		idsCache.set(file, ids);
	}
	return ids;
}

/** What is wrong with one link on one page, if anything. */
function problem(pagePath: string, value: string): string | undefined {
	if (/^(mailto:|data:)/.test(value)) return undefined;
	if (/^javascript:/i.test(value)) return 'javascript: URL';
	const url = new URL(value, `${SITE}${pagePath}`);
	if (url.origin !== SITE) return externalLinkProblem(url.href);
	const file = fileFor(url.pathname);
	if (!file) return 'no such file in the build';
	const anchor = decodeURIComponent(url.hash.slice(1));
	// `#token=…` hands a value to a tool (src/lib/tools/fragment.ts) rather than naming an element.
	if (anchor && !anchor.includes('=') && file.endsWith('.html') && !idsIn(file).has(anchor))
		return `no element with id "${anchor}"`;
	return undefined;
}

for (const page of pages) {
	test(`every link and asset on ${page.path} resolves`, () => {
		const values = [...attributeValues(page.html, 'href'), ...attributeValues(page.html, 'src')];
		expect(values.length).toBeGreaterThan(0);
		const broken = values.flatMap((value) => {
			const found = problem(page.path, value);
			return found ? [`${value}: ${found}`] : [];
		});
		expect(broken).toEqual([]);
	});
}

test('every sitemap entry is a built page', () => {
	const missing = sitemapPaths().filter((path) => !fileFor(path));
	expect(sitemapPaths().length).toBeGreaterThan(20);
	expect(missing).toEqual([]);
});

test('the checker itself rejects broken links', () => {
	expect(problem(BASE, `${BASE}no-such-page/`)).toBe('no such file in the build');
	expect(problem(BASE, `${BASE}401-unauthorized/#no-such-section`)).toMatch(/no element/);
	expect(problem(BASE, 'https://tracker.example.com/pixel.png')).toMatch(/not an allowed host/);
	expect(problem(BASE, `${BASE}401-unauthorized/#causes`)).toBeUndefined();
});
