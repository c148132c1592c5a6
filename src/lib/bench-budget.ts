/**
 * The pure half of `npm run bench`: how fetched files are classed and added up, and the performance
 * budgets the benchmark checks. No I/O here, so the rules can be unit-tested without a browser.
 */

/** How the benchmark classes a fetched file. */
export type AssetKind = 'html' | 'css' | 'js' | 'font' | 'other';
export const ASSET_KINDS: readonly AssetKind[] = ['html', 'css', 'js', 'font', 'other'];

/** A body's size as stored and as a server would send it compressed. */
export interface Sizes {
	raw: number;
	gzip: number;
	brotli: number;
}

/** Requests and bytes of one kind of file. */
export interface KindTally extends Sizes {
	requests: number;
}

export type Tally = Record<AssetKind, KindTally>;

const EXTENSION_KINDS: Record<string, AssetKind> = {
	html: 'html',
	htm: 'html',
	css: 'css',
	js: 'js',
	mjs: 'js',
	woff2: 'font',
	woff: 'font',
	ttf: 'font',
	otf: 'font',
	eot: 'font',
};

/** Classes a served file by its extension; a directory URL is its `index.html`. */
export function assetKind(path: string): AssetKind {
	const name = path.split(/[?#]/)[0] ?? '';
	if (name === '' || name.endsWith('/')) return 'html';
	const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
	return EXTENSION_KINDS[extension] ?? 'other';
}

export function emptyTally(): Tally {
	const zero = (): KindTally => ({ requests: 0, raw: 0, gzip: 0, brotli: 0 });
	return { html: zero(), css: zero(), js: zero(), font: zero(), other: zero() };
}

/** Adds up the files fetched, each given by its kind and sizes. */
export function tallyOf(files: ReadonlyArray<{ kind: AssetKind; sizes: Sizes }>): Tally {
	const tally = emptyTally();
	for (const { kind, sizes } of files) {
		const row = tally[kind];
		row.requests += 1;
		row.raw += sizes.raw;
		row.gzip += sizes.gzip;
		row.brotli += sizes.brotli;
	}
	return tally;
}

/** Two tallies added kind by kind, such as the files before search and those search added. */
export function addTallies(a: Tally, b: Tally): Tally {
	const sum = (x: KindTally, y: KindTally): KindTally => ({
		requests: x.requests + y.requests,
		raw: x.raw + y.raw,
		gzip: x.gzip + y.gzip,
		brotli: x.brotli + y.brotli,
	});
	return {
		html: sum(a.html, b.html),
		css: sum(a.css, b.css),
		js: sum(a.js, b.js),
		font: sum(a.font, b.font),
		other: sum(a.other, b.other),
	};
}

/** All kinds together. */
export function totalOf(tally: Tally): KindTally {
	const total: KindTally = { requests: 0, raw: 0, gzip: 0, brotli: 0 };
	for (const kind of ASSET_KINDS) {
		total.requests += tally[kind].requests;
		total.raw += tally[kind].raw;
		total.gzip += tally[kind].gzip;
		total.brotli += tally[kind].brotli;
	}
	return total;
}

/** Kilobytes as browsers' developer tools count them: 1 kB = 1,000 bytes. */
export const KB = 1000;

export function formatKB(bytes: number): string {
	return `${(bytes / KB).toFixed(1)} kB`;
}

export function formatMs(ms: number): string {
	return `${Math.round(ms)} ms`;
}

/** Which budgets a page falls under. */
export type PageClass = 'content' | 'tool';

/** What the benchmark measured on one page. */
export interface PageFigures {
	/** Path below the origin, such as `/401-unauthorized/`. */
	path: string;
	class: PageClass;
	/** Files fetched until the page settled, before search was touched. */
	before: Tally;
	/** Brotli bytes of the page's inline executable scripts and inline styles (part of the HTML). */
	inline: { js: number; css: number };
	/** Files fetched by opening search and running the first query; absent when search failed. */
	search: Tally | undefined;
	/** From the last keystroke to the first result on screen; absent when no result came. */
	firstResultMs: number | undefined;
}

/** The four Lighthouse category scores, 0-100. */
export interface LighthouseScores {
	performance: number | undefined;
	accessibility: number | undefined;
	'best-practices': number | undefined;
	seo: number | undefined;
}

export interface LighthouseFigures {
	path: string;
	scores: LighthouseScores;
	lcpMs: number | undefined;
	tbtMs: number | undefined;
	cls: number | undefined;
}

export interface BuildFigures {
	pages: number;
	msPerPage: number;
	peakMB: number;
	/** Whether the build ran to the end with its search index. */
	ok: boolean;
}

export interface BenchFigures {
	pages: PageFigures[];
	/** Absent when Lighthouse was skipped. */
	lighthouse: LighthouseFigures[] | undefined;
	/** Absent when the 1,000-page build was skipped. */
	largeBuild: BuildFigures | undefined;
}

/** The limits, in one place so the README and the checks cannot drift apart. */
export const LIMITS = {
	contentJsBrotli: 3 * KB,
	contentCssBrotli: 8 * KB,
	contentFontFiles: 0,
	toolJsBrotli: 15 * KB,
	searchBrotli: 80 * KB,
	firstResultMs: 200,
	lighthouseScore: 100,
	lcpMs: 1000,
	cls: 0,
	tbtMs: 0,
	largeBuildMsPerPage: 15,
	largeBuildPeakMB: 800,
} as const;

export interface BudgetRow {
	budget: string;
	measured: string;
	limit: string;
	/** `undefined` when nothing was measured (a part was skipped or a page is missing). */
	ok: boolean | undefined;
}

/** The item with the largest value, so a budget row can name the worst page. */
function worst<T>(items: readonly T[], value: (item: T) => number): T | undefined {
	return items.reduce<T | undefined>(
		(top, item) => (top === undefined || value(item) > value(top) ? item : top),
		undefined,
	);
}

/**
 * One row for a "no page may exceed" budget: the worst page's figure against the limit. Pages where
 * the figure is missing (search did not work) fail the budget, since the limit was not shown to hold.
 */
function worstRow<T extends { path: string }>(
	budget: string,
	items: readonly T[],
	value: (item: T) => number | undefined,
	limit: number,
	format: (n: number) => string,
): BudgetRow {
	if (!items.length)
		return { budget, measured: 'not measured', limit: `≤ ${format(limit)}`, ok: undefined };
	const missing = items.find((item) => value(item) === undefined);
	if (missing)
		return { budget, measured: `none on ${missing.path}`, limit: `≤ ${format(limit)}`, ok: false };
	const top = worst(items, (item) => value(item) ?? 0)!;
	const figure = value(top) ?? 0;
	const where = items.length > 1 ? ` (worst: ${top.path})` : ` (${top.path})`;
	return {
		budget,
		measured: `${format(figure)}${where}`,
		limit: `≤ ${format(limit)}`,
		ok: figure <= limit,
	};
}

/** JavaScript a page runs before search: script files plus inline scripts, brotli-compressed. */
export const pageJsBrotli = (page: PageFigures): number => page.before.js.brotli + page.inline.js;
/** CSS a page applies before search: style sheets plus inline styles, brotli-compressed. */
export const pageCssBrotli = (page: PageFigures): number =>
	page.before.css.brotli + page.inline.css;

/** Checks every budget against what was measured; skipped parts come back with `ok: undefined`. */
export function checkBudgets(figures: BenchFigures): BudgetRow[] {
	const content = figures.pages.filter((page) => page.class === 'content');
	const tools = figures.pages.filter((page) => page.class === 'tool');
	const count = (n: number) => String(n);
	const rows: BudgetRow[] = [
		worstRow(
			'Content page JS before search (files + inline, br)',
			content,
			pageJsBrotli,
			LIMITS.contentJsBrotli,
			formatKB,
		),
		worstRow(
			'Content page CSS before search (files + inline, br)',
			content,
			pageCssBrotli,
			LIMITS.contentCssBrotli,
			formatKB,
		),
		worstRow(
			'Content page font files',
			content,
			(p) => p.before.font.requests,
			LIMITS.contentFontFiles,
			count,
		),
		worstRow(
			'Tool page JS (files + inline, br)',
			tools,
			pageJsBrotli,
			LIMITS.toolJsBrotli,
			formatKB,
		),
		worstRow(
			'Search: open + first query fetches (br)',
			figures.pages,
			(p) => p.search && totalOf(p.search).brotli,
			LIMITS.searchBrotli,
			formatKB,
		),
		worstRow(
			'Search: last keystroke to first result',
			figures.pages,
			(p) => p.firstResultMs,
			LIMITS.firstResultMs,
			formatMs,
		),
	];
	rows.push(...lighthouseRows(figures.lighthouse));
	rows.push(...largeBuildRows(figures.largeBuild));
	return rows;
}

const SCORE_KEYS = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

function lighthouseRows(runs: LighthouseFigures[] | undefined): BudgetRow[] {
	if (!runs)
		return [{ budget: 'Lighthouse (mobile)', measured: 'skipped', limit: '', ok: undefined }];
	return runs.flatMap((run) => {
		const scores = SCORE_KEYS.map((key) => run.scores[key]);
		const lowest = Math.min(...scores.map((score) => score ?? 0));
		const at = (name: string) => `Lighthouse ${run.path}: ${name}`;
		const within = (value: number | undefined, limit: number) =>
			value !== undefined && value <= limit;
		return [
			{
				budget: at('scores (perf/a11y/bp/seo)'),
				measured: scores.map((score) => score ?? '–').join(' / '),
				limit: `${LIMITS.lighthouseScore} each`,
				ok: scores.every((score) => score !== undefined) && lowest >= LIMITS.lighthouseScore,
			},
			{
				budget: at('LCP'),
				measured: run.lcpMs === undefined ? '–' : `${(run.lcpMs / 1000).toFixed(2)} s`,
				limit: `≤ ${(LIMITS.lcpMs / 1000).toFixed(1)} s`,
				ok: within(run.lcpMs, LIMITS.lcpMs),
			},
			{
				budget: at('CLS'),
				measured: run.cls === undefined ? '–' : run.cls.toFixed(3),
				limit: String(LIMITS.cls),
				ok: within(run.cls, LIMITS.cls),
			},
			{
				budget: at('TBT'),
				measured: run.tbtMs === undefined ? '–' : formatMs(run.tbtMs),
				limit: formatMs(LIMITS.tbtMs),
				ok: within(run.tbtMs, LIMITS.tbtMs),
			},
		];
	});
}

function largeBuildRows(build: BuildFigures | undefined): BudgetRow[] {
	if (!build)
		return [{ budget: '1,000-page build', measured: 'skipped', limit: '', ok: undefined }];
	if (!build.ok)
		return [{ budget: '1,000-page build', measured: 'build failed', limit: 'builds', ok: false }];
	return [
		{
			budget: `1,000-page build: time per page (${build.pages} pages, with index)`,
			measured: `${build.msPerPage.toFixed(1)} ms`,
			limit: `≤ ${LIMITS.largeBuildMsPerPage} ms`,
			ok: build.msPerPage <= LIMITS.largeBuildMsPerPage,
		},
		{
			budget: '1,000-page build: peak memory',
			measured: `${Math.round(build.peakMB)} MB`,
			limit: `≤ ${LIMITS.largeBuildPeakMB} MB`,
			ok: build.peakMB <= LIMITS.largeBuildPeakMB,
		},
	];
}

/** Whether any budget was measured and exceeded. */
export const anyExceeded = (rows: readonly BudgetRow[]): boolean =>
	rows.some((row) => row.ok === false);

/** A Markdown table, padded so it also reads well in a terminal; a `|` in a cell is escaped. */
export function markdownTable(
	header: readonly string[],
	rows: ReadonlyArray<readonly string[]>,
): string {
	const escaped = [header, ...rows].map((cells) =>
		cells.map((text) => text.replaceAll('|', '\\|')),
	);
	const widths = header.map((_, column) =>
		Math.max(3, ...escaped.map((cells) => (cells[column] ?? '').length)),
	);
	const line = (cells: readonly string[]) =>
		`| ${widths.map((width, column) => (cells[column] ?? '').padEnd(width)).join(' | ')} |`;
	const [head = [], ...body] = escaped;
	return [line(head), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n');
}

/**
 * `text` made unique by `tag` without changing its length: the tag replaces the end (or, with
 * `atStart`, the start), so whatever length limits the schema sets, the copy meets them as the
 * original did. A question keeps its final "?".
 */
export function retag(text: string, tag: string, atStart = false): string {
	const question = text.endsWith('?');
	const core = question ? text.slice(0, -1) : text;
	const room = Math.max(0, core.length - tag.length);
	const tagged = atStart ? tag + core.slice(core.length - room) : core.slice(0, room) + tag;
	return question ? `${tagged}?` : tagged;
}
