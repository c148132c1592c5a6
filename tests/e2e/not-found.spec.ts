import { expect, test } from '@playwright/test';
import { sitePath } from '../support/site.ts';

test('an unknown URL serves the 404 page', async ({ page }) => {
	const response = await page.goto(sitePath('no-such-page/'));
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText(/not found/i);
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
	await expect(page.getByRole('link', { name: /full 401 guide/i })).toBeVisible();
});
