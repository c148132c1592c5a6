/**
 * Sätteri hast plugins that give Markdown and MDX the same code blocks, tables and links. They do
 * their work at compile time, so no element needs a component at render time: optimised MDX keeps
 * its static parts as HTML strings, and Markdown entries render during content sync, outside Vite.
 */
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { tableScroll } from '../lib/content-html.ts';
import { linkWithBase } from '../lib/url.ts';
import { highlightFence } from './highlight.ts';

/** A fence's language: Sätteri's `data.lang`, or the `language-*` class Markdown gives `<code>`. */
function languageOf(code: { properties: Record<string, unknown>; data?: unknown }): string {
	const fromData = (code.data as { lang?: string } | undefined)?.lang;
	const classes = code.properties['className'];
	const named = Array.isArray(classes)
		? classes.map(String).find((name) => name.startsWith('language-'))
		: undefined;
	return fromData ?? named?.slice('language-'.length) ?? 'plaintext';
}

const codeBlocks = defineHastPlugin({
	name: 'site:code-blocks',
	element: {
		filter: ['pre'],
		async visit(node, ctx) {
			const code = node.children.find(
				(child) => child.type === 'element' && child.tagName === 'code',
			);
			if (code?.type !== 'element') return;
			const meta = (code.data as { meta?: string } | undefined)?.meta;
			const text = ctx.textContent(code).replace(/\n$/, '');
			ctx.replaceNode(node, await highlightFence(text, languageOf(code), meta));
		},
	},
});

const scrollingTables = defineHastPlugin({
	name: 'site:scrolling-tables',
	element: { filter: ['table'], visit: (node, ctx) => ctx.wrapNode(node, tableScroll()) },
});

const baseLinks = (base: string) =>
	defineHastPlugin({
		name: 'site:base-links',
		element: {
			filter: ['a'],
			visit(node, ctx) {
				const href = node.properties['href'];
				if (typeof href !== 'string') return;
				const based = linkWithBase(href, base);
				if (based !== href) ctx.setProperty(node, 'href', based);
			},
		},
	});

/** The plugins for `satteri({ hastPlugins })`; `base` is the site's base path. */
export function contentHtml(base: string): HastPluginEntry[] {
	return [codeBlocks, scrollingTables, baseLinks(base)];
}
