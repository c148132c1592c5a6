import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
	KB,
	anyExceeded,
	assetKind,
	checkBudgets,
	emptyTally,
	markdownTable,
	retag,
	tallyOf,
	totalOf,
	type BenchFigures,
	type PageFigures,
} from '../../src/lib/bench-budget.ts';

const brotli = (bytes: number) => ({ raw: bytes * 4, gzip: bytes * 2, brotli: bytes });

/** A content page well within every budget, to be spoiled one figure at a time. */
function page(overrides: Partial<PageFigures> = {}): PageFigures {
	return {
		path: '/401-unauthorized/',
		class: 'content',
		before: tallyOf([
			{ kind: 'html', sizes: brotli(20 * KB) },
			{ kind: 'css', sizes: brotli(3 * KB) },
			{ kind: 'js', sizes: brotli(1 * KB) },
		]),
		inline: { js: 500, css: 400 },
		search: tallyOf([
			{ kind: 'js', sizes: brotli(25 * KB) },
			{ kind: 'other', sizes: brotli(40 * KB) },
		]),
		firstResultMs: 40,
		...overrides,
	};
}

const perfect = {
	path: '/401-unauthorized/',
	scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 },
	lcpMs: 800,
	tbtMs: 0,
	cls: 0,
};

const figures = (overrides: Partial<BenchFigures> = {}): BenchFigures => ({
	pages: [page()],
	lighthouse: [perfect],
	largeBuild: { ok: true, pages: 1000, msPerPage: 9, peakMB: 500 },
	...overrides,
});

const row = (rows: ReturnType<typeof checkBudgets>, start: string) =>
	rows.find((r) => r.budget.startsWith(start));

test('classes served files by extension; directory URLs are HTML', () => {
	assert.equal(assetKind('/'), 'html');
	assert.equal(assetKind('/faq/clock-skew/'), 'html');
	assert.equal(assetKind('/404.html'), 'html');
	assert.equal(assetKind('/_astro/BaseLayout.abc.css'), 'css');
	assert.equal(assetKind('/pagefind/pagefind.js?ts=1'), 'js');
	assert.equal(assetKind('/fonts/Inter.WOFF2'), 'font');
	assert.equal(assetKind('/pagefind/wasm.en.pagefind'), 'other');
	assert.equal(assetKind('/pagefind/fragment/en_1.pf_fragment'), 'other');
});

test('adds up requests and bytes per kind and in all', () => {
	const tally = tallyOf([
		{ kind: 'js', sizes: { raw: 10, gzip: 5, brotli: 4 } },
		{ kind: 'js', sizes: { raw: 20, gzip: 8, brotli: 6 } },
		{ kind: 'css', sizes: { raw: 7, gzip: 3, brotli: 2 } },
	]);
	assert.deepEqual(tally.js, { requests: 2, raw: 30, gzip: 13, brotli: 10 });
	assert.deepEqual(totalOf(tally), { requests: 3, raw: 37, gzip: 16, brotli: 12 });
	assert.deepEqual(totalOf(emptyTally()), { requests: 0, raw: 0, gzip: 0, brotli: 0 });
});

test('a site within every limit exceeds nothing', () => {
	const rows = checkBudgets(figures());
	assert.equal(anyExceeded(rows), false);
	assert.ok(
		rows.every((r) => r.ok === true || r.budget.startsWith('Tool page')),
		JSON.stringify(rows),
	);
	// No tool page was measured: that budget is reported, not failed.
	assert.equal(row(rows, 'Tool page')?.ok, undefined);
});

test('inline scripts count toward the JavaScript budget of a content page', () => {
	const rows = checkBudgets(figures({ pages: [page({ inline: { js: 2.5 * KB, css: 0 } })] }));
	const js = row(rows, 'Content page JS');
	assert.equal(js?.ok, false);
	assert.match(js?.measured ?? '', /3\.5 kB \(\/401-unauthorized\/\)/);
});

test('the worst page decides, and is named', () => {
	const heavy = page({
		path: '/faq/x/',
		before: tallyOf([{ kind: 'css', sizes: brotli(9 * KB) }]),
	});
	const css = row(checkBudgets(figures({ pages: [page(), heavy] })), 'Content page CSS');
	assert.equal(css?.ok, false);
	assert.match(css?.measured ?? '', /worst: \/faq\/x\//);
});

test('one font file on a content page exceeds its budget; tool pages have their own JS limit', () => {
	const withFont = page({ before: tallyOf([{ kind: 'font', sizes: brotli(20 * KB) }]) });
	assert.equal(row(checkBudgets(figures({ pages: [withFont] })), 'Content page font')?.ok, false);
	const tool = page({
		path: '/tools/jwt/',
		class: 'tool',
		before: tallyOf([{ kind: 'js', sizes: brotli(14 * KB) }]),
	});
	const rows = checkBudgets(figures({ pages: [page(), tool] }));
	assert.equal(row(rows, 'Tool page JS')?.ok, true);
	// The tool's 14 kB do not count against the content pages' 3 kB.
	assert.equal(row(rows, 'Content page JS')?.ok, true);
});

test('search: bytes in all, and a missing result fails rather than passes', () => {
	const big = page({ search: tallyOf([{ kind: 'other', sizes: brotli(81 * KB) }]) });
	assert.equal(row(checkBudgets(figures({ pages: [big] })), 'Search: open')?.ok, false);
	const broken = page({ search: undefined, firstResultMs: undefined });
	const rows = checkBudgets(figures({ pages: [broken] }));
	assert.equal(row(rows, 'Search: open')?.ok, false);
	assert.equal(row(rows, 'Search: last keystroke')?.ok, false);
	assert.equal(
		row(checkBudgets(figures({ pages: [page({ firstResultMs: 201 })] })), 'Search: last keystroke')
			?.ok,
		false,
	);
});

test('Lighthouse wants 100 everywhere, LCP ≤ 1 s, no shift and no blocking time', () => {
	const check = (override: object) =>
		checkBudgets(figures({ lighthouse: [{ ...perfect, ...override }] }));
	assert.equal(
		row(check({ scores: { ...perfect.scores, seo: 99 } }), 'Lighthouse /401-unauthorized/: scores')
			?.ok,
		false,
	);
	assert.equal(row(check({ lcpMs: 1001 }), 'Lighthouse /401-unauthorized/: LCP')?.ok, false);
	assert.equal(row(check({ lcpMs: 1000 }), 'Lighthouse /401-unauthorized/: LCP')?.ok, true);
	assert.equal(row(check({ cls: 0.001 }), 'Lighthouse /401-unauthorized/: CLS')?.ok, false);
	assert.equal(row(check({ tbtMs: 10 }), 'Lighthouse /401-unauthorized/: TBT')?.ok, false);
	assert.equal(row(checkBudgets(figures({ lighthouse: undefined })), 'Lighthouse')?.ok, undefined);
});

test('the large build: time per page, peak memory, and a failed build fails', () => {
	const check = (build: BenchFigures['largeBuild']) => checkBudgets(figures({ largeBuild: build }));
	assert.equal(
		row(check({ ok: true, pages: 1000, msPerPage: 15.1, peakMB: 100 }), '1,000-page build: time')
			?.ok,
		false,
	);
	assert.equal(
		row(check({ ok: true, pages: 1000, msPerPage: 10, peakMB: 801 }), '1,000-page build: peak')?.ok,
		false,
	);
	assert.equal(
		row(check({ ok: false, pages: 0, msPerPage: Infinity, peakMB: 0 }), '1,000-page build')?.ok,
		false,
	);
	assert.equal(row(check(undefined), '1,000-page build')?.ok, undefined);
});

test('Markdown tables are padded and escape pipes', () => {
	assert.equal(
		markdownTable(['a', 'bb'], [['x|y', '1']]),
		['| a    | bb  |', '| ---- | --- |', '| x\\|y | 1   |'].join('\n'),
	);
});

test('copies of an entry get unique text of the same length, so schema limits still hold', () => {
	const title = '401 Unauthorized explained';
	assert.equal(retag(title, ' #12'), '401 Unauthorized expla #12');
	assert.equal(retag(title, ' #12').length, title.length);
	const question = 'Why does my API return 401 after a while?';
	const copy = retag(question, ' #7');
	assert.equal(copy.length, question.length);
	assert.match(copy, / #7\?$/);
	const description = 'What HTTP 401 Unauthorized means and how to fix it for good.';
	assert.equal(
		retag(description, 'Copy 3: ', true),
		'Copy 3: P 401 Unauthorized means and how to fix it for good.',
	);
	assert.equal(retag(description, 'Copy 3: ', true).length, description.length);
});
