import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { layOutAllBlocks } from '../support/page.ts';
import { openSearch } from '../support/search.ts';
import { sitemapPaths, sitePath } from '../support/site.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const theme of ['light', 'dark'] as const) {
	test.describe(`${theme} theme`, () => {
		test.use({ colorScheme: theme });
		for (const path of [...sitemapPaths(), sitePath('no-such-page/')]) {
			test(`${path} has no WCAG 2.2 A/AA violation`, async ({ page }) => {
				await page.goto(path);
				await layOutAllBlocks(page);
				const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
				const summary = violations.map(
					(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
				);
				expect(summary).toEqual([]);
			});
		}
	});
}

test('the open search dialog has no violation', async ({ page }) => {
	await page.goto(sitePath());
	await openSearch(page);
	await page.getByRole('searchbox').fill('realm');
	await expect(page.locator('.search-results a').first()).toBeVisible();
	const { violations } = await new AxeBuilder({ page }).include('dialog').withTags(WCAG).analyze();
	expect(violations.map((v) => v.id)).toEqual([]);
});
