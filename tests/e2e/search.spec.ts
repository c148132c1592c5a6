import { expect, test } from '@playwright/test';
import { openSearch, searchReady } from '../support/search.ts';
import { sitePath } from '../support/site.ts';

test.describe('search dialog', () => {
	test('Ctrl+K opens it; a phrase from one page lists that page; Enter goes there', async ({
		page,
	}) => {
		await page.goto(sitePath());
		const button = page.getByRole('button', { name: 'Search' });
		const dialog = await openSearch(page);
		const input = dialog.getByRole('searchbox');
		await expect(input).toBeFocused();
		// RFC 7617's example user "Aladdin" appears on the Basic scheme page above all others.
		await input.fill('Aladdin');
		const first = dialog.locator('.search-results > li > a').first();
		// Under a base path too: the link carries it.
		await expect(first).toHaveAttribute('href', sitePath('schemes/basic/'));
		await input.press('Enter');
		await expect(page).toHaveURL(new RegExp(`${sitePath('schemes/basic/')}$`));
		await expect(button).toBeVisible();
	});

	test('keyboard only: open from the button, arrow to a result, Escape closes and focus returns', async ({
		page,
	}) => {
		await page.goto(sitePath());
		await searchReady(page);
		const button = page.getByRole('button', { name: 'Search' });
		await button.focus();
		await page.keyboard.press('Enter');
		const dialog = page.getByRole('dialog', { name: 'Search the site' });
		await expect(dialog).toBeVisible();
		await page.keyboard.type('WWW-Authenticate');
		await expect(dialog.locator('.search-results a').first()).toBeVisible();
		await page.keyboard.press('ArrowDown');
		await expect(dialog.locator('.search-results a').first()).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(button).toBeFocused();
	});

	test('a result keeps focus when newer results replace the list', async ({ page }) => {
		await page.goto(sitePath());
		const dialog = await openSearch(page);
		const input = dialog.getByRole('searchbox');
		const status = dialog.locator('.search-status');
		await input.fill('WWW');
		await expect(status).toContainText('match');
		const before = await status.textContent();
		await page.keyboard.press('ArrowDown');
		const results = dialog.locator('.search-results > li > a');
		await expect(results.first()).toBeFocused();
		// What a pending keystroke does: the query changes while focus is already in the results.
		await input.evaluate((field: HTMLInputElement) => {
			field.value = 'Aladdin';
			field.dispatchEvent(new Event('input', { bubbles: true }));
		});
		await expect(status).not.toHaveText(before ?? '');
		await expect(results.first()).toHaveAttribute('href', sitePath('schemes/basic/'));
		await expect(results.first()).toBeFocused();
	});

	test('focus stays inside the open dialog', async ({ page }) => {
		await page.goto(sitePath('401-unauthorized/'));
		const dialog = await openSearch(page);
		await page.keyboard.type('realm');
		await expect(dialog.locator('.search-results a').first()).toBeVisible();
		for (let press = 0; press < 25; press++) {
			await page.keyboard.press(press % 2 ? 'Tab' : 'Shift+Tab');
			await page.keyboard.press('Tab');
			const inside = await page.evaluate(() => {
				const active = document.activeElement;
				return !active || active === document.body || Boolean(active.closest('dialog[open]'));
			});
			expect(inside).toBe(true);
		}
	});

	test('a click on a result navigates to it', async ({ page }) => {
		await page.goto(sitePath('faq/'));
		await page.getByRole('button', { name: 'Search' }).click();
		const dialog = page.getByRole('dialog', { name: 'Search the site' });
		await dialog.getByRole('searchbox').fill('Aladdin');
		await dialog.locator('.search-results > li > a').first().click();
		await expect(page).toHaveURL(new RegExp(`${sitePath('schemes/basic/')}$`));
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Basic');
	});

	test('results get titles, then excerpts and section links; only the index and the worker load', async ({
		page,
	}) => {
		const loaded: string[] = [];
		page.context().on('request', (request) => loaded.push(new URL(request.url()).pathname));
		await page.goto(sitePath('faq/'));
		const dialog = await openSearch(page);
		await dialog.getByRole('searchbox').fill('preflight');
		const first = dialog.locator('.search-results > li').first();
		// The result's own link; its section links, once in, sit in a nested list.
		await expect(first.locator(':scope > a > .search-title')).not.toBeEmpty();
		await expect(first.locator(':scope > a .search-excerpt mark').first()).toHaveText(/preflight/i);
		await expect(first.locator('ul a').first()).toHaveAttribute(
			'href',
			new RegExp(`^${sitePath()}[\\w/-]+#[\\w-]+$`),
		);
		expect(loaded.filter((path) => /search-worker[\w-]*\.js$/.test(path))).toHaveLength(1);
		expect(loaded.some((path) => path.endsWith('.pf_fragment'))).toBe(true);
		// Pagefind's own runtime (its loader and WebAssembly) is never needed.
		expect(loaded.filter((path) => /pagefind(-worker)?\.js$|\.pagefind$/.test(path))).toEqual([]);
	});

	test('no Pagefind file loads before search is used, and no script request blocks a content page', async ({
		page,
	}) => {
		const loaded: string[] = [];
		page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
		await page.goto(sitePath('401-unauthorized/'));
		await page.waitForLoadState('networkidle');
		expect(loaded.filter((path) => /pagefind/.test(path))).toEqual([]);
		// The search button's script is inline: a content page makes no script request at all.
		expect(loaded.filter((path) => path.endsWith('.js'))).toEqual([]);
	});
});
