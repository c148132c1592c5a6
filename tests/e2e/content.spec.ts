import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { attributeValues, builtPages } from '../support/dist.ts';
import { BASE, sitePath } from '../support/site.ts';

const pages = builtPages();
const byPath = new Map(pages.map((page) => [page.path, page]));

const REQUIRED = [
	'',
	'401-unauthorized/',
	'code/',
	'compare/',
	'compare/400-vs-401-vs-403-vs-407/',
	'compare/401-vs-403/',
	'compare/401-vs-407/',
	'compare/401-vs-511/',
	'compare/400-vs-401/',
	'schemes/',
	'schemes/basic/',
	'schemes/bearer/',
	'schemes/digest/',
	'schemes/negotiate/',
	'faq/',
	'tools/',
	'tools/www-authenticate/',
	'tools/jwt/',
	'tools/basic-auth/',
	'tools/which-status/',
].map(sitePath);

/** The rows and columns each comparison table must have (issue: the complete guide). */
const TABLES: Record<string, { columns: string[]; rows: string[] }> = {
	'compare/': {
		columns: ['400', '401', '403', '404', '407', '511'],
		rows: ['Meaning', 'Who fixes it', 'Header involved', 'Retry advice', 'RFC section'],
	},
	'compare/400-vs-401-vs-403-vs-407/': {
		columns: ['400', '401', '403', '407'],
		rows: ['Meaning', 'Who fixes it', 'Header involved', 'Retry advice', 'RFC section'],
	},
	'compare/401-vs-403/': {
		columns: ['401', '403'],
		rows: ['Meaning', 'Header involved', 'Retry advice', 'RFC section'],
	},
	'compare/401-vs-407/': {
		columns: ['401', '407'],
		rows: ['Challenge header', 'Credentials header', 'Whose credentials', 'RFC section'],
	},
	'compare/401-vs-511/': {
		columns: ['401', '511'],
		rows: ['Who sends it', 'Meaning', 'Header involved', 'Caching', 'RFC section'],
	},
	'compare/400-vs-401/': {
		columns: ['400', '401'],
		rows: ['Meaning', 'Header involved', 'Retry advice', 'RFC section'],
	},
	'schemes/': {
		columns: ['Basic', 'Bearer', 'Digest', 'Negotiate'],
		rows: ['Server sends', 'Client replies', 'Typical use', 'Security notes', 'RFC'],
	},
};

test('every page of the guide is built and linked from the navigation', () => {
	const nav = /<nav id="site-nav"[\s\S]*?<\/nav>/.exec(byPath.get(BASE)!.html)![0];
	const linked = new Set(attributeValues(nav, 'href'));
	for (const path of REQUIRED) {
		expect(byPath.has(path), `${path} is built`).toBe(true);
		expect(linked.has(path), `${path} is in the navigation`).toBe(true);
	}
});

test('the FAQ has at least 16 entries, each its own page with the question as h1 and the answer first', async ({
	page,
}) => {
	await page.goto(sitePath('faq/'));
	const items = page.locator('.faq-item');
	expect(await items.count()).toBeGreaterThanOrEqual(16);
	const first = items.first();
	const question = (await first.locator('h2').textContent())!.trim();
	const answer = (await first.locator('.faq-answer').textContent())!.trim();
	await first.locator('h2 a').click();
	await expect(page.locator('h1')).toHaveText(question);
	await expect(page.locator('.article-header .lede')).toHaveText(answer);
	await expect(page.locator('.related a').first()).toBeVisible();
});

for (const [path, expected] of Object.entries(TABLES)) {
	test(`the table on /${path} has the stated rows and columns`, async ({ page }) => {
		await page.goto(sitePath(path));
		const table = page.locator('.comparison-table').first();
		const columns = await table.locator('thead th').allTextContents();
		const rows = await table.locator('tbody th').allTextContents();
		expect(columns.length).toBe(expected.columns.length);
		expected.columns.forEach((column, index) => expect(columns[index]).toContain(column));
		for (const row of expected.rows) expect(rows).toContain(row);
	});
}

// A fact the site states once (src/data/) looks the same on every page that shows it.
const SHARED_FACTS: Record<string, string[]> = {
	'Bearer errors and the status each one takes': [
		'schemes/bearer/',
		'compare/400-vs-401/',
		'faq/insufficient-scope-403-or-401/',
		'code/',
		'401-unauthorized/',
	],
	'Which status to send: the first row that is true decides': [
		'tools/which-status/',
		'401-unauthorized/',
		'compare/',
		'compare/401-vs-403/',
		'faq/401-vs-403/',
	],
	'The four authentication headers: how far each travels and who may change it': [
		'compare/401-vs-407/',
		'faq/401-vs-407/',
		'401-unauthorized/',
	],
	'When a shared cache may reuse a response to a request that carried Authorization': [
		'401-unauthorized/',
	],
};

for (const [caption, paths] of Object.entries(SHARED_FACTS)) {
	test(`“${caption}” is the same table on every page that shows it`, () => {
		const copies = paths.map((path) => {
			const html = byPath.get(sitePath(path))?.html ?? '';
			const start = html.indexOf(`<caption>${caption}</caption>`);
			expect(start, `${path} shows it`).toBeGreaterThan(-1);
			return html.slice(start, html.indexOf('</table>', start));
		});
		for (const copy of copies) expect(copy).toBe(copies[0]);
	});
}

test('the code page’s Express handler answers a malformed token with invalid_token, not 400', () => {
	const html = byPath.get(sitePath('code/'))!.html;
	const handler = html.slice(html.indexOf('server.mjs'), html.indexOf('Flask (Basic)'));
	const text = handler.replace(/<[^>]+>/g, '').replace(/&#x27;|&#39;/g, "'");
	expect(text).toContain("error: 'invalid_token'");
	expect(text).toContain("error_description: 'The access token is missing or malformed'");
	expect(text).toMatch(/challenge\(res, 400, \{\s*error: 'invalid_request'/);
	expect(text).not.toMatch(/Malformed Bearer credentials/);
});

test('every RFC link points at a section', () => {
	const bad = pages.flatMap((page) =>
		attributeValues(page.html, 'href')
			.filter((href) => /rfc-editor\.org\/rfc\/|datatracker\.ietf\.org\/doc\/html\/rfc/.test(href))
			.filter((href) => !/#section-[0-9A-Z]/.test(href))
			.map((href) => `${page.path}: ${href}`),
	);
	expect(bad).toEqual([]);
});

test('every article ends with references and credits the contributors', () => {
	// The generated lists (the FAQ and troubleshooting indexes) cite nothing of their own.
	const lists = [sitePath('faq/'), sitePath('troubleshoot/')];
	const articles = pages.filter(
		(page) => page.html.includes('"@type":"TechArticle"') && !lists.includes(page.path),
	);
	expect(articles.length).toBeGreaterThan(30);
	for (const page of articles) {
		expect(page.html, page.path).toContain('id="references"');
		expect(page.html, page.path).toMatch(/min read/);
		expect(page.html, page.path).toContain('HTTP 401 Reference contributors');
	}
});

const overlapTool = fileURLToPath(
	new URL('../../../shared/tools/reference-overlap.mjs', import.meta.url),
);

test('no sentence repeats the reference article', () => {
	test.skip(
		!existsSync(overlapTool),
		`../shared is not beside the repository, so ${overlapTool} cannot run`,
	);
	const root = fileURLToPath(new URL('../../', import.meta.url));
	const output = execFileSync(process.execPath, [overlapTool, 'content', 'src'], {
		cwd: root,
		encoding: 'utf8',
	});
	expect(output.trim()).toBe('no passage repeats the reference article');
});
