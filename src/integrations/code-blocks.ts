/**
 * Code fences, highlighted by Astro's own Shiki (`markdown.shikiConfig`, for .md and .mdx alike) and
 * made into the site's code figure. Tokens carry classes, not style attributes, so the
 * Content-Security-Policy needs no `'unsafe-inline'` for styles: Shiki's dual-theme style
 * `--shiki-light:#a0111f;--shiki-dark:#ff9492` becomes the classes `l-a0111f d-ff9492`. The stylesheet
 * (`virtual:code-palette.css`) has a rule for every colour either theme defines, so it is finite and
 * the same whatever content is built.
 */
import { transformerMetaHighlight, transformerNotationDiff } from '@shikijs/transformers';
import type { AstroIntegration, AstroUserConfig } from 'astro';
import type { Element, ElementContent } from 'hast';
import { bundledThemes, normalizeTheme, type ShikiTransformer } from 'shiki';
import type { Plugin } from 'vite';
import { codeFigure, fenceTitle } from '../lib/content-elements.ts';

/** The high-contrast GitHub palettes keep every token at 4.5:1 or more (WCAG AA). */
export const CODE_THEMES = {
	light: 'github-light-high-contrast',
	dark: 'github-dark-high-contrast',
} as const;

type Side = keyof typeof CODE_THEMES;
const SIDES = Object.keys(CODE_THEMES) as Side[];

/** The two themes as Shiki resolves them: their block colours and every rule's colours. */
const themes = {
	light: normalizeTheme((await bundledThemes[CODE_THEMES.light]()).default),
	dark: normalizeTheme((await bundledThemes[CODE_THEMES.dark]()).default),
};

const hex = (colour: string) => {
	if (!/^#[0-9a-f]{3,8}$/i.test(colour)) throw new Error(`Not a hex colour: ${colour}`);
	return colour.slice(1).toLowerCase();
};

/** `l-0e1116` sets the light theme's colour, `d-f0f3f6` the dark one's. */
const colourClass = (side: Side, colour: string) => `${side[0]}-${hex(colour)}`;

/** The themes' font styles (Shiki writes them as CSS declarations), as classes. */
const FONT_CLASSES: Record<string, Record<string, string>> = {
	'font-style': { italic: 'hl-italic' },
	'font-weight': { bold: 'hl-bold' },
	'text-decoration': { underline: 'hl-underline', 'line-through': 'hl-strike' },
};

/**
 * A token's classes, from the style Shiki gives it with `defaultColor: false`. A colour the block
 * has too needs no class: the token inherits it. A style with no class stops the build: as a style
 * attribute the CSP would block it, and the reader would lose it.
 */
function tokenClasses(style: Record<string, string>): string[] {
	const classes: string[] = [];
	for (const side of SIDES) {
		const colour = style[`--shiki-${side}`];
		if (colour && colour !== 'inherit' && hex(colour) !== hex(themes[side].fg)) {
			classes.push(colourClass(side, colour));
		}
	}
	for (const [property, values] of Object.entries(FONT_CLASSES)) {
		const light = style[`--shiki-light-${property}`] ?? 'inherit';
		const dark = style[`--shiki-dark-${property}`] ?? 'inherit';
		if (light !== dark) {
			throw new Error(
				`The code themes differ in ${property} (${light}, ${dark}): no class says both`,
			);
		}
		if (light === 'inherit') continue;
		// Shiki joins underline and line-through in one declaration.
		for (const value of light.split(' ')) {
			const name = values[value];
			if (!name) throw new Error(`No code-palette class for ${property}: ${value}`);
			classes.push(name);
		}
	}
	// Token backgrounds (`--shiki-light-bg`) are left out on purpose: only the block has one, and
	// token contrast is checked against it.
	return classes;
}

/** An element's classes: Shiki writes them as a string or, once a transformer adds one, a list. */
const classesOf = (node: Element): string[] =>
	[node.properties['class']].flat().join(' ').split(' ').filter(Boolean);

const isElement = (node: ElementContent): node is Element => node.type === 'element';

/** A span with nothing on it, or a line with no mark, gives way to what it holds. */
const unwrap = (node: ElementContent, bare: (element: Element) => boolean): ElementContent[] =>
	isElement(node) && node.tagName === 'span' && bare(node) ? node.children : [node];

function trimEnd(node: Element): void {
	const last = node.children.at(-1);
	if (last?.type === 'text') last.value = last.value.trimEnd();
	else if (last?.type === 'element') trimEnd(last);
}

/**
 * Shiki's output made small and CSP-safe: classes for styles, no span for text in the block's own
 * colour, same-colour neighbours in one span, and no wrapper for a line that no mark needs.
 */
const paletteClasses: ShikiTransformer = {
	name: 'site:palette-classes',
	preprocess(_code, options) {
		// Astro passes Shiki no tokenizer options, so they are set here (Shiki's own transformers
		// change these options the same way). Shiki stops a line after 500 ms by default, which a
		// busy machine reaches while a grammar first compiles: the rest of the line lost its colours.
		options.tokenizeTimeLimit = 0;
		options.mergeSameStyleTokens = true;
	},
	tokens(lines) {
		for (const token of lines.flat()) {
			const classes = tokenClasses(token.htmlStyle ?? {});
			token.htmlStyle = {};
			if (classes.length > 0) token.htmlAttrs = { ...token.htmlAttrs, class: classes.join(' ') };
		}
	},
	line(line) {
		// Astro sets a diff fence's +/- apart with an inline style.
		const inTokens = line.children.filter(isElement).flatMap((token) => token.children);
		for (const sign of inTokens.filter(isElement)) {
			if (sign.properties['style'] === 'user-select: none;') {
				delete sign.properties['style'];
				this.addClassToHast(sign, 'hl-unselectable');
			}
		}
	},
	code(code) {
		const bare = (span: Element) => Object.keys(span.properties).length === 0;
		for (const line of code.children.filter(isElement)) {
			line.children = line.children.flatMap((token) => unwrap(token, bare));
			// A `[!code ++]` comment leaves the spaces before it, which a reader would copy.
			if (classesOf(line).includes('diff')) trimEnd(line);
		}
		code.children = code.children.flatMap((line) =>
			unwrap(line, (span) => classesOf(span).join(' ') === 'line'),
		);
	},
	pre(pre) {
		// The block's colours are the stylesheet's `.astro-code` rule; Astro's classes name the themes,
		// and the caption the language.
		delete pre.properties['style'];
		delete pre.properties['dataLanguage'];
		const themeClasses = ['astro-code-themes', ...Object.values(CODE_THEMES)];
		pre.properties['class'] = classesOf(pre).filter((name) => !themeClasses.includes(name));
	},
};

/** The site's figure around the block: its title (`title="…"` in the fence) or language, and a copy button. */
const figure: ShikiTransformer = {
	name: 'site:code-figure',
	root(root) {
		const pre = root.children.find((node) => node.type === 'element') as Element;
		const title = fenceTitle(this.options.meta?.__raw);
		return { type: 'root', children: [codeFigure(pre, this.options.lang, title)] };
	},
};

/** For `markdown.shikiConfig`. */
export const shikiConfig = {
	themes: CODE_THEMES,
	// Every colour is a CSS variable (then a class), none a plain `color`.
	defaultColor: false,
	// The site's stylesheet decides how a block scrolls, so Astro adds no style for it.
	wrap: null,
	transformers: [
		// `{2,4-5}` in the fence meta marks lines, `// [!code ++]` and `// [!code --]` added and
		// removed ones (in the language's own comment syntax).
		transformerMetaHighlight(),
		transformerNotationDiff(),
		paletteClasses,
		figure,
	],
} satisfies NonNullable<AstroUserConfig['markdown']>['shikiConfig'];

/**
 * The palette's stylesheet, from the two themes: every foreground colour they define, as a
 * variable `light-dark()` picks from, so code follows the site's theme like everything else.
 */
export function paletteStylesheet(): string {
	const { light, dark } = themes;
	const rules = [
		`.astro-code{--shiki-light:${light.fg};--shiki-dark:${dark.fg};background-color:light-dark(${light.bg},${dark.bg})}`,
		'.astro-code,.astro-code span{color:light-dark(var(--shiki-light),var(--shiki-dark))}',
	];
	for (const side of SIDES) {
		const colours = new Map<string, string>();
		for (const { settings } of themes[side].settings) {
			if (settings.foreground)
				colours.set(colourClass(side, settings.foreground), settings.foreground);
		}
		// A token in the block's own colour carries no class (see `tokenClasses`).
		colours.delete(colourClass(side, themes[side].fg));
		for (const [name, colour] of colours) rules.push(`.${name}{--shiki-${side}:${colour}}`);
	}
	rules.push(
		'.hl-italic{font-style:italic}',
		'.hl-bold{font-weight:bold}',
		'.hl-underline{text-decoration-line:underline}',
		'.hl-strike{text-decoration-line:line-through}',
		'.hl-underline.hl-strike{text-decoration-line:underline line-through}',
		'.hl-unselectable{user-select:none}',
	);
	return `@layer content {\n${rules.join('\n')}\n}\n`;
}

const PALETTE = 'virtual:code-palette.css';

/** Serves the palette's stylesheet (src/components/BaseHead.astro imports it). */
export function codePalette(): AstroIntegration {
	const plugin: Plugin = {
		name: 'site:code-palette',
		resolveId: (id) => (id === PALETTE ? `\0${PALETTE}` : undefined),
		load: (id) => (id === `\0${PALETTE}` ? paletteStylesheet() : undefined),
	};
	return {
		name: 'site:code-palette',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { plugins: [plugin] } });
			},
		},
	};
}
