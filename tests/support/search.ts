import { expect, type Locator, type Page } from '@playwright/test';

/** Waits until the search element's module script has run: only then are its button and shortcut wired. */
export async function searchReady(page: Page): Promise<void> {
	await page.locator('site-search:defined').waitFor({ state: 'attached' });
}

/** Opens the search dialog with Ctrl+K and returns it. */
export async function openSearch(page: Page): Promise<Locator> {
	await searchReady(page);
	await page.keyboard.press('Control+K');
	const dialog = page.getByRole('dialog', { name: 'Search the site' });
	await expect(dialog).toBeVisible();
	return dialog;
}
