/**
 * Both code palettes from one pass of the grammar. Shiki tokenizes a block once per theme, which
 * made two-theme highlighting most of the build's cost. The two GitHub high-contrast themes share
 * their rules scope for scope, so a stand-in theme whose rule `i` paints the colour code `#0000ii`
 * tells, token by token, which rule won; the light and dark colours are then rule `i` of each.
 *
 * Tokens carry classes rather than style attributes: a class per colour pair (the stylesheet says
 * `light-dark(light, dark)` once), so the HTML is smaller, the browser parses no style per token,
 * and the Content-Security-Policy needs no `'unsafe-inline'` for styles.
 */
import type { ThemeRegistrationResolved } from 'shiki';

/** What a colour code of the stand-in theme paints, in each palette. */
export interface ColourPair {
	property: 'color' | 'background-color';
	light: string;
	dark: string;
}

/** The colours behind each colour code of the stand-in theme. */
export type ColourPairs = Map<string, ColourPair>;

const codeFor = (index: number) => `#${index.toString(16).padStart(6, '0').toUpperCase()}`;

/** A stand-in theme for `light` and `dark`, which must list the same scopes in the same order. */
export function dualTheme(
	light: ThemeRegistrationResolved,
	dark: ThemeRegistrationResolved,
	name: string,
): { theme: ThemeRegistrationResolved; pairs: ColourPairs } {
	const scopes = (theme: ThemeRegistrationResolved) =>
		JSON.stringify(theme.settings.map((rule) => [rule.scope, rule.settings.fontStyle]));
	if (scopes(light) !== scopes(dark)) {
		throw new Error(
			`${light.name} and ${dark.name} differ in their rules: one pass cannot serve both`,
		);
	}
	const pairs: ColourPairs = new Map();
	const paint = (
		property: ColourPair['property'],
		light: string | undefined,
		dark: string | undefined,
	) => {
		if (!light || !dark) return undefined;
		const code = codeFor(pairs.size + 1);
		pairs.set(code, { property, light, dark });
		return code;
	};
	const settings = light.settings.map((rule, index) => {
		const other = dark.settings[index]!.settings;
		const foreground = paint('color', rule.settings.foreground, other.foreground);
		const background = paint('background-color', rule.settings.background, other.background);
		return {
			...rule,
			settings: {
				...rule.settings,
				...(foreground ? { foreground } : {}),
				...(background ? { background } : {}),
			},
		};
	});
	const fg = paint('color', light.fg, dark.fg)!;
	const bg = paint('background-color', light.bg, dark.bg)!;
	return {
		theme: { ...light, name, colors: {}, colorReplacements: {}, settings, fg, bg },
		pairs,
	};
}

const hex = (colour: string) => {
	if (!/^#[0-9a-f]{3,8}$/i.test(colour)) throw new Error(`Not a hex colour: ${colour}`);
	return colour.slice(1).toLowerCase();
};

/**
 * A pair's class, named after its colours (`hl-0e1116-f0f3f6`, `hlbg-…` for backgrounds): HTML
 * that an earlier build cached can then never point at another pair's colours.
 */
export const pairClass = ({ property, light, dark }: ColourPair): string =>
	`${property === 'color' ? 'hl' : 'hlbg'}-${hex(light)}-${hex(dark)}`;

/** Shiki's font-style declarations, as the classes src/styles/code.css defines. */
const FONT_CLASSES: Record<string, string> = {
	'font-style:italic': 'hl-italic',
	'font-weight:bold': 'hl-bold',
	'text-decoration:underline': 'hl-underline',
	'text-decoration:line-through': 'hl-strike',
};

/**
 * The classes for a style Shiki wrote with the stand-in theme. A declaration without a class
 * stops the build: as a style attribute the CSP would block it, and the token would lose it.
 */
export function dualClasses(style: string, pairs: ColourPairs): string[] {
	return style
		.split(';')
		.filter(Boolean)
		.flatMap((declaration) => {
			const [property = '', value = ''] = declaration.split(':').map((part) => part.trim());
			const pair = pairs.get(value.toUpperCase());
			if (pair?.property === property) return [pairClass(pair)];
			// Shiki joins underline and line-through in one declaration.
			const classes = value.split(/\s+/).map((word) => FONT_CLASSES[`${property}:${word}`]);
			if (classes.every(Boolean)) return classes as string[];
			throw new Error(`No code-palette class for Shiki's "${declaration}"`);
		});
}

/** The stylesheet of every pair: one rule each, and light-dark() follows the site's theme. */
export function paletteCss(pairs: ColourPairs): string {
	const rules = new Set(
		[...pairs.values()].map(
			(pair) => `.${pairClass(pair)}{${pair.property}:light-dark(${pair.light},${pair.dark})}`,
		),
	);
	return [...rules].join('\n');
}
