import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ThemeRegistrationResolved } from 'shiki';
import { dualClasses, dualTheme, paletteCss } from '../../src/lib/dual-theme.ts';

const theme = (name: string, colours: string[], scopes = ['comment', 'string']) =>
	({
		name,
		type: 'light',
		fg: colours[0],
		bg: colours[1],
		settings: scopes.map((scope, index) => ({
			scope,
			settings: { foreground: colours[index + 2] },
		})),
	}) as unknown as ThemeRegistrationResolved;

const light = theme('light', ['#000000', '#ffffff', '#111111', '#222222']);
const dark = theme('dark', ['#eeeeee', '#000000', '#aaaaaa', '#bbbbbb']);

test('each rule gets its own colour code, which names its light and dark colours', () => {
	const { theme: standIn, pairs } = dualTheme(light, dark, 'both');
	const codes = standIn.settings.map((rule) => rule.settings.foreground!);
	assert.equal(new Set([...codes, standIn.fg, standIn.bg]).size, 4);
	assert.deepEqual(pairs.get(codes[1]!), { property: 'color', light: '#222222', dark: '#bbbbbb' });
	assert.deepEqual(pairs.get(standIn.bg), {
		property: 'background-color',
		light: '#ffffff',
		dark: '#000000',
	});
});

test('themes whose rules differ are refused rather than painted wrongly', () => {
	const other = theme(
		'other',
		['#eeeeee', '#000000', '#aaaaaa', '#bbbbbb'],
		['comment', 'keyword'],
	);
	assert.throws(() => dualTheme(light, other, 'both'), /differ in their rules/);
});

test('styles become classes named after both colours; font styles get their own', () => {
	const { theme: standIn, pairs } = dualTheme(light, dark, 'both');
	const code = standIn.settings[0]!.settings.foreground!;
	assert.deepEqual(dualClasses(`color:${code.toLowerCase()};font-style:italic`, pairs), [
		'hl-111111-aaaaaa',
		'hl-italic',
	]);
	assert.deepEqual(dualClasses(`background-color:${standIn.bg};color:${standIn.fg}`, pairs), [
		'hlbg-ffffff-000000',
		'hl-000000-eeeeee',
	]);
	assert.deepEqual(dualClasses('text-decoration:underline line-through', pairs), [
		'hl-underline',
		'hl-strike',
	]);
});

test('a style the palette has no class for stops the build instead of being dropped', () => {
	const { pairs } = dualTheme(light, dark, 'both');
	assert.throws(() => dualClasses('color:#123456', pairs), /No code-palette class.*#123456/);
	assert.throws(() => dualClasses('font-style:oblique', pairs), /font-style:oblique/);
});

test('the palette has one rule per colour pair, which follows the page theme', () => {
	// Both rules paint the same pair: one class, one rule.
	const { pairs } = dualTheme(
		theme('light', ['#000000', '#ffffff', '#111111', '#111111']),
		theme('dark', ['#eeeeee', '#000000', '#aaaaaa', '#aaaaaa']),
		'both',
	);
	assert.equal(pairs.size, 4);
	assert.deepEqual(paletteCss(pairs).split('\n'), [
		'.hl-111111-aaaaaa{color:light-dark(#111111,#aaaaaa)}',
		'.hl-000000-eeeeee{color:light-dark(#000000,#eeeeee)}',
		'.hlbg-ffffff-000000{background-color:light-dark(#ffffff,#000000)}',
	]);
});
