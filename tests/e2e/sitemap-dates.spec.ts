import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { REPO_BRANCH, REPO_URL } from '../../src/consts.ts';
import { builtPages } from '../support/dist.ts';
import { DIST } from '../support/site.ts';

/** Each sitemap entry's `lastmod`, by page path. */
function sitemapLastmods(): Map<string, string | undefined> {
	const xml = readFileSync(`${DIST}sitemap-0.xml`, 'utf8');
	const entries = xml.matchAll(/<loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g);
	return new Map([...entries].map(([, loc, lastmod]) => [new URL(loc!).pathname, lastmod]));
}

test('the sitemap dates each article on the day its “Updated” line shows', () => {
	const lastmods = sitemapLastmods();
	// An article's byline links to its own file's history; generated lists have no file.
	const history = `${REPO_URL}/commits/${REPO_BRANCH}/content/`;
	const articles = builtPages().filter(
		(page) => lastmods.has(page.path) && page.html.includes(history),
	);
	expect(articles.length).toBeGreaterThan(80);
	for (const { path, html } of articles) {
		const updated = /Updated <time datetime="([^"]+)"/.exec(html)?.[1];
		expect(lastmods.get(path)?.slice(0, 10), path).toBe(updated);
	}
});
