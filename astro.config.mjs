// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { pagefind } from './src/integrations/pagefind.ts';
import { codeMeta } from './src/integrations/code-meta.ts';
import { headersFile } from './src/integrations/headers-file.ts';

// Deployments set these; the defaults serve the site at a domain root.
const site = process.env.SITE_URL ?? 'https://http401.example';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// A few kilobytes of CSS inline beat a render-blocking request on every first visit.
	build: { inlineStylesheets: 'always' },
	integrations: [mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') }), pagefind(), headersFile()],
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			// Pagefind compiles its WebAssembly search engine; nothing else needs eval of any kind.
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			// Shiki colours tokens with style attributes; no <style> element is inline-allowed.
			styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
		},
	},
	markdown: {
		shikiConfig: {
			// The high-contrast GitHub palettes keep every token at 4.5:1 or more (WCAG AA).
			themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
			// Colours come from CSS variables so the code follows the site theme, not only the OS.
			defaultColor: false,
			transformers: [codeMeta()],
		},
	},
});
