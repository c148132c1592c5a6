import { expect, test } from '@playwright/test';
import { sitePath } from '../support/site.ts';

test('the copy button puts exactly the block’s code on the clipboard', async ({
	page,
	context,
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(sitePath('401-unauthorized/'));
	const block = page
		.locator('.code-block')
		.filter({ has: page.locator('pre') })
		.first();
	const expected = await block.locator('pre').evaluate((pre) => pre.textContent);
	expect(expected?.trim().length).toBeGreaterThan(10);
	await block.getByRole('button', { name: 'Copy code' }).click();
	await expect(block.getByRole('button', { name: /Copied/ })).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe(expected);
});

test('code is highlighted with both palettes and follows the site theme', async ({ page }) => {
	await page.goto(sitePath('401-unauthorized/'));
	const token = page.locator('.astro-code span[class^="hl-"]').first();
	// A token's colour and the block's own, which the palette's classes set apart.
	const colours = () =>
		token.evaluate((el) => [
			getComputedStyle(el).color,
			getComputedStyle(el.closest('pre')!).color,
		]);
	await page.emulateMedia({ colorScheme: 'light' });
	const [light, lightBlock] = await colours();
	await page.emulateMedia({ colorScheme: 'dark' });
	const [dark, darkBlock] = await colours();
	expect(light).not.toBe(lightBlock);
	expect(dark).not.toBe(darkBlock);
	expect(light).not.toBe(dark);
});
