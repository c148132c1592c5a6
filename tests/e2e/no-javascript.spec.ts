import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../support/site.ts';

test.use({ javaScriptEnabled: false });

for (const path of sitemapPaths()) {
	test(`${path} reads in full without JavaScript`, async ({ page, request }) => {
		await page.goto(path);
		const html = await (await request.get(path)).text();
		const article = page.locator('main');
		await expect(article.locator('h1')).toBeVisible();
		// Every table and code block the server sent is displayed, and no control is left dead.
		const tables = (html.match(/<table/g) ?? []).length;
		await expect(page.locator('main table:visible')).toHaveCount(tables);
		// A tool's output (its example's result, with code blocks) goes with its form, which is hidden
		// without JavaScript: tools.spec.ts checks that the page says so instead.
		const toolBlocks = (
			html.match(/<section class="tool".*?<\/section>/s)?.[0].match(/<pre/g) ?? []
		).length;
		const blocks = (html.match(/<pre/g) ?? []).length - toolBlocks;
		await expect(page.locator('main pre:visible')).toHaveCount(blocks);
		await expect(page.getByRole('button', { name: /Search|Copy|Dark theme/ })).toHaveCount(0);
		await expect(page.getByRole('navigation', { name: 'Site' })).toBeVisible();
		// The table of contents closes on narrow screens only by script; without it, it stays open.
		const toc = page.locator('.toc details');
		if ((await toc.count()) > 0) await expect(toc).toHaveAttribute('open');
	});
}
