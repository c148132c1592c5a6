import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { transformerNotationDiff } from '@shikijs/transformers';
import type { Element, ElementContent, Root } from 'hast';
import { codeToHast } from 'shiki';
import { htmlToHast } from 'satteri';
import { toHtml } from 'hast-util-to-html';
import { CODE_THEMES, paletteStylesheet, shikiConfig } from '../../src/integrations/code-blocks.ts';
import { codeFigure, fenceTitle, plainPre, tableScroll } from '../../src/lib/content-elements.ts';
import { linkWithBase } from '../../src/lib/url.ts';

// The Markdown pipeline the build runs, with the site's Shiki config.
const markdown = await createSatteriMarkdownProcessor({ shikiConfig });

/** A fence as the reader gets it: the HTML the build writes for it. */
async function fence(code: string, info = ''): Promise<string> {
	return (await markdown.render(`\`\`\`${info}\n${code}\n\`\`\`\n`)).code;
}

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
	// The themes' font styles.
	markdown: '# Setup\n\n*Never* log the **token**; ~~Basic~~ [docs](https://example.com/).',
};

for (const [lang, code] of Object.entries(samples)) {
	test(`${lang} is highlighted in both themes, with classes and no style attribute`, async () => {
		const html = await fence(code, lang);
		assert.ok(new Set(html.match(/\bl-[0-9a-f]{6}\b/g)).size >= 2, `${lang}: light colours`);
		assert.ok(new Set(html.match(/\bd-[0-9a-f]{6}\b/g)).size >= 2, `${lang}: dark colours`);
		assert.match(html, /<pre class="astro-code"/);
		assert.doesNotMatch(html, /style=/);
	});
}

/** What each rule of the palette's stylesheet declares, by its one class: `l-a0111f` → `--shiki-light:#a0111f`. */
const paletteRules = new Map(
	[...paletteStylesheet().matchAll(/^\.([\w-]+)\{([^}]*)\}$/gm)].map(([, name, body]) => [
		name!,
		body!,
	]),
);

interface Paint {
	light: string;
	dark: string;
	fonts: string[];
}

/** A paint with the declarations applied: Shiki's (`--shiki-light-font-style:italic`) or the palette's. */
function applied(paint: Paint, declarations: string): Paint {
	const next = { ...paint, fonts: [...paint.fonts] };
	for (const declaration of declarations.split(';')) {
		const [property = '', value = ''] = declaration.split(':').map((part) => part.trim());
		if (value === 'inherit') continue;
		if (property === '--shiki-light') next.light = value.toLowerCase();
		else if (property === '--shiki-dark') next.dark = value.toLowerCase();
		else if (/^(--shiki-light-)?(font-style|font-weight|text-decoration(-line)?)$/.test(property))
			next.fonts.push(...value.split(' '));
	}
	return next;
}

/** Each visible character of a block with the colours (light and dark) and font styles it shows. */
function paintedChars(node: ElementContent | Root, paint: Paint): string[] {
	// A space shows no colour, and Shiki joins it to either neighbour.
	if (node.type === 'text')
		return [...node.value].map((char) =>
			/\s/.test(char)
				? char
				: `${char} ${paint.light} ${paint.dark} ${[...new Set(paint.fonts)].sort()}`,
		);
	if (node.type !== 'element' && node.type !== 'root') return [];
	let own = paint;
	if (node.type === 'element') {
		own = applied(own, String(node.properties['style'] ?? ''));
		const classes = [node.properties['className'] ?? node.properties['class'] ?? []].flat();
		for (const name of classes.join(' ').split(' '))
			own = applied(own, paletteRules.get(name) ?? '');
	}
	return node.children.flatMap((child) => paintedChars(child as ElementContent, own));
}

const UNPAINTED: Paint = { light: 'none', dark: 'none', fonts: [] };

/** A block's painted lines, without the spaces a `[!code ++]` comment leaves (ours drops them). */
const painted = (block: Root) =>
	paintedChars(block, UNPAINTED)
		.join('')
		.split('\n')
		.map((line) => line.trimEnd());

test('every fence on the site is painted as Shiki paints it, character by character', async () => {
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
		const pre = /<pre[\s\S]*<\/pre>/.exec(await fence(code, lang))?.[0] ?? '';
		const ours = htmlToHast(pre, { fragment: true }) as Root;
		const shikis = await codeToHast(code, {
			lang: ['text', 'txt'].includes(lang) ? 'plaintext' : lang,
			themes: CODE_THEMES,
			defaultColor: false,
			// As the site's config does: a busy machine must not cut a line's colours short.
			tokenizeTimeLimit: 0,
			// `[!code ++]` comments leave the page.
			transformers: [transformerNotationDiff()],
		});
		assert.deepEqual(painted(ours), painted(shikis), `${lang}: ${code.slice(0, 40)}`);
	}
});

test('a token class names its colour, and the stylesheet sets that colour for its theme', async () => {
	const html = await fence('let token = null; // none yet', 'javascript');
	const [, light] = /class="l-([0-9a-f]{6})[^"]*">let</.exec(html) ?? [];
	assert.ok(light, html);
	assert.match(paletteStylesheet(), new RegExp(`\\.l-${light}\\{--shiki-light:#${light}\\}`));
	assert.match(paletteStylesheet(), /\.astro-code,\.astro-code span\{color:light-dark\(/);
});

test('the stylesheet comes from the themes, not from the content', async () => {
	const before = paletteStylesheet();
	await fence(Object.values(samples).join('\n'), 'bash');
	assert.equal(paletteStylesheet(), before);
	// Each theme's dozen colours and the font styles.
	assert.ok(paletteRules.size > 20 && paletteRules.size < 40, `${paletteRules.size} rules`);
});

test('lines without a mark are plain text between newlines, and text in the block’s colour has no span', async () => {
	const html = await fence('curl -sv -L -o /dev/null \\\n  https://a.example/\necho done', 'bash');
	assert.doesNotMatch(html, /class="line"/);
	const code = /<code>([\s\S]*)<\/code>/.exec(html)?.[1] ?? '';
	assert.equal(
		code.replace(/<[^>]+>/g, ''),
		'curl -sv -L -o /dev/null \\\n  https://a.example/\necho done',
	);
	assert.doesNotMatch(code, /<span>/);
	for (const match of code.matchAll(/<span class="([^"]*)">[^<]*<\/span>(?=<span)/g)) {
		const next = code.slice((match.index ?? 0) + match[0].length);
		assert.ok(!next.startsWith(`<span class="${match[1]}">`), `two neighbours share ${match[1]}`);
	}
});

test('`{2,4-5}` in the fence meta highlights those lines', async () => {
	const html = await fence('one\ntwo\nthree\nfour\nfive', 'text {2,4-5} title="Lines"');
	const marked = [...html.matchAll(/<span class="line highlighted">([^<]*)<\/span>/g)];
	assert.deepEqual(
		marked.map((match) => match[1]),
		['two', 'four', 'five'],
	);
	assert.match(html, /<figcaption class="code-title" data-pagefind-ignore="">Lines<\/figcaption>/);
});

test('`[!code ++]` and `[!code --]` mark added and removed lines, and leave no comment behind', async () => {
	const html = await fence(
		"app.use(cors());\napp.use(auth()); // [!code --]\napp.use(auth({ skip: 'OPTIONS' })); // [!code ++]",
		'javascript',
	);
	assert.match(html, /<pre class="astro-code has-diff"/);
	const lines = (kind: string) =>
		[
			...html.matchAll(
				new RegExp(`<span class="line diff ${kind}">(.*?)</span>(?=\n|</code>)`, 'g'),
			),
		].map((match) => match[1]!.replace(/<[^>]+>/g, '').trim());
	assert.deepEqual(lines('remove'), ['app.use(auth());']);
	assert.deepEqual(lines('add'), ["app.use(auth({ skip: 'OPTIONS' }));"]);
	assert.doesNotMatch(html, /!code/);
	assert.doesNotMatch(html, /style=/);
});

test('a diff fence keeps its +/- apart without a style attribute', async () => {
	const html = await fence('-Basic\n+Bearer', 'diff');
	assert.doesNotMatch(html, /style=/);
	assert.match(html, /class="hl-unselectable"/);
});

test('a fence title becomes the caption; without one the language does', async () => {
	const titled = await fence('auth_basic "x";', 'nginx title="/etc/nginx/conf.d/site.conf"');
	assert.match(
		titled,
		/<figure class="code-block"><figcaption class="code-title" data-pagefind-ignore="">\/etc\/nginx\/conf.d\/site.conf<\/figcaption><pre/,
	);
	assert.match(
		await fence('auth_basic "x";', 'nginx'),
		/<figcaption class="code-title code-language" data-pagefind-ignore="">nginx<\/figcaption>/,
	);
	assert.doesNotMatch(await fence('plain words', 'text'), /figcaption/);
});

test('an unknown language falls back to plain text instead of failing the build', async () => {
	const html = await fence('<x>', 'no-such-language');
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

test('plain text outside a fence makes the same block as a `text` fence', async () => {
	const built = toHtml(codeFigure(plainPre('Unauthorized\nToken expired'), 'plaintext'));
	assert.equal(`${built}\n`, await fence('Unauthorized\nToken expired', 'text'));
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
