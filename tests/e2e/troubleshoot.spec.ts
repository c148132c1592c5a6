import { expect, test } from '@playwright/test';
import { readContent } from '../../src/lib/content-files.ts';
import { words } from '../../src/lib/search-query.ts';
import { openSearch } from '../support/search.ts';
import { sitePath } from '../support/site.ts';

const root = new URL('../../', import.meta.url).pathname;
const pages = readContent(root)
	.filter((file) => file.collection === 'troubleshoot')
	.map((file) => ({ slug: file.id, messages: file.data['messages'] as string[] }));

/**
 * The messages a reader could paste that name one tool: four words or more, listed on one page
 * only. Short or shared lines ("Unauthorized", "Authentication failed") rightly list several pages.
 */
const distinctive = pages.flatMap(({ slug, messages }) =>
	messages
		.filter((message) => new Set(words(message.toLowerCase())).size >= 4)
		.filter((message) =>
			pages.every((other) => other.slug === slug || !other.messages.includes(message)),
		)
		.map((message) => ({ slug, message })),
);

test('there are at least 36 troubleshooting pages and 30 distinctive messages to paste', () => {
	expect(pages.length).toBeGreaterThanOrEqual(36);
	expect(distinctive.length).toBeGreaterThanOrEqual(30);
});

for (const { slug, messages } of pages) {
	test(`/troubleshoot/${slug}/ shows its messages verbatim in a code block first`, async ({
		page,
	}) => {
		await page.goto(sitePath(`troubleshoot/${slug}/`));
		const section = page.getByRole('region', { name: 'The messages' });
		const code = section.locator('pre');
		await expect(code).toHaveCount(1);
		const text = await code.textContent();
		for (const message of messages) expect(text).toContain(message);
		// The first section of the article, listed first in the table of contents.
		await expect(page.locator('.prose h2').first()).toHaveText('The messages');
	});
}

test('pasting a tool’s own message into search lists that tool’s page first', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto(sitePath());
	const dialog = await openSearch(page);
	const input = dialog.getByRole('searchbox');
	const status = dialog.locator('.search-status');
	const missed: string[] = [];
	for (const { slug, message } of distinctive) {
		await input.fill('');
		await expect(status).toHaveText('');
		await input.fill(message);
		await expect(status).toContainText(/match/);
		const first = await dialog.locator('.search-results > li > a').first().getAttribute('href');
		if (!first?.startsWith(sitePath(`troubleshoot/${slug}/`))) {
			missed.push(`${message} → ${first} (expected /troubleshoot/${slug}/)`);
		}
	}
	expect(missed).toEqual([]);
});

test('a quoted challenge opens in the challenge inspector, filled in', async ({ page }) => {
	await page.goto(sitePath('troubleshoot/aspnet-core/'));
	await page
		.getByRole('region', { name: 'The messages' })
		.getByRole('link', { name: /^Read Bearer error="invalid_token".*signature is invalid/ })
		.click();
	await expect(page).toHaveURL(new RegExp(`${sitePath('tools/www-authenticate/')}$`));
	await expect(page.getByLabel('WWW-Authenticate value or raw response')).toHaveValue(
		'Bearer error="invalid_token", error_description="The signature is invalid"',
	);
	await expect(page.locator('www-authenticate-inspector').getByRole('status')).toContainText(
		'1 challenge (Bearer)',
	);
});
