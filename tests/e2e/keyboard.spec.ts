import { expect, test, type Page } from '@playwright/test';
import { searchReady } from '../support/search.ts';
import { sitePath } from '../support/site.ts';

/** Tabs forward until `target` has focus, returning how many presses it took (or -1). */
async function tabTo(page: Page, target: ReturnType<Page['locator']>, limit = 40): Promise<number> {
	for (let presses = 1; presses <= limit; presses++) {
		await page.keyboard.press('Tab');
		if (await target.evaluate((el) => el === document.activeElement)) return presses;
	}
	return -1;
}

const focusRing = (page: Page) =>
	page.evaluate(() => {
		const style = getComputedStyle(document.activeElement!);
		return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
	});

test('keyboard order: skip link, header controls, then the table of contents, each with a visible focus ring', async ({
	page,
}) => {
	await page.goto(sitePath('401-unauthorized/'));
	// Header controls stay out of the tab order until their scripts have run.
	await searchReady(page);
	await page.locator('theme-toggle:defined').waitFor({ state: 'attached' });
	const stops = [
		page.getByRole('link', { name: 'Skip to main content' }),
		page.getByRole('button', { name: 'Search' }),
		page.getByRole('button', { name: 'Dark theme' }),
		page.locator('.toc summary'),
		page.locator('.toc a').first(),
	];
	let last = 0;
	for (const stop of stops) {
		const presses = await tabTo(page, stop);
		expect(presses).toBeGreaterThan(0);
		last += presses;
		const ring = await focusRing(page);
		expect(ring.style).not.toBe('none');
		expect(ring.width).toBeGreaterThanOrEqual(2);
	}
	// Following a TOC link moves to its section.
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#what-401-means$/);
	expect(last).toBeLessThan(40);
});

test('tool forms are reachable in order with a visible focus ring', async ({ page }) => {
	await page.goto(sitePath('tools/basic-auth/'));
	const fields = page.locator('.tool input, .tool textarea, .tool button');
	const count = await fields.count();
	expect(count).toBeGreaterThan(2);
	let previous = -1;
	for (let index = 0; index < count; index++) {
		const field = fields.nth(index);
		if (!(await field.isVisible())) continue;
		expect(await tabTo(page, field)).toBeGreaterThan(0);
		const ring = await focusRing(page);
		expect(ring.style).not.toBe('none');
		const position = await field.evaluate((el) =>
			[...document.querySelectorAll('.tool input, .tool textarea, .tool button')].indexOf(el),
		);
		expect(position).toBeGreaterThan(previous);
		previous = position;
	}
});
