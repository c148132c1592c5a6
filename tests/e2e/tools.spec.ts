import { expect, test, type Locator, type Page } from '@playwright/test';
import { builtPages } from '../support/dist.ts';
import { sitePath } from '../support/site.ts';

const HOSTILE = ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>'];
// The example token of RFC 7519 §3.1: {"iss":"joe","exp":1300819380,"http://example.com/is_root":true}.
const RFC_JWT =
	'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const ALADDIN = 'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==';

/** Every built tool page (ToolShell.astro draws its `.tool` section), as a path under the base. */
const TOOL_PATHS = builtPages()
	.filter((built) => built.html.includes('<section class="tool"'))
	.map((built) => built.file.replace(/index\.html$/, ''));

/**
 * What a tool page holds, read from the page so that a new tool is covered without a list: its
 * custom element, its text fields by their labels, and the buttons of its forms.
 */
function describeTool(page: Page) {
	return page.locator('.tool').evaluate((section) => {
		const label = (control: Element) =>
			document.querySelector(`label[for="${control.id}"]`)?.textContent?.trim() ?? control.id;
		const texts = 'form textarea, form input:not([type="radio"], [type="checkbox"], [type="file"])';
		return {
			element: [...section.querySelectorAll('*')].find((node) => node.localName.includes('-'))!
				.localName,
			fields: [...section.querySelectorAll(texts)].map(label),
			buttons: [...section.querySelectorAll('form button')].map((button) =>
				button.textContent!.trim(),
			),
		};
	});
}

const tool = (page: Page, name: string) => page.locator(name);

/**
 * Opens a tool page and moves the pointer, as a reader's first move wakes the tool
 * (src/components/tools/load-on-first-sign.ts); resolves to what the page holds once the tool's
 * element runs.
 */
async function openTool(page: Page, path: string) {
	await page.goto(sitePath(path));
	await page.mouse.move(10, 10);
	const description = await describeTool(page);
	await page.waitForFunction((name) => customElements.get(name) !== undefined, description.element);
	return description;
}
const summary = (scope: Locator) => scope.getByRole('status');

/** Opens the challenge inspector and pastes `text` into it; resolves to the inspector. */
async function inspect(page: Page, text: string): Promise<Locator> {
	await openTool(page, 'tools/www-authenticate/');
	await page.getByLabel('WWW-Authenticate value or raw response').fill(text);
	return tool(page, 'www-authenticate-inspector');
}

/** Counts img and script elements inside main, to prove that typed text never becomes markup. */
const countMarkup = (page: Page) =>
	page.evaluate(() => document.querySelectorAll('main img, main script').length);

test.describe('challenge inspector', () => {
	test('explains the RFC 7617 Basic challenge', async ({ page }) => {
		const inspector = await inspect(page, 'Basic realm="WallyWorld"');
		await expect(summary(inspector)).toHaveText('1 challenge (Basic); no problems found.');
		await expect(inspector.getByRole('heading', { name: 'Challenge 1 of 1: Basic' })).toBeVisible();
		await expect(inspector.locator('dt', { hasText: 'realm="WallyWorld"' })).toBeVisible();
		await expect(inspector.locator('dd').first()).toContainText('protection space “WallyWorld”');
		await expect(inspector.getByRole('link', { name: 'RFC 9110 §11.5' })).toHaveAttribute(
			'href',
			'https://www.rfc-editor.org/rfc/rfc9110#section-11.5',
		);
		await expect(inspector.locator('pre')).toContainText(
			'Authorization: Basic <base64 of user-id:password>',
		);
	});

	test('flags a Bearer error that does not match the status of a raw response', async ({
		page,
	}) => {
		const inspector = await inspect(
			page,
			'HTTP/1.1 403 Forbidden\nContent-Type: application/json\nWWW-Authenticate: Bearer error="invalid_token"\n\n{}',
		);
		await expect(summary(inspector)).toContainText('1 problem');
		const finding = inspector.locator('.tool-finding.tool-error');
		await expect(finding).toContainText(
			'error="invalid_token" belongs on a 401, but this response is a 403',
		);
		await expect(finding.getByRole('link', { name: 'RFC 6750 §3.1' })).toBeVisible();
		await expect(inspector).toContainText('Status line: HTTP/1.1 403 Forbidden');
	});

	test('flags Basic without realm, an unquoted realm and an unknown scheme listed first', async ({
		page,
	}) => {
		const inspector = await inspect(
			page,
			'Newauth realm="apps", Basic, Digest realm=files, nonce="n1", algorithm=SHA-256',
		);
		const findings = inspector.locator('.tool-findings');
		await expect(findings).toContainText('Basic requires a realm parameter');
		await expect(findings).toContainText('realm=files is not quoted');
		await expect(findings).toContainText('Newauth comes before a widely supported scheme');
		await expect(inspector.locator('pre').last()).toContainText('algorithm=SHA-256, nonce="n1"');
	});

	test('shows a parse error with its position', async ({ page }) => {
		const inspector = await inspect(page, 'Basic realm="x" charset=UTF-8');
		await expect(summary(inspector)).toContainText(
			'Could not parse the WWW-Authenticate value at offset 16',
		);
		await expect(inspector).toContainText('At offset 16 (character 17 of 29)');
		await expect(inspector.locator('mark')).toHaveText('c');
	});
});

test.describe('JWT inspector', () => {
	test('decodes the RFC 7519 example and finds it expired', async ({ page }) => {
		await openTool(page, 'tools/jwt/');
		const inspector = tool(page, 'jwt-inspector');
		await page.getByLabel('JSON Web Token').fill(RFC_JWT);
		await expect(summary(inspector)).toContainText('Decoded a token signed with HS256');
		await expect(summary(inspector)).toContainText('The signature was not verified.');
		await expect(inspector.locator('pre').nth(1)).toContainText('"iss": "joe"');
		await expect(inspector.locator('pre').first()).toContainText('"alg": "HS256"');
		const expired = inspector.locator('[data-code="expired"]');
		await expect(expired).toContainText('Error');
		await expect(expired).toContainText('The token expired at 1300819380');
		await expect(inspector.locator('time[datetime="2011-03-22T18:43:00Z"]')).toBeVisible();
		await expect(inspector.locator('dd').first()).toContainText('years ago');
		await expect(inspector.locator('[data-code="signature-not-verified"]')).toBeVisible();
		await expect(inspector).not.toContainText(/signature (is )?(valid|verified)/i);
	});

	test('checks audience and issuer, and explains a bad clock skew', async ({ page }) => {
		await openTool(page, 'tools/jwt/');
		const inspector = tool(page, 'jwt-inspector');
		await page.getByLabel('JSON Web Token').fill(RFC_JWT);
		await page.getByLabel('Expected audience (aud)').fill('api');
		await page.getByLabel('Expected issuer (iss)').fill('joe');
		await expect(inspector.locator('[data-code="aud-mismatch"]')).toBeVisible();
		await expect(inspector.locator('[data-code="iss-mismatch"]')).toHaveCount(0);
		await page.getByLabel('Clock skew (seconds)').fill('soon');
		await expect(inspector).toContainText('Clock skew must be a whole number of seconds');
	});

	test('says why a token cannot be read', async ({ page }) => {
		await openTool(page, 'tools/jwt/');
		const inspector = tool(page, 'jwt-inspector');
		await page.getByLabel('JSON Web Token').fill('not.a-token');
		await expect(summary(inspector)).toContainText('Not a readable JWT');
		await expect(inspector.locator('.tool-error-text')).toContainText('three base64url parts');
	});
});

test.describe('Basic credentials', () => {
	test('encodes Aladdin and builds a curl command, then decodes the header back', async ({
		page,
	}) => {
		await openTool(page, 'tools/basic-auth/');
		const basic = tool(page, 'basic-auth-tool');
		await page.getByLabel('User-id').fill('Aladdin');
		await page.getByLabel('Password').fill('open sesame');
		await page.getByRole('button', { name: 'Encode' }).click();
		const encoded = basic.locator('[data-output="encode"]');
		await expect(encoded.locator('pre').first()).toHaveText(`Authorization: ${ALADDIN}`);
		await expect(encoded.locator('pre').nth(1)).toHaveText(
			`curl -H 'Authorization: ${ALADDIN}' https://example.com/`,
		);

		await page.getByLabel('Authorization header value to decode').fill(ALADDIN);
		await page.getByLabel('Authorization header value to decode').press('Enter');
		const decoded = basic.locator('[data-output="decode"]');
		await expect(decoded.getByRole('status')).toHaveText(
			'Decoded: user-id Aladdin, password open sesame',
		);
		await expect(decoded.locator('dd').first()).toHaveText('Aladdin');
		await expect(decoded.locator('dd').nth(1)).toHaveText('open sesame');
	});

	test('explains a colon in the user-id, invalid base64 and bytes that are not UTF-8', async ({
		page,
	}) => {
		await openTool(page, 'tools/basic-auth/');
		const basic = tool(page, 'basic-auth-tool');
		await page.getByLabel('User-id').fill('ali:baba');
		const encoded = basic.locator('[data-output="encode"]');
		await expect(encoded.locator('.tool-error-text')).toContainText('colon');
		await expect(encoded.getByRole('link', { name: 'RFC 7617 §2' })).toBeVisible();

		const decodeField = page.getByLabel('Authorization header value to decode');
		const decoded = basic.locator('[data-output="decode"]');
		await decodeField.fill('Basic QWxh*GRpbg==');
		await expect(decoded.locator('.tool-error-text')).toContainText('Invalid base64');
		await decodeField.fill('Basic /w==');
		await expect(decoded.locator('.tool-error-text')).toContainText('not valid UTF-8');
	});

	test('quotes a single quote safely in the curl command', async ({ page }) => {
		await openTool(page, 'tools/basic-auth/');
		await page.getByLabel('Password').fill("it's");
		await expect(
			tool(page, 'basic-auth-tool').locator('[data-output="encode"] pre').nth(1),
		).toHaveText(/^curl -H 'Authorization: Basic [A-Za-z0-9+/=]+' https:\/\/example\.com\/$/);
	});
});

test.describe('status chooser', () => {
	test('no credentials → 401 with WWW-Authenticate, kept in the URL across a reload', async ({
		page,
	}) => {
		await openTool(page, 'tools/which-status/');
		const chooser = tool(page, 'status-chooser');
		await expect(summary(chooser)).toContainText('2xx');
		await chooser
			.getByRole('group', { name: 'Did the client send credentials?' })
			.getByLabel('No')
			.check();
		await expect(summary(chooser)).toHaveText('Send 401 Unauthorized, with WWW-Authenticate.');
		await expect(chooser.getByRole('heading', { name: '401 Unauthorized' })).toBeVisible();
		await expect(chooser.locator('pre')).toContainText('HTTP/1.1 401 Unauthorized');
		await expect(chooser.locator('pre')).toContainText('WWW-Authenticate: Bearer realm="api"');
		await expect(page).toHaveURL(/[?&]credentialsSent=0(&|$)/);
		await expect(page).toHaveURL(/[?&]wellFormed=1(&|$)/);

		await page.reload();
		await expect(summary(chooser)).toHaveText('Send 401 Unauthorized, with WWW-Authenticate.');
		await expect(
			chooser.getByRole('group', { name: 'Did the client send credentials?' }).getByLabel('No'),
		).toBeChecked();
	});

	test('a linked answer opens as that answer', async ({ page }) => {
		await page.goto(sitePath('tools/which-status/?allowed=0&hideExistence=1'));
		await expect(summary(tool(page, 'status-chooser'))).toHaveText(
			'Send 404 Not Found, without a challenge header.',
		);
		await page.goto(sitePath('tools/which-status/?challengerIsProxy=1&credentialsSent=0'));
		await expect(tool(page, 'status-chooser').locator('pre')).toContainText('Proxy-Authenticate:');
	});
});

test.describe('hostile input', () => {
	for (const path of TOOL_PATHS) {
		test(`${path}: markup typed into any field stays text`, async ({ page }) => {
			test.slow();
			const dialogs: string[] = [];
			page.on('dialog', (dialog) => {
				dialogs.push(dialog.message());
				void dialog.dismiss();
			});
			const { element, fields } = await openTool(page, path);
			await expect(tool(page, element).getByRole('status').first()).not.toBeEmpty();
			const before = await countMarkup(page);
			for (const text of HOSTILE) {
				for (const label of fields) {
					await page.getByLabel(label, { exact: true }).fill(text);
					await expect(page.getByLabel(label, { exact: true })).toHaveValue(text);
				}
				for (const form of await page.locator(`${element} form`).all()) {
					await form.locator('button').click();
				}
				expect(await countMarkup(page)).toBe(before);
			}
			expect(dialogs).toEqual([]);
		});
	}

	test('the challenge inspector and the JWT checks show hostile text as text', async ({ page }) => {
		await openTool(page, 'tools/www-authenticate/');
		for (const text of HOSTILE) {
			await page.getByLabel('WWW-Authenticate value or raw response').fill(text);
			await expect(page.locator('www-authenticate-inspector pre')).toContainText(text);
		}
		await openTool(page, 'tools/jwt/');
		await page.getByLabel('Expected audience (aud)').fill(HOSTILE[0]!);
		await expect(page.locator('[data-code="aud-mismatch"]')).toContainText(HOSTILE[0]!);
		await openTool(page, 'tools/basic-auth/');
		const before = await countMarkup(page);
		await page.getByLabel('User-id').fill(HOSTILE[1]!);
		const header = (await page
			.locator('[data-output="encode"] pre')
			.first()
			.textContent())!.replace('Authorization: ', '');
		await page.getByLabel('Authorization header value to decode').fill(header);
		await expect(page.locator('[data-output="decode"] dd').first()).toHaveText(HOSTILE[1]!);
		expect(await countMarkup(page)).toBe(before);
	});

	test('hostile query values fall back to the defaults', async ({ page }) => {
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())));
		await openTool(page, 'tools/which-status/');
		const before = await countMarkup(page);
		await page.goto(
			sitePath(
				`tools/which-status/?wellFormed=${encodeURIComponent(HOSTILE[1]!)}&credentialsSent=0`,
			),
		);
		await expect(summary(tool(page, 'status-chooser'))).toHaveText(
			'Send 401 Unauthorized, with WWW-Authenticate.',
		);
		expect(await countMarkup(page)).toBe(before);
		expect(dialogs).toEqual([]);
	});
});

test.describe('privacy', () => {
	for (const path of TOOL_PATHS) {
		test(`${path} makes no request once loaded, whatever is typed`, async ({ page }) => {
			test.slow(); // dozens of fills, each re-rendering the result
			const { element, fields } = await openTool(page, path);
			await page.waitForLoadState('load');
			await page.waitForLoadState('networkidle');
			// Chromium fetches the page's icon again when history.replaceState changes the address (the
			// status chooser keeps its answers there); that request carries nothing typed, so it is allowed.
			const icon = new URL(
				(await page.locator('link[rel="icon"]').first().getAttribute('href'))!,
				page.url(),
			).href;
			const requests: string[] = [];
			page.on('request', (request) => request.url() !== icon && requests.push(request.url()));
			const samples = [
				RFC_JWT,
				ALADDIN,
				'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm="x"',
				'https://example.com/',
				...HOSTILE,
			];
			for (const sample of samples) {
				for (const label of fields) await page.getByLabel(label, { exact: true }).fill(sample);
				for (const form of await page.locator(`${element} form`).all())
					await form.locator('button').click();
			}
			for (const radio of await page.locator(`${element} input[type="radio"]`).all())
				await radio.check();
			await page.waitForTimeout(300);
			expect(requests).toEqual([]);
			await expect(page.locator('.tool-privacy')).toContainText(
				'nothing you type is sent anywhere',
			);
		});
	}
});

test.describe('keyboard and screen readers', () => {
	for (const path of TOOL_PATHS) {
		test(`${path}: every control is labelled and reachable with Tab`, async ({ page }) => {
			test.slow(); // up to a hundred key presses
			await page.goto(sitePath(path));
			const { element, fields, buttons } = await describeTool(page);
			const host = tool(page, element);
			for (const label of fields)
				await expect(page.getByLabel(label, { exact: true })).toBeVisible();
			for (const name of buttons)
				await expect(host.getByRole('button', { name, exact: true })).toBeVisible();
			for (const status of await host.getByRole('status').all()) {
				await expect(status).toHaveAttribute('aria-live', 'polite');
			}

			// Every shown control, or for a radio group its checked radio (arrow keys move within the
			// group); the 401 doctor's redacted copy is hidden until asked for.
			const expected = await host.evaluate((root) =>
				[
					...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLButtonElement>(
						'input, textarea, button',
					),
				]
					.filter(
						(control) =>
							control.checkVisibility() &&
							!(
								control instanceof HTMLInputElement &&
								control.type === 'radio' &&
								!control.checked
							),
					)
					.map((control) => control.id || control.textContent!.trim()),
			);
			for (const control of await host.locator('input:not([type="radio"]), textarea').all()) {
				const id = await control.getAttribute('id');
				await expect(page.locator(`label[for="${id}"]`)).toHaveCount(1);
			}
			const reached: string[] = [];
			let entered = false;
			for (let i = 0; i < 150 && reached.length < expected.length; i++) {
				await page.keyboard.press('Tab');
				const focus = await page.evaluate((name) => {
					const active = document.activeElement as HTMLElement | null;
					if (!active || !active.closest(name)) return null;
					return active.id || active.textContent!.trim();
				}, element);
				if (focus !== null) {
					entered = true;
					reached.push(focus);
				} else if (entered) break;
			}
			expect(reached).toEqual(expected);
		});
	}

	test('the status chooser works with arrow keys, and focus is visible', async ({ page }) => {
		await page.goto(sitePath('tools/which-status/'));
		const yes = page.locator('#ws-credentialsSent-yes');
		await yes.focus();
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('#ws-credentialsSent-no')).toBeFocused();
		await expect(summary(tool(page, 'status-chooser'))).toHaveText(
			'Send 401 Unauthorized, with WWW-Authenticate.',
		);
		await page.keyboard.press('Tab');
		const outline = await page.evaluate(
			() => getComputedStyle(document.activeElement!).outlineStyle,
		);
		expect(outline).not.toBe('none');
	});
});

// CSS shows the form from the first frame of a scripted page (src/scripts/head-init.ts): a form
// revealed by the tool's module would push the rest of the page down when the module arrives.
test('each tool’s form is in place before its script has run', async ({ page }) => {
	await page.route(/\/_astro\/[^/]*\.js$/, (route) => route.abort());
	for (const path of TOOL_PATHS) {
		await page.goto(sitePath(path));
		for (const form of await page.locator('.tool form').all()) await expect(form).toBeVisible();
		await expect(page.locator('.tool-nojs')).toBeHidden();
	}
});

/** Holds back the tool's module until the returned function is called. */
async function holdModule(page: Page, element: string): Promise<() => void> {
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(new RegExp(`/${element}\\.[^/]*\\.js$`), async (route) => {
		await held;
		await route.continue();
	});
	return release;
}

test('answers given before the status chooser’s script arrives are kept', async ({ page }) => {
	const release = await holdModule(page, 'status-chooser');
	await page.goto(sitePath('tools/which-status/'));
	await page.locator('#ws-credentialsSent-no').check();
	release();
	await expect(summary(tool(page, 'status-chooser'))).toHaveText(
		'Send 401 Unauthorized, with WWW-Authenticate.',
	);
});

// The forms show before the tools' scripts arrive: submitting one then must not send what was typed
// anywhere (a plain form would load the page again with the token in its address).
test('submitting a form before its tool’s script arrives goes nowhere', async ({ page }) => {
	const release = await holdModule(page, 'jwt-inspector');
	await page.goto(sitePath('tools/jwt/'));
	const address = page.url();
	await page.getByLabel('JSON Web Token', { exact: true }).fill(RFC_JWT);
	await page.getByRole('button', { name: 'Decode' }).click();
	release();
	await expect(summary(tool(page, 'jwt-inspector'))).toContainText(
		'Decoded a token signed with HS256',
	);
	// A submission would have loaded the page again, with the token in its address.
	expect(page.url()).toBe(address);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	for (const path of TOOL_PATHS) {
		test(`${path} reads as an explanation and hides the dead form`, async ({ page }) => {
			await page.goto(sitePath(path));
			await expect(page.locator('.tool-nojs')).toBeVisible();
			await expect(page.locator('.tool-privacy')).toBeVisible();
			for (const form of await page.locator('.tool form').all()) await expect(form).toBeHidden();
			await expect(page.getByRole('heading', { name: 'References', level: 2 })).toBeVisible();
		});
	}
});

test.describe('narrow screens', () => {
	test.use({ viewport: { width: 320, height: 640 } });
	for (const path of TOOL_PATHS) {
		test(`${path} with results does not scroll sideways at 320 px`, async ({ page }) => {
			await page.goto(sitePath(path));
			if (path === 'tools/jwt/') await page.getByLabel('JSON Web Token').fill(RFC_JWT);
			if (path === 'tools/www-authenticate/') {
				await page
					.getByLabel('WWW-Authenticate value or raw response')
					.fill(`Negotiate ${'Y'.repeat(300)}`);
			}
			await expect(page.locator('.tool-output').first()).toBeVisible();
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - window.innerWidth,
			);
			expect(overflow).toBeLessThanOrEqual(0);
		});
	}
});

// The build puts each example's result in place, and the tool's code waits for the reader: nothing
// runs while the page loads (src/components/tools/load-on-first-sign.ts).
test('each tool shows its example’s result before its script has run', async ({ page }) => {
	await page.route(/\/_astro\/[^/]*\.js$/, (route) => route.abort());
	const expected: Record<string, string[]> = {
		'tools/www-authenticate/': ['2 challenges (Bearer, Basic); no problems found.'],
		'tools/jwt/': ['Decoded a token signed with HS256: 1 error and 1 note.'],
		'tools/basic-auth/': [
			'Encoded: Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==',
			'Decoded: user-id Aladdin, password open sesame',
		],
		'tools/which-status/': ['Nothing is wrong: answer with a 2xx status such as 200 OK.'],
		'tools/doctor/': ['1 exchange, 3 problems (read as curl -v output).'],
	};
	for (const path of TOOL_PATHS) {
		await page.goto(sitePath(path));
		const outputs = page.locator('.tool-output');
		await expect(outputs).toHaveCount(expected[path]!.length);
		for (const [i, text] of expected[path]!.entries()) {
			await expect(outputs.nth(i).getByRole('status')).toContainText(text);
			await expect(outputs.nth(i).locator('.tool-result > *').first()).toBeVisible();
		}
	}
	await page.goto(sitePath('tools/jwt/'));
	await expect(page.locator('.tool-result')).toContainText(
		'Compared with a fixed time for this example, not your clock: 2026-12-01T00:00:00Z',
	);
});

test('once the reader moves, the JWT times follow the device’s clock', async ({ page }) => {
	await page.goto(sitePath('tools/jwt/'));
	await expect(page.locator('.tool-result')).toContainText('a fixed time for this example');
	await page.keyboard.press('Tab');
	await expect(page.locator('.tool-result')).toContainText('Compared with your device’s clock');
});
