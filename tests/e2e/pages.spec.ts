import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../support/site.ts';

const pages = sitemapPaths();

test('the sitemap lists the site’s pages', () => {
	expect(pages.length).toBeGreaterThanOrEqual(9);
});

for (const path of pages) {
	test(`page ${path} is well formed`, async ({ page, baseURL }) => {
		const origin = new URL(baseURL!).origin;
		const errors: string[] = [];
		const foreign: string[] = [];
		page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (url.origin !== origin && url.protocol !== 'data:') foreign.push(request.url());
		});

		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		await page.waitForLoadState('networkidle');

		await expect(page.locator('h1')).toHaveCount(1);
		const title = await page.title();
		expect(title.trim()).not.toBe('');
		const description = await page.locator('meta[name="description"]').getAttribute('content');
		expect(description?.trim()).toBeTruthy();

		const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
		expect(canonical).toMatch(/^https?:\/\//);
		expect(new URL(canonical!).pathname).toBe(path);

		const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
		expect(blocks.length).toBeGreaterThan(0);
		for (const block of blocks) {
			const data = JSON.parse(block) as Record<string, unknown>;
			expect(data['@context']).toBe('https://schema.org');
			expect(typeof data['@type']).toBe('string');
		}

		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
	});
}
