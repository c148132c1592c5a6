/**
 * Highlights code fences with Shiki into the site's code figure. One highlighter serves the whole
 * build, and one pass of the grammar paints both palettes (see src/lib/dual-theme.ts). The build
 * runs it on a worker thread (src/integrations/highlight-thread.ts); tests call it directly.
 */
import type { Element, ElementContent } from 'hast';
import { createHighlighter, type BundledLanguage, type Highlighter } from 'shiki';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { codeFigure, fenceTitle } from '../lib/content-html.ts';
import {
	dualClasses,
	dualTheme,
	pairClass,
	paletteCss,
	type ColourPairs,
} from '../lib/dual-theme.ts';

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
	/** The classes for a style Shiki wrote. A few dozen styles recur, so each is worked out once. */
	classesOf: (style: string) => string;
	/** The class of the block's own text colour, which a token inherits without it. */
	plain: string;
}

let highlighting: Promise<Highlighting> | undefined;

async function createHighlighting(): Promise<Highlighting> {
	const shiki = await createHighlighter({
		themes: Object.values(CODE_THEMES),
		langs: [],
		// The grammars' regular expressions as JavaScript ones: the same tokens as Oniguruma's
		// WebAssembly for every fence on the site, and quicker over a whole build.
		engine: createJavaScriptRegexEngine(),
	});
	const { theme, pairs } = dualTheme(
		shiki.getTheme(CODE_THEMES.light),
		shiki.getTheme(CODE_THEMES.dark),
		DUAL,
	);
	await shiki.loadTheme(theme);
	const known = new Map<string, string>();
	const classesOf = (style: string) => {
		let classes = known.get(style);
		if (classes === undefined) known.set(style, (classes = dualClasses(style, pairs).join(' ')));
		return classes;
	};
	return { shiki, pairs, classesOf, plain: pairClass(pairs.get(theme.fg)!) };
}

/** One highlighter per build; a grammar loads the first time a fence asks for it. */
async function loadGrammar(language: string): Promise<Highlighting & { lang: string }> {
	const loaded = await (highlighting ??= createHighlighting());
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

/** Shiki's style attribute becomes the palette's classes, after the `classes` given. */
function styleToClasses(
	node: Element,
	classesOf: Highlighting['classesOf'],
	...classes: string[]
): void {
	const style = node.properties['style'];
	delete node.properties['style'];
	if (typeof style === 'string') classes.push(classesOf(style));
	if (classes.length > 0) node.properties['class'] = classes.join(' ');
}

/**
 * The palette's classes as a stylesheet. It is made from the themes, not from the fences, so every
 * page gets the same one.
 */
export async function paletteStylesheet(): Promise<string> {
	const { pairs } = await (highlighting ??= createHighlighting());
	return `@layer content {\n${paletteCss(pairs)}\n}\n`;
}

/** A fence as the site's code figure; its colours are classes of the palette, in both themes. */
export async function highlightFence(
	code: string,
	language: string,
	meta?: string,
): Promise<Element> {
	const { shiki, classesOf, plain, lang } = await loadGrammar(language);
	const root = shiki.codeToHast(code, {
		lang,
		theme: DUAL,
		// Fewer elements to parse and lay out: same-colour neighbours share one span, lines are
		// plain text between newlines rather than a span each (nothing styles or scripts a line),
		// and tokens in the block's own colour are text that inherits it.
		mergeSameStyleTokens: true,
		// Shiki stops tokenizing a line after 500 ms by default, which a busy machine can reach while
		// the grammar's regular expressions first compile: the rest of the line then loses its colours.
		tokenizeTimeLimit: 0,
		transformers: [
			{
				span(node) {
					styleToClasses(node, classesOf);
				},
				code(node) {
					const unwrap = (child: ElementContent) =>
						child.type === 'element' && child.tagName === 'span' ? child.children : [child];
					node.children = node.children
						.flatMap(unwrap)
						.flatMap((token) =>
							token.type === 'element' && token.properties['class'] === plain
								? unwrap(token)
								: [token],
						);
				},
				pre(node) {
					styleToClasses(node, classesOf, 'astro-code', ...Object.values(CODE_THEMES));
				},
			},
		],
	});
	return codeFigure(root.children[0] as Element, lang, fenceTitle(meta));
}
