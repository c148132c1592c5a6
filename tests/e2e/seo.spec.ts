import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { builtPages, canonicalOf, indexablePages } from '../support/dist.ts';
import { BASE, DIST, sitemapPaths } from '../support/site.ts';

const pages = builtPages();
const indexable = indexablePages();

/** Text as a reader sees it: the entities HTML needs in attributes and titles count as one character. */
const decode = (text: string | undefined) =>
	text
		?.replace(/&(quot|#34|#x22);/g, '"')
		.replace(/&(#39|#x27|apos);/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

const meta = (html: string, attribute: 'name' | 'property', key: string) =>
	decode(new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`).exec(html)?.[1]);

test('the sitemap lists every indexable page and nothing else', () => {
	expect(sitemapPaths().sort()).toEqual(indexable.map((page) => page.path).sort());
	expect(readFileSync(`${DIST}sitemap-index.xml`, 'utf8')).toContain('sitemap-0.xml');
});

test('robots.txt points at the sitemap index next to the home page', () => {
	const robots = readFileSync(`${DIST}robots.txt`, 'utf8');
	const home = pages.find((page) => page.path === BASE)!;
	expect(robots).toContain(`Sitemap: ${new URL('sitemap-index.xml', canonicalOf(home.html)).href}`);
});

for (const page of indexable) {
	test(`${page.path} has complete, self-referencing metadata`, () => {
		const { html, path } = page;
		const title = decode(/<title>([^<]*)<\/title>/.exec(html)?.[1]) ?? '';
		expect(title.length).toBeGreaterThanOrEqual(10);
		expect(title.length).toBeLessThanOrEqual(80);
		const description = meta(html, 'name', 'description') ?? '';
		expect(description.length).toBeGreaterThanOrEqual(50);
		expect(description.length).toBeLessThanOrEqual(160);
		const canonical = canonicalOf(html);
		expect(canonical).toMatch(/^https?:\/\//);
		expect(new URL(canonical!).pathname).toBe(path);
		expect(meta(html, 'property', 'og:title')).toBeTruthy();
		expect(meta(html, 'property', 'og:description')).toBe(description);
		expect(meta(html, 'property', 'og:url')).toBe(canonical);
		expect(meta(html, 'property', 'og:image')).toMatch(/^https?:\/\/.+\.png$/);
	});
}

test('titles and descriptions are unique', () => {
	const titles = indexable.map((page) => /<title>([^<]*)<\/title>/.exec(page.html)?.[1]);
	const descriptions = indexable.map((page) => meta(page.html, 'name', 'description'));
	expect(new Set(titles).size).toBe(titles.length);
	expect(new Set(descriptions).size).toBe(descriptions.length);
});
