import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from '../support/dist.ts';
import { layOutAllBlocks } from '../support/page.ts';
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

test('code is highlighted in both themes and follows the OS and the theme toggle', async ({
	page,
}) => {
	await page.goto(sitePath('401-unauthorized/'));
	const token = page.locator('.astro-code span[class^="l-"]').first();
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
	await page.emulateMedia({ colorScheme: 'light' });
	await page.getByRole('button', { name: 'Dark theme' }).click();
	expect(await colours()).toEqual([dark, darkBlock]);
});

test('every class a token or line of the built site carries has a rule in its page’s stylesheet', () => {
	let checked = 0;
	for (const { file, html } of builtPages()) {
		const css = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
		const ruled = new Set(css.match(/(?<=\.)-?[_a-zA-Z][\w-]*/g));
		for (const [block] of html.matchAll(/<pre class="astro-code[\s\S]*?<\/pre>/g)) {
			for (const [, classes] of block.matchAll(/<span class="([^"]*)"/g)) {
				for (const name of classes!.split(' ')) {
					expect(ruled.has(name), `${file}: .${name}`).toBe(true);
					checked++;
				}
			}
		}
	}
	expect(checked).toBeGreaterThan(1000);
});

/** The api.js example on the code page, whose fence highlights the lines that deal with a 401. */
async function highlightedExample(page: Page) {
	await page.goto(sitePath('code/'));
	await page.getByRole('tab', { name: 'Browser fetch' }).first().click();
	return page.locator('.code-block:visible').filter({ has: page.locator('.highlighted') });
}

test('highlighted lines stand out by a bar as well as a tint', async ({ page }) => {
	const block = await highlightedExample(page);
	const lines = block.locator('.highlighted');
	await expect(lines).toHaveCount(8);
	await expect(lines.first()).toContainText("headers.set('Authorization'");
	const look = await lines.first().evaluate((line) => {
		const style = getComputedStyle(line);
		return {
			bar: style.boxShadow,
			tint: style.backgroundColor,
			block: getComputedStyle(line.closest('pre')!).backgroundColor,
		};
	});
	expect(look.bar).not.toBe('none');
	expect(look.tint).not.toBe(look.block);
});

for (const theme of ['light', 'dark'] as const) {
	test(`marked lines keep AA contrast in the ${theme} theme`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: theme });
		const violations = async () => {
			await layOutAllBlocks(page);
			const { violations } = await new AxeBuilder({ page })
				.include('.code-block:has(.highlighted, .diff)')
				.withTags(['wcag2aa'])
				.analyze();
			return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' '))}`);
		};
		await highlightedExample(page);
		expect(await violations()).toEqual([]);
		await page.goto(sitePath('troubleshoot/nginx/'));
		expect(await violations()).toEqual([]);
	});
}

test('an added line shows a + and copies without its [!code ++] comment', async ({
	page,
	context,
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(sitePath('troubleshoot/nginx/'));
	const block = page.locator('.code-block').filter({ has: page.locator('.diff.add') });
	const added = block.locator('.diff.add');
	await expect(added).toHaveCount(1);
	await expect(added).toHaveText(/^\s*proxy_set_header Authorization "Basic [\w=]+";$/);
	expect(await added.evaluate((line) => getComputedStyle(line, '::before').content)).toBe('"+"');
	await block.getByRole('button', { name: 'Copy code' }).click();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe(await block.locator('pre').evaluate((pre) => pre.textContent));
	expect(copied).not.toContain('[!code');
});
