import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { codeToHast } from 'shiki';
import { toHtml } from 'hast-util-to-html';
import { CODE_THEMES, highlightFence } from '../../src/integrations/highlight.ts';
import { codeFigure, fenceTitle, tableScroll } from '../../src/lib/content-html.ts';
import { linkWithBase } from '../../src/lib/url.ts';

const samples: Record<string, string> = {
	bash: 'curl -v -H "Authorization: Bearer $TOKEN" https://api.example.com/ # diagnose',
	shell: 'export TOKEN=abc && echo "$TOKEN"',
	http: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm="staging"',
	json: '{ "error": "invalid_token", "expires_in": 3600 }',
	javascript: 'const res = await fetch(url, { credentials: "include" });',
	typescript: 'const status: number = res.status === 401 ? 401 : 200;',
	python: 'r = requests.get(url, auth=("user", "pass"))\nprint(r.status_code)',
	nginx:
		'location /admin/ {\n  auth_basic "Admin";\n  auth_basic_user_file /etc/nginx/.htpasswd;\n}',
	apache:
		'<Directory "/var/www/admin">\n  AuthType Basic\n  AuthName "Staging"\n  Require valid-user\n</Directory>',
};

for (const [lang, code] of Object.entries(samples)) {
	test(`${lang} is highlighted in both palettes`, async () => {
		const html = toHtml(await highlightFence(code, lang));
		const colours = new Set(html.match(/\bhl-[0-9a-f]{6}-[0-9a-f]{6}\b/g));
		assert.ok(colours.size > 2, `${lang} produced ${colours.size} colours`);
		assert.match(html, /<pre class="astro-code [^"]*\bhlbg-[0-9a-f]{6}-[0-9a-f]{6}\b/);
		assert.doesNotMatch(html, /style=/);
	});
}

/** Each visible character of a highlighted block with the light and dark colours it is painted in. */
function paintedChars(node: ElementContent | Root, inherited = ''): string[] {
	// A space shows no colour, and Shiki joins it to either neighbour depending on the pass.
	if (node.type === 'text')
		return [...node.value].map((char) => (/\s/.test(char) ? char : `${char} ${inherited}`));
	if (node.type !== 'element' && node.type !== 'root') return [];
	const properties = node.type === 'element' ? node.properties : {};
	// Shiki writes `--shiki-light:#…;--shiki-dark:#…`; ours, the class `hl-<light>-<dark>`.
	const fromStyle = String(properties['style'] ?? '').match(/--shiki-(light|dark):#\w+/gi);
	const fromClass = /\bhl-(\w{6})-(\w{6})\b/.exec(String(properties['class'] ?? ''));
	const colours =
		fromStyle?.join(' ').toLowerCase() ??
		(fromClass ? `--shiki-light:#${fromClass[1]} --shiki-dark:#${fromClass[2]}` : inherited);
	return node.children.flatMap((child) => paintedChars(child as ElementContent, colours));
}

test('one pass of the grammar paints every character as Shiki’s two-theme output does', async () => {
	const fences = readdirSync('content', { recursive: true })
		.map(String)
		.filter((file) => /\.mdx?$/.test(file))
		.flatMap((file) => [
			...readFileSync(join('content', file), 'utf8').matchAll(
				/^([ \t]*)(```+)([\w-]*)[^\n]*\n([\s\S]*?)\n\1\2[ \t]*$/gm,
			),
		])
		.map((match) => ({ lang: match[3] || 'plaintext', code: match[4]! }));
	const blocks = [...fences, ...Object.entries(samples).map(([lang, code]) => ({ lang, code }))];
	assert.ok(blocks.length > 60, `${blocks.length} blocks`);
	for (const { lang, code } of blocks) {
		const language = ['text', 'txt'].includes(lang) ? 'plaintext' : lang;
		const ours = (await highlightFence(code, language)).children.find(
			(child) => child.type === 'element' && child.tagName === 'pre',
		)!;
		const shikis = await codeToHast(code, {
			lang: language,
			themes: CODE_THEMES,
			defaultColor: false,
			tokenizeTimeLimit: 0,
		});
		assert.deepEqual(paintedChars(ours), paintedChars(shikis), `${lang}: ${code.slice(0, 40)}`);
	}
});

test('lines are plain text between newlines, same-colour neighbours share one span, and text in the block’s colour has none', async () => {
	const html = toHtml(
		await highlightFence('curl -sv -L -o /dev/null \\\n  https://a.example/\necho done', 'bash'),
	);
	assert.doesNotMatch(html, /class="line"/);
	const code = /<code>([\s\S]*)<\/code>/.exec(html)?.[1] ?? '';
	assert.equal(
		code.replace(/<[^>]+>/g, ''),
		'curl -sv -L -o /dev/null \\\n  https://a.example/\necho done',
	);
	const tokens = [...code.matchAll(/<span class="([^"]*)">[^<]*<\/span>(?=<span)/g)];
	assert.ok(tokens.length > 0);
	for (const match of tokens) {
		const next = code.slice((match.index ?? 0) + match[0].length);
		assert.ok(!next.startsWith(`<span class="${match[1]}">`), `two neighbours share ${match[1]}`);
	}
	const blockColour = /<pre class="[^"]*\b(hl-\w+-\w+)/.exec(html)?.[1];
	assert.ok(blockColour);
	assert.ok(!code.includes(blockColour), `a token repeats the block's ${blockColour}`);
});

test('a fence title becomes the caption; without one the language does', async () => {
	const titled = toHtml(
		await highlightFence('auth_basic "x";', 'nginx', 'title="/etc/nginx/conf.d/site.conf"'),
	);
	assert.match(
		titled,
		/<figcaption class="code-title" data-pagefind-ignore="">\/etc\/nginx\/conf.d\/site.conf<\/figcaption><pre/,
	);
	const untitled = toHtml(await highlightFence('auth_basic "x";', 'nginx'));
	assert.match(
		untitled,
		/<figcaption class="code-title code-language" data-pagefind-ignore="">nginx<\/figcaption>/,
	);
	assert.doesNotMatch(toHtml(await highlightFence('plain words', 'text')), /figcaption/);
});

test('an unknown language falls back to plain text instead of failing the build', async () => {
	const html = toHtml(await highlightFence('<x>', 'no-such-language'));
	assert.match(html, /&#x3C;x>|&lt;x&gt;/);
	assert.doesNotMatch(html, /figcaption/);
});

test('fence titles: double or single quotes, anything else ignored', () => {
	assert.equal(fenceTitle('title="nginx.conf"'), 'nginx.conf');
	assert.equal(fenceTitle("ins={1} title='app.py'"), 'app.py');
	assert.equal(fenceTitle('showLineNumbers'), undefined);
	assert.equal(fenceTitle(undefined), undefined);
});

test('the copy button ships hidden, so no dead control shows without JavaScript', () => {
	const pre: Element = { type: 'element', tagName: 'pre', properties: {}, children: [] };
	const html = toHtml(codeFigure(pre, 'bash', 'A <title>'));
	assert.match(
		html,
		/^<figure class="code-block"><figcaption class="code-title" data-pagefind-ignore="">A &#x3C;title><\/figcaption><pre><\/pre>/,
	);
	assert.match(
		html,
		/<copy-code hidden data-pagefind-ignore=""><button type="button" class="copy-button">Copy<span class="sr-only"> code<\/span><\/button><\/copy-code><\/figure>$/,
	);
});

test('tables scroll in a focusable, labelled box', () => {
	assert.equal(
		toHtml(tableScroll()),
		'<section class="table-scroll" tabindex="0" aria-label="Table (scrolls sideways on narrow screens)"></section>',
	);
});

test('root-relative links get the base path; other links stay as written', () => {
	assert.equal(linkWithBase('/faq/', '/'), '/faq/');
	assert.equal(linkWithBase('/faq/#why', '/http401/'), '/http401/faq/#why');
	assert.equal(linkWithBase('//cdn.example/x', '/http401/'), '//cdn.example/x');
	assert.equal(
		linkWithBase('https://www.rfc-editor.org/rfc/rfc9110', '/http401/'),
		'https://www.rfc-editor.org/rfc/rfc9110',
	);
	assert.equal(linkWithBase('#section', '/http401/'), '#section');
});
