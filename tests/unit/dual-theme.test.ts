import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ThemeRegistrationResolved } from 'shiki';
import { dualStyle, dualTheme } from '../../src/lib/dual-theme.ts';

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
	assert.deepEqual(pairs.get(codes[1]!), { light: '#222222', dark: '#bbbbbb' });
	assert.deepEqual(pairs.get(standIn.bg), { light: '#ffffff', dark: '#000000' });
});

test('themes whose rules differ are refused rather than painted wrongly', () => {
	const other = theme(
		'other',
		['#eeeeee', '#000000', '#aaaaaa', '#bbbbbb'],
		['comment', 'keyword'],
	);
	assert.throws(() => dualTheme(light, other, 'both'), /differ in their rules/);
});

test('styles become the CSS variables of both palettes; other declarations stay', () => {
	const { theme: standIn, pairs } = dualTheme(light, dark, 'both');
	const code = standIn.settings[0]!.settings.foreground!;
	assert.equal(
		dualStyle(`color:${code.toLowerCase()};font-style:italic`, pairs),
		'--shiki-light:#111111;--shiki-dark:#aaaaaa;font-style:italic',
	);
	assert.equal(
		dualStyle(`background-color:${standIn.bg};color:${standIn.fg}`, pairs),
		'--shiki-light-bg:#ffffff;--shiki-dark-bg:#000000;--shiki-light:#000000;--shiki-dark:#eeeeee',
	);
	assert.equal(dualStyle('color:#123456', pairs), 'color:#123456');
});
