import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { metaPolicy } from '../../src/integrations/headers-file.ts';
import { TOOL_NAMES } from '../../src/lib/tools/registry.ts';
import { builtPages } from '../support/dist.ts';
import { openSearch } from '../support/search.ts';
import { DIST, sitePath } from '../support/site.ts';

const pages = builtPages();

/** Collects CSP violations as the page reports them, before any console message is formatted. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
	const console: string[] = [];
	page.on('console', (m) => /Content.Security.Policy/i.test(m.text()) && console.push(m.text()));
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspSeen: string[] }).cspSeen = seen;
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push(`${e.violatedDirective} ${e.blockedURI}`),
		);
	});
	return async () => [
		...console,
		...(await page.evaluate(() => (window as unknown as { cspSeen: string[] }).cspSeen)),
	];
}

test('every page carries the same policy, without unsafe-inline, and _headers repeats it', () => {
	const policies = new Set(pages.map((page) => metaPolicy(page.html)));
	expect(policies.size).toBe(1);
	const policy = [...policies][0]!;
	// Neither scripts nor styles: inline ones are hashed, and code tokens use classes.
	expect(policy).not.toContain("'unsafe-inline'");
	const script = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
	expect(script).not.toContain("'unsafe-eval'");
	expect(readFileSync(`${DIST}_headers`, 'utf8')).toContain(`Content-Security-Policy: ${policy}\n`);
});

for (const page of pages) {
	test(`${page.path} loads and searches with no CSP violation`, async ({ page: browser }) => {
		const violations = await watchViolations(browser);
		await browser.goto(page.path);
		const dialog = await openSearch(browser);
		await dialog.getByRole('searchbox').fill('WWW-Authenticate');
		await expect(dialog.locator('.search-results a').first()).toBeVisible();
		await browser.waitForLoadState('networkidle');
		expect(await violations()).toEqual([]);
	});
}

// A tool's code loads on the reader's first move (src/components/tools/load-on-first-sign.ts):
// wake each one and submit its forms, so its module, chunks and rendering all run under the policy.
test('every tool, woken and used, raises no CSP violation', async ({ page }) => {
	const tools = pages.filter((built) => built.html.includes('<section class="tool"'));
	expect(tools.length).toBe(TOOL_NAMES.length);
	for (const { path } of tools) {
		const violations = await watchViolations(page);
		await page.goto(path);
		await page.mouse.move(10, 10);
		await page.waitForFunction(() =>
			[...document.querySelectorAll('.tool *')].some(
				(element) => element.localName.includes('-') && customElements.get(element.localName),
			),
		);
		// Its <button>: the 401 doctor's file input is a button to the accessibility tree too.
		for (const form of await page.locator('.tool form').all()) {
			await form.locator('button').click();
		}
		await page.waitForLoadState('networkidle');
		expect(await violations(), path).toEqual([]);
	}
});

// The 401 doctor reads files in a worker, which the policy must let start from 'self'.
test('the 401 doctor’s worker runs under the policy', async ({ page }) => {
	const violations = await watchViolations(page);
	await page.goto(sitePath('tools/doctor/'));
	await page.mouse.move(10, 10);
	await page.waitForFunction(() => customElements.get('http-doctor') !== undefined);
	const har = JSON.stringify({
		log: {
			entries: [
				{
					request: { method: 'GET', url: 'https://api.example.com/', headers: [] },
					response: { status: 401, headers: [] },
				},
			],
		},
	});
	await page
		.getByLabel('Or choose a HAR file')
		.setInputFiles({ name: 'a.har', mimeType: 'application/json', buffer: Buffer.from(har) });
	await expect(page.locator('http-doctor .tool-summary')).toContainText('read as a HAR file');
	expect(await violations()).toEqual([]);
});

test('a page opened from a result highlights the words with no CSP violation', async ({ page }) => {
	const violations = await watchViolations(page);
	await page.goto(sitePath('401-unauthorized/'));
	const dialog = await openSearch(page);
	await dialog.getByRole('searchbox').fill('preflight');
	await dialog.locator('.search-results > li > a').first().click();
	await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
	expect(await violations()).toEqual([]);
});
