import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeToHtml } from 'shiki';
import { codeMeta } from '../../src/integrations/code-meta.ts';

// The same themes astro.config.mjs gives Shiki.
const themes = { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } as const;

const samples: Record<string, string> = {
	bash: 'curl -v -H "Authorization: Bearer $TOKEN" https://api.example.com/ # diagnose',
	shell: 'export TOKEN=abc && echo "$TOKEN"',
	http: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm="staging"',
	json: '{ "error": "invalid_token", "expires_in": 3600 }',
	javascript: 'const res = await fetch(url, { credentials: "include" });',
	typescript: 'const status: number = res.status === 401 ? 401 : 200;',
	python: 'r = requests.get(url, auth=("user", "pass"))\nprint(r.status_code)',
	nginx: 'location /admin/ {\n  auth_basic "Admin";\n  auth_basic_user_file /etc/nginx/.htpasswd;\n}',
	apache: 'AuthType Basic\nAuthName "Staging"\nRequire valid-user',
};

for (const [lang, code] of Object.entries(samples)) {
	test(`${lang} is highlighted in both palettes`, async () => {
		const html = await codeToHtml(code, { lang, themes, defaultColor: false });
		const colours = new Set(html.match(/--shiki-light:#[0-9a-f]{6}/gi));
		assert.ok(colours.size > 2, `${lang} produced ${colours.size} colours`);
		assert.match(html, /--shiki-dark:#/);
	});
}

test('a fence title and the language reach the <pre> as data attributes', async () => {
	const html = await codeToHtml('auth_basic "x";', {
		lang: 'nginx',
		themes,
		defaultColor: false,
		meta: { __raw: 'title="/etc/nginx/conf.d/site.conf"' },
		transformers: [codeMeta()],
	});
	assert.match(html, /<pre[^>]*data-title="\/etc\/nginx\/conf.d\/site.conf"/);
	assert.match(html, /<pre[^>]*data-language="nginx"/);
});
