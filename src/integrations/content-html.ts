/**
 * Sätteri hast plugins that give Markdown and MDX the same code blocks, tables and links. They do
 * their work at compile time, so no element needs a component at render time: optimised MDX keeps
 * its static parts as HTML strings, and Markdown entries render during content sync, outside Vite.
 */
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { createHighlighter, type BundledLanguage, type Highlighter } from 'shiki';
import { createOnigurumaEngine } from 'shiki/engine/oniguruma';
import type { Element } from 'hast';
import { codeFigure, fenceTitle, linkWithBase, tableScroll } from '../lib/content-html.ts';
import { dualStyle, dualTheme, type ColourPairs } from '../lib/dual-theme.ts';

/** The high-contrast GitHub palettes keep every token at 4.5:1 or more (WCAG AA). */
export const CODE_THEMES = {
	light: 'github-light-high-contrast',
	dark: 'github-dark-high-contrast',
} as const;

/** The stand-in theme that paints both palettes in one pass (see src/lib/dual-theme.ts). */
const DUAL = 'site-dual';

interface Highlighting {
	shiki: Highlighter;
	pairs: ColourPairs;
}

let highlighting: Promise<Highlighting> | undefined;

async function createHighlighting(): Promise<Highlighting> {
	const shiki = await createHighlighter({
		themes: Object.values(CODE_THEMES),
		langs: [],
		engine: createOnigurumaEngine(import('shiki/wasm')),
	});
	const { theme, pairs } = dualTheme(
		shiki.getTheme(CODE_THEMES.light),
		shiki.getTheme(CODE_THEMES.dark),
		DUAL,
	);
	await shiki.loadTheme(theme);
	return { shiki, pairs };
}

/** One highlighter per build; a grammar loads the first time a fence asks for it. */
async function loadGrammar(language: string): Promise<Highlighting & { lang: string }> {
	highlighting ??= createHighlighting();
	const loaded = await highlighting;
	if (language === 'plaintext' || loaded.shiki.getLoadedLanguages().includes(language)) {
		return { ...loaded, lang: language };
	}
	try {
		await loaded.shiki.loadLanguage(language as BundledLanguage);
		return { ...loaded, lang: language };
	} catch {
		console.warn(`[content-html] No grammar for "${language}": the block is shown as plain text.`);
		return { ...loaded, lang: 'plaintext' };
	}
}

const restyle = (node: Element, pairs: ColourPairs) => {
	const style = node.properties['style'];
	if (typeof style === 'string') node.properties['style'] = dualStyle(style, pairs);
};

/** A fence as the site's code figure; colours are CSS variables, so code follows the site theme. */
export async function highlightFence(
	code: string,
	language: string,
	meta?: string,
): Promise<Element> {
	const { shiki, pairs, lang } = await loadGrammar(language);
	const root = shiki.codeToHast(code, {
		lang,
		theme: DUAL,
		// Fewer elements to parse and lay out: same-colour neighbours share one span, and lines are
		// plain text between newlines rather than a span each (nothing styles or scripts a line).
		mergeSameStyleTokens: true,
		transformers: [
			{
				span(node) {
					restyle(node, pairs);
				},
				code(node) {
					node.children = node.children.flatMap((line) =>
						line.type === 'element' && line.tagName === 'span' ? line.children : [line],
					);
				},
				pre(node) {
					restyle(node, pairs);
					node.properties['class'] =
						`astro-code astro-code-themes ${Object.values(CODE_THEMES).join(' ')}`;
				},
			},
		],
	});
	return codeFigure(root.children[0] as Element, lang, fenceTitle(meta));
}

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
