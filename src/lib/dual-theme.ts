/**
 * Both code palettes from one pass of the grammar. Shiki tokenizes a block once per theme, which
 * made two-theme highlighting most of the build's cost. The two GitHub high-contrast themes share
 * their rules scope for scope, so a stand-in theme whose rule `i` paints the colour code `#0000ii`
 * tells, token by token, which rule won; the light and dark colours are then rule `i` of each.
 */
import type { ThemeRegistrationResolved } from 'shiki';

/** The light and dark colours behind each colour code of the stand-in theme. */
export type ColourPairs = Map<string, { light: string; dark: string }>;

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
	const paint = (light: string | undefined, dark: string | undefined) => {
		if (!light || !dark) return undefined;
		const code = codeFor(pairs.size + 1);
		pairs.set(code, { light, dark });
		return code;
	};
	const settings = light.settings.map((rule, index) => {
		const other = dark.settings[index]!.settings;
		const foreground = paint(rule.settings.foreground, other.foreground);
		const background = paint(rule.settings.background, other.background);
		return {
			...rule,
			settings: {
				...rule.settings,
				...(foreground ? { foreground } : {}),
				...(background ? { background } : {}),
			},
		};
	});
	const fg = paint(light.fg, dark.fg)!;
	const bg = paint(light.bg, dark.bg)!;
	return {
		theme: { ...light, name, colors: {}, colorReplacements: {}, settings, fg, bg },
		pairs,
	};
}

/**
 * Rewrites a style Shiki wrote with the stand-in theme into the CSS variables the site's code
 * styles read: `color` becomes `--shiki-light`/`--shiki-dark`, `background-color` their `-bg`
 * versions; other declarations (font-style) stay.
 */
export function dualStyle(style: string, pairs: ColourPairs): string {
	return style
		.split(';')
		.filter(Boolean)
		.map((declaration) => {
			const [property = '', value = ''] = declaration.split(':').map((part) => part.trim());
			const pair = pairs.get(value.toUpperCase());
			if (!pair || (property !== 'color' && property !== 'background-color')) return declaration;
			const suffix = property === 'color' ? '' : '-bg';
			return `--shiki-light${suffix}:${pair.light};--shiki-dark${suffix}:${pair.dark}`;
		})
		.join(';');
}
