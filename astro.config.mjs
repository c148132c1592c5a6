// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { lastmodFromGit } from './src/lib/sitemap-dates.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { contentDirectives, contentHtml, pageFacts } from './src/integrations/markdown-plugins.ts';
import { headersFile } from './src/integrations/headers-file.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { codePalette, shikiConfig } from './src/integrations/code-blocks.ts';

// Deployments set these; the defaults serve the site at a domain root.
const site = process.env.SITE_URL ?? 'https://http401.example';
const base = process.env.BASE_PATH ?? '/';
// A second build (the sub-path tests) goes to its own folder; the search indexer reads the same variable.
const outDir = process.env.DIST_DIR ?? 'dist';

// Directives, tables and links get their final HTML at compile time (code blocks: shikiConfig), in
// Markdown and MDX alike: both go through this one pipeline.
const processor = satteri({
	mdastPlugins: [pageFacts, contentDirectives],
	hastPlugins: contentHtml(base),
	features: { directive: true },
});

export default defineConfig({
	site,
	base,
	outDir,
	trailingSlash: 'always',
	build: {
		// A few kilobytes of CSS inline beat a render-blocking request on every first visit.
		inlineStylesheets: 'always',
		// Four pages render at a time, so writing one page's file overlaps rendering the next.
		concurrency: 4,
	},
	vite: {
		build: {
			// Page scripts up to 8 kB go inline (Astro hashes them for the CSP): one request fewer on
			// the critical path is worth more than caching a few kilobytes. Other assets: Vite's default.
			assetsInlineLimit: (file, content) =>
				file.endsWith('.js') ? content.length < 8192 : undefined,
		},
	},
	integrations: [
		// The stylesheet behind the code blocks' colour classes.
		codePalette(),
		// `optimize` compiles MDX's static parts to HTML strings rather than a call per element.
		mdx({ optimize: true, processor }),
		sitemap({ filter: (page) => !page.endsWith('/404/'), serialize: lastmodFromGit(base) }),
		headersFile(),
		searchIndex(),
	],
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
			// Same-origin scripts and the hashed inline ones, no eval; Pagefind's search compiles its
			// WebAssembly, which 'wasm-unsafe-eval' allows (it allows no JavaScript eval).
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			// Same-origin and hashed inline styles only: code tokens are coloured by classes.
			styleDirective: { resources: ["'self'"] },
		},
	},
	markdown: {
		// Shiki, with both themes and the site's code figure; MDX uses the same processor. Astro warns
		// that Shiki's inline styles clash with the CSP: these transformers leave none (csp.spec.ts).
		shikiConfig,
		processor,
	},
});
