import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sitePath } from '../support/site.ts';
import {
	ALADDIN,
	CURL_REDIRECT,
	FIREFOX_HAR,
	RFC6750_EXCHANGE,
	RFC_JWT,
} from '../support/transcripts.ts';

const PATH = 'tools/doctor/';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const HOSTILE = '<img src=x onerror=alert(1)>';

/** A browser's CORS preflight refused with 401, as raw HTTP. */
const PREFLIGHT = [
	'OPTIONS /v1/me HTTP/1.1',
	'Host: api.example.com',
	'Origin: https://app.example.com',
	'Access-Control-Request-Method: GET',
	'Access-Control-Request-Headers: authorization',
	'',
	'HTTP/1.1 401 Unauthorized',
	'WWW-Authenticate: Bearer realm="api"',
	'Content-Length: 0',
].join('\n');

/** The three examples a reader pastes, and the findings each must show. */
const EXAMPLES = [
	{
		name: 'curl -v -L through a cross-origin redirect',
		text: CURL_REDIRECT,
		summary: '2 exchanges, 2 problems, 1 note (read as curl -v output).',
		codes: ['authorization-dropped-on-redirect', 'basic-over-http', 'credentials-absent'],
	},
	{
		name: 'a CORS preflight refused with 401',
		text: PREFLIGHT,
		summary: '1 exchange, 1 problem, 1 note (read as raw HTTP).',
		codes: ['preflight-rejected', 'credentials-absent'],
	},
	{
		name: 'the RFC 6750 request and its invalid_token challenge',
		text: RFC6750_EXCHANGE,
		summary: '1 exchange, 2 problems (read as raw HTTP).',
		codes: ['credentials-rejected', 'bearer-invalid-token'],
	},
];

/** Every secret of the Firefox HAR file and of the curl transcript. */
const SECRETS = [
	'mF_9.B5f-4.1JqM',
	'K8s2fQ',
	'9f8e7d6c5b4a',
	'open+sesame',
	ALADDIN.slice(6),
	'"hint":"<script>"',
];

const doctor = (page: Page) => page.locator('http-doctor');
const summary = (page: Page) => doctor(page).locator('.tool-summary');
const codes = (page: Page) =>
	doctor(page)
		.locator('.tool-finding')
		.evaluateAll((items) => items.map((item) => item.getAttribute('data-code')));

async function openDoctor(page: Page): Promise<void> {
	await page.goto(sitePath(PATH));
	await page.mouse.move(10, 10);
	await page.waitForFunction(() => customElements.get('http-doctor') !== undefined);
}

const harFile = (text: string, name = 'session.har') => ({
	name,
	mimeType: 'application/json',
	buffer: Buffer.from(text),
});

test('the built page shows the example’s result before any script runs', async ({ page }) => {
	await page.route(/\/_astro\/[^/]*\.js$/, (route) => route.abort());
	await page.goto(sitePath(PATH));
	await expect(summary(page)).toHaveText('1 exchange, 3 problems (read as curl -v output).');
	expect(await codes(page)).toEqual([
		'jwt-expired',
		'credentials-rejected',
		'bearer-invalid-token',
	]);
	// Checked against a fixed time the finding names, so two builds give the same page.
	await expect(doctor(page).locator('[data-code="jwt-expired"]')).toContainText(
		'before 2026-12-01T00:00:00Z, the time it was checked against',
	);
	await expect(doctor(page).locator('.doctor-fields')).toContainText(
		'Authorization: Bearer [hidden: 179 characters]',
	);
	await expect(page.locator('.tool form')).toBeVisible();
});

test.describe('pasted examples', () => {
	for (const { name, text, summary: expected, codes: found } of EXAMPLES) {
		test(`${name}: the expected findings, most severe first`, async ({ page }) => {
			await openDoctor(page);
			await page.getByLabel('curl -v output or raw HTTP messages').fill(text);
			await expect(summary(page)).toHaveText(expected);
			expect(await codes(page)).toEqual(found);
			const first = doctor(page).locator('.tool-finding').first();
			await expect(first.locator('.doctor-fix')).toContainText('Fix:');
			await expect(first.locator('.tool-refs a').first()).toHaveAttribute('href', /^\/|^https:/);
		});
	}

	test('the redirect example links each finding to its exchange and its page', async ({ page }) => {
		await openDoctor(page);
		await page.getByLabel('curl -v output or raw HTTP messages').fill(CURL_REDIRECT);
		const dropped = doctor(page).locator('[data-code="authorization-dropped-on-redirect"]');
		await expect(dropped.getByRole('link', { name: 'Exchange 2' })).toHaveAttribute(
			'href',
			'#doctor-exchange-2',
		);
		await expect(dropped.getByRole('link', { name: 'A 401 after a redirect' })).toHaveAttribute(
			'href',
			sitePath('faq/401-on-redirect/'),
		);
		await expect(doctor(page).locator('#doctor-exchange-2')).toContainText(
			'GET https://reports.example.net/reports → 401',
		);
	});

	test('text that cannot be read says why', async ({ page }) => {
		await openDoctor(page);
		await page.getByLabel('curl -v output or raw HTTP messages').fill('{"log": {}}');
		await expect(summary(page)).toContainText('no log.entries list');
	});
});

test.describe('HAR files', () => {
	test('a chosen file is read in the worker and diagnosed; its bodies are not shown', async ({
		page,
	}) => {
		await openDoctor(page);
		await page.getByLabel('Or choose a HAR file').setInputFiles(harFile(FIREFOX_HAR));
		await expect(summary(page)).toHaveText('2 exchanges, 3 problems, 1 note (read as a HAR file).');
		expect(await codes(page)).toEqual([
			'credentialed-wildcard-origin',
			'bearer-invalid-token',
			'token-in-query',
			'credentials-absent',
		]);
		await expect(doctor(page).locator('.tool-result')).not.toContainText('open+sesame');
		await expect(doctor(page).locator('.tool-result')).not.toContainText('"hint"');
	});

	test('a file dropped on the tool is diagnosed like a chosen one', async ({ page }) => {
		await openDoctor(page);
		const drop = await page.evaluateHandle((text) => {
			const transfer = new DataTransfer();
			transfer.items.add(new File([text], 'dropped.har', { type: 'application/json' }));
			return transfer;
		}, FIREFOX_HAR);
		const textarea = page.getByLabel('curl -v output or raw HTTP messages');
		await textarea.dispatchEvent('dragover', { dataTransfer: drop });
		await expect(page.locator('.tool')).toHaveClass(/doctor-dragging/);
		await textarea.dispatchEvent('drop', { dataTransfer: drop });
		await expect(summary(page)).toHaveText('2 exchanges, 3 problems, 1 note (read as a HAR file).');
		await expect(page.locator('.tool')).not.toHaveClass(/doctor-dragging/);
	});

	test('a large file shows progress, and the page answers while it is read', async ({ page }) => {
		test.slow();
		await openDoctor(page);
		// Record what the reader sees change while the worker reads.
		await page.evaluate(() => {
			const seen: string[] = [];
			(window as unknown as { seen: string[] }).seen = seen;
			const bar = document.querySelector('http-doctor progress')!;
			const summary = document.querySelector('http-doctor .tool-summary')!;
			new MutationObserver(() =>
				seen.push(`progress ${(bar as HTMLProgressElement).value}`),
			).observe(bar, { attributes: true });
			new MutationObserver(() => seen.push(summary.textContent!)).observe(summary, {
				childList: true,
				characterData: true,
				subtree: true,
			});
		});
		const entry = JSON.parse(FIREFOX_HAR).log.entries[1];
		entry.response.content.text = 'x'.repeat(20_000);
		const entries = Array.from({ length: 500 }, () => entry);
		await page
			.getByLabel('Or choose a HAR file')
			.setInputFiles(harFile(JSON.stringify({ log: { version: '1.2', entries } }), 'large.har'));
		// The page's own thread stays free: a script runs at once while the worker reads.
		expect(await page.evaluate(() => 1 + 1)).toBe(2);
		// A wait, not a measure: reading 10 MB takes long on a busy machine.
		await expect(summary(page)).toHaveText(
			'500 exchanges, 1500 problems, 500 notes (read as a HAR file).',
			{ timeout: 60_000 },
		);
		await expect(doctor(page).locator('.doctor-progress')).toBeHidden();
		const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
		expect(seen).toContain('Reading large.har…');
		expect(seen.filter((line) => line.startsWith('progress ')).length).toBeGreaterThan(1);
	});
});

test.describe('secrets', () => {
	test('are masked until the reader asks to see them', async ({ page }) => {
		await openDoctor(page);
		await page.getByLabel('Or choose a HAR file').setInputFiles(harFile(FIREFOX_HAR));
		const result = doctor(page).locator('.tool-result');
		await expect(result).toContainText('access_token=[hidden: 15 characters]');
		await expect(result).toContainText('session=[hidden: 12 characters]; Path=/');
		for (const secret of SECRETS) await expect(result).not.toContainText(secret);
		await page.getByLabel('Show secrets').check();
		await expect(result).toContainText('access_token=mF_9.B5f-4.1JqM');
		await expect(result).toContainText('csrftoken=K8s2fQ');
		await page.getByLabel('Show secrets').uncheck();
		await expect(result).not.toContainText('K8s2fQ');
	});

	for (const [name, input] of [
		['a HAR file', FIREFOX_HAR],
		['curl -v output', CURL_REDIRECT],
	] as const) {
		test(`the redacted copy of ${name} holds no secret of the input and reads the same`, async ({
			page,
			context,
		}) => {
			await context.grantPermissions(['clipboard-read', 'clipboard-write']);
			await openDoctor(page);
			if (name === 'a HAR file')
				await page.getByLabel('Or choose a HAR file').setInputFiles(harFile(input));
			else await page.getByLabel('curl -v output or raw HTTP messages').fill(input);
			await expect(summary(page)).toContainText(name === 'a HAR file' ? 'HAR' : 'curl');
			// Findings about the credentials' own content cannot survive their redaction.
			const aboutCredentials = /^(jwt-|basic-malformed)/;
			const before = (await codes(page)).filter((code) => !aboutCredentials.test(code!));
			await page.getByRole('button', { name: 'Copy redacted' }).click();
			await expect(doctor(page).locator('.doctor-copy-status')).toContainText('Copied');
			const copied = await page.evaluate(() => navigator.clipboard.readText());
			expect(copied).toBe(await page.getByLabel('Redacted copy').inputValue());
			for (const secret of SECRETS) expect(copied).not.toContain(secret);
			expect(copied).toContain('REDACTED');
			// The copy reads as the same exchanges, with the same findings.
			await page.getByLabel('curl -v output or raw HTTP messages').fill(copied);
			await expect(summary(page)).toContainText(name === 'a HAR file' ? 'HAR' : 'curl');
			expect((await codes(page)).filter((code) => !aboutCredentials.test(code!))).toEqual(before);
		});
	}
});

test.describe('handing values to the other tools', () => {
	test('a JWT opens in the JWT inspector through the fragment, which is then dropped', async ({
		page,
	}) => {
		await openDoctor(page);
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		await doctor(page).getByRole('link', { name: 'Decode the token in the JWT inspector' }).click();
		await expect(page.getByLabel('JSON Web Token')).toHaveValue(RFC_JWT);
		await expect(page.locator('jwt-inspector [data-code="expired"]')).toBeVisible();
		await expect(page).toHaveURL(new RegExp(`${sitePath('tools/jwt/')}$`));
		expect(requests.filter((url) => url.includes(RFC_JWT.slice(0, 20)))).toEqual([]);
	});

	test('a challenge opens in the challenge inspector with its status', async ({ page }) => {
		await openDoctor(page);
		await doctor(page)
			.getByRole('link', { name: 'Read the challenge in the challenge inspector' })
			.click();
		const inspector = page.locator('www-authenticate-inspector');
		await expect(page.getByLabel('WWW-Authenticate value or raw response')).toHaveValue(
			/^HTTP\/1\.1 401\nwww-authenticate: Bearer realm="api", error="invalid_token"/,
		);
		await expect(inspector.getByRole('status')).toContainText('1 challenge (Bearer)');
		await expect(page).toHaveURL(new RegExp(`${sitePath('tools/www-authenticate/')}$`));
	});
});

test('markup in headers, URLs and bodies stays text', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	await openDoctor(page);
	const count = () =>
		page.evaluate(() => document.querySelectorAll('main img, main script').length);
	const before = await count();
	const text = [
		'GET /a?q=<script>alert(1)</script> HTTP/1.1',
		`Host: ${HOSTILE}`,
		`Authorization: ${HOSTILE}`,
		`Origin: ${HOSTILE}`,
		'',
		'HTTP/1.1 401 Unauthorized',
		`WWW-Authenticate: ${HOSTILE}`,
		`Location: "><script>alert(1)</script>`,
		'',
		HOSTILE,
	].join('\n');
	await page.getByLabel('curl -v output or raw HTTP messages').fill(text);
	await expect(doctor(page).locator('[data-code="challenge-unparseable"]')).toBeVisible();
	await page.getByLabel('Show secrets').check();
	await expect(doctor(page).locator('.doctor-fields')).toContainText(`Authorization: ${HOSTILE}`);
	await page
		.getByLabel('Or choose a HAR file')
		.setInputFiles(harFile(FIREFOX_HAR.replaceAll('api.example.com', HOSTILE.replaceAll('"', ''))));
	await expect(summary(page)).toContainText('HAR');
	expect(await count()).toBe(before);
	expect(dialogs).toEqual([]);
});

test('every control is labelled and reachable with Tab, in order', async ({ page }) => {
	await page.goto(sitePath(PATH));
	const expected = ['doctor-input', 'doctor-file', 'Diagnose', 'doctor-reveal', 'Copy redacted'];
	for (const label of [
		'curl -v output or raw HTTP messages',
		'Or choose a HAR file',
		'Show secrets',
	])
		await expect(page.getByLabel(label, { exact: true })).toBeVisible();
	const reached: string[] = [];
	for (let i = 0; i < 100 && reached.length < expected.length; i++) {
		await page.keyboard.press('Tab');
		const focus = await page.evaluate(() => {
			const active = document.activeElement as HTMLElement | null;
			if (!active?.closest('http-doctor')) return null;
			return active.id || active.textContent!.trim();
		});
		if (focus !== null) reached.push(focus);
		else if (reached.length > 0) break;
	}
	expect(reached).toEqual(expected);
	// Space on the checkbox shows the secrets, Enter on the button copies.
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Space');
	await expect(page.getByLabel('Show secrets')).toBeChecked();
	await expect(doctor(page).locator('.doctor-fields')).toContainText(`Bearer ${RFC_JWT}`);
});

for (const theme of ['light', 'dark'] as const) {
	test(`${theme} theme: no WCAG 2.2 A/AA violation with results, progress and the redacted copy`, async ({
		page,
	}) => {
		await page.emulateMedia({ colorScheme: theme });
		await openDoctor(page);
		await page.getByLabel('Or choose a HAR file').setInputFiles(harFile(FIREFOX_HAR));
		await expect(summary(page)).toContainText('HAR');
		await page.getByRole('button', { name: 'Copy redacted' }).click();
		await expect(page.getByLabel('Redacted copy')).toBeVisible();
		const { violations } = await new AxeBuilder({ page }).include('.tool').withTags(WCAG).analyze();
		expect(
			violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
		).toEqual([]);
	});
}

test('nothing pasted or dropped leaves the page: only the site’s own scripts load', async ({
	page,
}) => {
	await openDoctor(page);
	await page.waitForLoadState('networkidle');
	const origin = new URL(page.url()).origin;
	const requests: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		const ownScript =
			request.method() === 'GET' &&
			url.origin === origin &&
			url.search === '' &&
			url.pathname.startsWith(sitePath('_astro/')) &&
			url.pathname.endsWith('.js');
		if (!ownScript) requests.push(`${request.method()} ${request.url()}`);
	});
	await page.getByLabel('curl -v output or raw HTTP messages').fill(CURL_REDIRECT);
	await page.getByLabel('Or choose a HAR file').setInputFiles(harFile(FIREFOX_HAR));
	await expect(summary(page)).toContainText('HAR');
	await page.getByLabel('Show secrets').check();
	expect(requests).toEqual([]);
	await expect(page.locator('.tool-privacy')).toContainText('nothing you type is sent anywhere');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the page explains the tool and how to read a transcript by hand', async ({ page }) => {
		await page.goto(sitePath(PATH));
		await expect(page.locator('.tool-nojs')).toBeVisible();
		await expect(page.locator('.tool form')).toBeHidden();
		await expect(page.locator('.doctor-controls')).toBeHidden();
		await expect(page.getByRole('heading', { name: 'Reading a transcript by hand' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'What it checks' })).toBeVisible();
	});
});

test.describe('narrow screens', () => {
	test.use({ viewport: { width: 320, height: 640 } });
	test('results with long tokens do not scroll sideways at 320 px', async ({ page }) => {
		await openDoctor(page);
		await page.getByLabel('Show secrets').check();
		await page.getByLabel('Or choose a HAR file').setInputFiles(harFile(FIREFOX_HAR));
		await expect(summary(page)).toContainText('HAR');
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth,
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});
});
