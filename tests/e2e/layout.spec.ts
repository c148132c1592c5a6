import { expect, test } from '@playwright/test';
import { sitemapPaths, sitePath } from '../support/site.ts';
import { layOutAllBlocks } from '../support/page.ts';

test.use({ viewport: { width: 320, height: 640 } });

for (const path of [...sitemapPaths(), sitePath('no-such-page/')]) {
	test(`${path} does not scroll sideways at 320 px`, async ({ page }) => {
		await page.goto(path);
		await layOutAllBlocks(page);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth,
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});
}

test('wide tables and code scroll inside their own box', async ({ page }) => {
	await page.goto(sitePath('compare/'));
	const box = page.locator('.table-scroll').first();
	const scrolls = await box.evaluate((el) => el.scrollWidth > el.clientWidth);
	expect(scrolls).toBe(true);
	await expect(box).toHaveCSS('overflow-x', 'auto');
});

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
	await page.goto(sitePath('401-unauthorized/'));
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to main content' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

test('on a phone the table of contents starts closed, above the article, and opens on a tap', async ({
	page,
}) => {
	await page.goto(sitePath('401-unauthorized/'));
	const toc = page.locator('.toc details');
	await expect(toc).not.toHaveAttribute('open');
	expect((await toc.boundingBox())?.height).toBeLessThan(60);
	await page.locator('.toc summary').click();
	await expect(toc.getByRole('link').first()).toBeVisible();
});

test('in the wide layout the table of contents is open in its column, also after a resize', async ({
	page,
}) => {
	await page.setViewportSize({ width: 1400, height: 900 });
	await page.goto(sitePath('401-unauthorized/'));
	const firstLink = page.locator('.toc').getByRole('link').first();
	await expect(firstLink).toBeVisible();
	await page.setViewportSize({ width: 600, height: 900 });
	await expect(firstLink).toBeHidden();
	await page.setViewportSize({ width: 1400, height: 900 });
	await expect(firstLink).toBeVisible();
});
