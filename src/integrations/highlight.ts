/**
 * Highlights code fences with Shiki into the site's code figure. One highlighter serves the whole
 * build, and one pass of the grammar paints both palettes (see src/lib/dual-theme.ts).
 */
import type { Element } from 'hast';
import { createHighlighter, type BundledLanguage, type Highlighter } from 'shiki';
import { createOnigurumaEngine } from 'shiki/engine/oniguruma';
import { codeFigure, fenceTitle } from '../lib/content-html.ts';
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

/**
 * Frees the highlighter (its grammars and WebAssembly memory); a later fence creates a new one.
 * The build calls it once every page is bundled, before rendering, the phase that peaks in memory.
 */
export async function releaseHighlighter(): Promise<void> {
	const releasing = highlighting;
	highlighting = undefined;
	(await releasing)?.shiki.dispose();
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
