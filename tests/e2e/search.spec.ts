import { expect, test, type Locator, type Page } from '@playwright/test';
import { openSearch, searchReady } from '../support/search.ts';
import { sitePath } from '../support/site.ts';

/** Types a query into the open dialog and waits until its results (or "no page") are shown. */
async function search(dialog: Locator, query: string): Promise<Locator> {
	const status = dialog.locator('.search-status');
	await dialog.getByRole('searchbox').fill(query);
	await expect(status).toContainText(/match/);
	return dialog.locator('.search-results > li > a');
}

/** A result link's page path, without the highlight query Pagefind adds. */
const pathOf = async (link: Locator) => (await link.getAttribute('href'))?.split('?')[0];

async function firstResultFor(page: Page, query: string): Promise<string | undefined> {
	const dialog = await openSearch(page);
	return pathOf((await search(dialog, query)).first());
}

test.describe('search dialog', () => {
	test('Ctrl+K opens it; a word from one page lists that page first; Enter goes there and highlights it', async ({
		page,
	}) => {
		await page.goto(sitePath());
		const button = page.getByRole('button', { name: 'Search' });
		const dialog = await openSearch(page);
		await expect(dialog.getByRole('searchbox')).toBeFocused();
		// "Cleartext" appears on the Basic scheme page alone.
		const first = (await search(dialog, 'cleartext')).first();
		// Under a base path too: the link carries it.
		expect(await pathOf(first)).toBe(sitePath('schemes/basic/'));
		await dialog.getByRole('searchbox').press('Enter');
		await expect(page).toHaveURL(
			new RegExp(`${sitePath('schemes/basic/')}\\?highlight=cleartext$`),
		);
		await expect(page.locator('article mark.pagefind-highlight').first()).toHaveText(/cleartext/i);
		await expect(button).toBeVisible();
	});

	test('a quoted phrase finds the pages with those words in that order', async ({ page }) => {
		await page.goto(sitePath());
		const dialog = await openSearch(page);
		const results = await search(dialog, '"open sesame"');
		expect(await pathOf(results.first())).toBe(sitePath('schemes/basic/'));
		// Each excerpt shows the phrase it matched.
		await expect(dialog.locator('.search-results > li > a .search-excerpt').first()).toContainText(
			/open sesame/i,
		);
	});

	test('a query with a word that is on no page still lists the pages with the other words', async ({
		page,
	}) => {
		await page.goto(sitePath());
		expect(await firstResultFor(page, 'cleartext qwzxvbnmk')).toBe(sitePath('schemes/basic/'));
	});

	test('a query whose words are on different pages ranks pages by how many they match', async ({
		page,
	}) => {
		await page.goto(sitePath());
		// No page has all of these words; the Basic page has the most of them.
		const dialog = await openSearch(page);
		const results = await search(dialog, 'Aladdin sesame Negotiate Kerberos SPNEGO');
		await expect(results.first()).toBeVisible();
		expect(await results.count()).toBeGreaterThan(1);
	});

	test('a pasted header line with quotes, colons and equals signs finds its page', async ({
		page,
	}) => {
		await page.goto(sitePath());
		expect(
			await firstResultFor(page, 'WWW-Authenticate: Basic realm="Staging", charset="UTF-8"'),
		).toBe(sitePath('schemes/basic/'));
	});

	test('a pasted JSON error body with braces finds the page that quotes it', async ({ page }) => {
		await page.goto(sitePath());
		expect(await firstResultFor(page, '{"message":"Missing Authentication Token"}')).toBe(
			sitePath('troubleshoot/aws/'),
		);
	});

	test('the kind filter keeps results to one kind of page, from the keyboard too', async ({
		page,
	}) => {
		await page.goto(sitePath());
		const dialog = await openSearch(page);
		await search(dialog, 'preflight');
		await page.keyboard.press('Tab');
		const kind = dialog.getByRole('combobox', { name: 'Kind of page' });
		await expect(kind).toBeFocused();
		await kind.selectOption({ label: 'FAQ' });
		await expect(dialog.locator('.search-status')).toContainText('match');
		const kinds = dialog.locator('.search-results > li > a .search-kind');
		await expect(kinds.first()).toHaveText('faq');
		expect(new Set(await kinds.allTextContents())).toEqual(new Set(['faq']));
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
		// Escape closes the dialog whatever is typed; the query waits, selected, for the next opening.
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(button).toBeFocused();
		await page.keyboard.press('Control+K');
		await expect(dialog.getByRole('searchbox')).toHaveValue('WWW-Authenticate');
		expect(
			await dialog.getByRole('searchbox').evaluate((input: HTMLInputElement) => input.selectionEnd),
		).toBe('WWW-Authenticate'.length);
	});

	test('a result keeps focus when newer results replace the list', async ({ page }) => {
		await page.goto(sitePath());
		const dialog = await openSearch(page);
		const input = dialog.getByRole('searchbox');
		const status = dialog.locator('.search-status');
		await search(dialog, 'WWW');
		const before = await status.textContent();
		await page.keyboard.press('ArrowDown');
		const results = dialog.locator('.search-results > li > a');
		await expect(results.first()).toBeFocused();
		// What a pending keystroke does: the query changes while focus is already in the results.
		await input.evaluate((field: HTMLInputElement) => {
			field.value = 'cleartext';
			field.dispatchEvent(new Event('input', { bubbles: true }));
		});
		await expect(status).not.toHaveText(before ?? '');
		await expect(results.first()).toHaveAttribute(
			'href',
			new RegExp(`^${sitePath('schemes/basic/')}`),
		);
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

	test('a click on a result navigates to it and highlights the words', async ({ page }) => {
		await page.goto(sitePath('faq/'));
		await page.getByRole('button', { name: 'Search' }).click();
		const dialog = page.getByRole('dialog', { name: 'Search the site' });
		await (await search(dialog, 'cleartext')).first().click();
		await expect(page).toHaveURL(
			new RegExp(`${sitePath('schemes/basic/')}\\?highlight=cleartext$`),
		);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Basic');
		await expect(page.locator('article mark.pagefind-highlight').first()).toBeVisible();
	});

	test('results carry excerpts and section links, and no code-block chrome', async ({ page }) => {
		await page.goto(sitePath('faq/'));
		const dialog = await openSearch(page);
		await search(dialog, 'preflight');
		const first = dialog.locator('.search-results > li').first();
		await expect(first.locator(':scope > a > .search-title')).not.toBeEmpty();
		await expect(first.locator(':scope > a .search-excerpt mark').first()).toHaveText(/preflight/i);
		await expect(first.locator('ul a').first()).toHaveAttribute(
			'href',
			new RegExp(`^${sitePath()}[\\w/-]+\\?highlight=preflight#[\\w-]+$`),
		);
		// The copy button and language captions are not part of any page's indexed text.
		await search(dialog, 'Copy code');
		for (const excerpt of await dialog.locator('.search-excerpt').allTextContents()) {
			expect(excerpt).not.toMatch(/Copy code/);
		}
	});

	test('Pagefind loads only when the reader reaches for search', async ({ page }) => {
		const loaded: string[] = [];
		page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
		await page.goto(sitePath('401-unauthorized/'));
		await page.waitForLoadState('networkidle');
		expect(loaded.filter((path) => /pagefind/.test(path))).toEqual([]);
		// Hovering the button is enough to start loading the runtime.
		await page.getByRole('button', { name: 'Search' }).hover();
		await expect
			.poll(() => loaded.some((path) => path.endsWith('/pagefind/pagefind.js')))
			.toBe(true);
		// The highlight script loads only on pages opened from a result.
		expect(loaded.some((path) => path.endsWith('pagefind-highlight.js'))).toBe(false);
	});

	test('when the search files cannot load, the dialog says so and offers a retry that works', async ({
		page,
	}) => {
		await page.route('**/pagefind/pagefind.js', (route) => route.abort());
		await page.goto(sitePath());
		const dialog = await openSearch(page);
		await dialog.getByRole('searchbox').fill('cleartext');
		await expect(dialog.locator('.search-status')).toContainText('Search failed to load');
		await page.unroute('**/pagefind/pagefind.js');
		await dialog.getByRole('button', { name: 'Try again' }).click();
		await expect(dialog.locator('.search-status')).toContainText('match');
	});
});
