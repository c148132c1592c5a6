import { expect, test, type Page } from '@playwright/test';
import { sitePath } from '../support/site.ts';

/** The theme the reader sees, read from the page background the tokens produce. */
const scheme = (page: Page) =>
	page.evaluate(() => {
		const background = getComputedStyle(document.body).backgroundColor;
		const names: Record<string, string> = {
			'rgb(255, 255, 255)': 'light',
			'rgb(15, 18, 22)': 'dark',
		};
		return names[background] ?? background;
	});

test('follows the OS preference when nothing is stored', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto(sitePath());
	expect(await scheme(page)).toBe('dark');
	await page.emulateMedia({ colorScheme: 'light' });
	expect(await scheme(page)).toBe('light');
});

test('the toggle switches the theme and the choice survives a reload', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto(sitePath('401-unauthorized/'));
	const toggle = page.getByRole('button', { name: 'Dark theme' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await toggle.click();
	expect(await scheme(page)).toBe('dark');
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await page.reload();
	expect(await scheme(page)).toBe('dark');
	// The stored choice wins over the OS preference, from the first paint on.
	expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
	await page.getByRole('button', { name: 'Dark theme' }).click();
	await page.reload();
	expect(await scheme(page)).toBe('light');
});
