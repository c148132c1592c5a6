/**
 * How `npm run bench` prints what it measured: tables for the terminal that are also Markdown, so
 * the same text can go into the README.
 */
import {
	ASSET_KINDS,
	formatKB,
	formatMs,
	markdownTable,
	pageCssBrotli,
	pageJsBrotli,
	totalOf,
	addTallies,
	type BudgetRow,
	type KindTally,
	type Tally,
} from '../../lib/bench-budget.ts';
import type { BuildRun, IndexSize } from './build.ts';
import { LIGHTHOUSE_RUNS, type LighthouseRun } from './lighthouse.ts';
import { packageVersion, type Machine } from './machine.ts';
import { KEY_DELAY_MS, QUERY, type PageOutcome, type PageResults } from './pages.ts';
import type { Served } from './server.ts';

const mb = (value: number | undefined) => (value === undefined ? '–' : `${Math.round(value)} MB`);

/** The header: when, on what, with which versions and options. */
export function printMachine(
	machine: Machine,
	chromiumVersion: string,
	options: readonly string[],
): void {
	console.log('# HTTP 401 Reference: benchmark\n');
	console.log(`Date:      ${machine.date}`);
	console.log(
		`Machine:   ${machine.cores} cores (nproc), ${machine.memoryGB.toFixed(1)} GiB memory, ${machine.cpu}`,
	);
	console.log(
		`Load:      ${machine.load.toFixed(2)} (1-minute average at start; timings are only comparable on an idle machine)`,
	);
	console.log(
		`CPU probe: ${machine.probeMs.toFixed(0)} ms for a fixed loop at start (lower is faster; the same loop is timed before each large build)`,
	);
	console.log(`Node:      ${machine.node}`);
	console.log(`Chromium:  ${chromiumVersion}`);
	console.log(
		`Astro:     ${packageVersion('astro')}, Pagefind ${packageVersion('pagefind')}, Lighthouse ${packageVersion('lighthouse')}`,
	);
	console.log(`Options:   ${options.join(' ') || '(none)'}`);
}

/** "requests · raw / gzip / brotli" for one kind of file. */
const cell = (row: KindTally) =>
	`${row.requests} · ${formatKB(row.raw)} / ${formatKB(row.gzip)} / ${formatKB(row.brotli)}`;

/** One page's table: each kind of file before search, what search adds, and the sum. */
export function printPage(outcome: PageOutcome): void {
	if ('skipped' in outcome) {
		console.log(
			`### ${outcome.target.name} ${outcome.target.path}: skipped (${outcome.skipped})\n`,
		);
		return;
	}
	const { target, figures, dom, notes } = outcome;
	console.log(`### ${target.name} ${target.path}\n`);
	const after = figures.search && addTallies(figures.before, figures.search);
	const columns = (tally: Tally | undefined, pick: (t: Tally) => KindTally) =>
		tally ? cell(pick(tally)) : '–';
	const rows = [
		...ASSET_KINDS.map((kind) => [kind, (t: Tally) => t[kind]] as const),
		['total', totalOf] as const,
	].map(([label, pick]) => [
		label,
		columns(figures.before, pick),
		columns(figures.search, pick),
		columns(after, pick),
	]);
	console.log(markdownTable(['files', 'before search', 'search adds', 'after search'], rows));
	console.log(
		`\nInline in the HTML (br): JS ${formatKB(figures.inline.js)}, CSS ${formatKB(figures.inline.css)}.` +
			` DOM elements: ${dom.before} before, ${dom.after} after search.` +
			` Last keystroke to first result: ${figures.firstResultMs === undefined ? '–' : formatMs(figures.firstResultMs)}.`,
	);
	const listed = (files: Served[]) =>
		files.map((file) => `${file.path} ${formatKB(file.sizes.brotli)}`).join(', ');
	console.log(`Fetched before search (br): ${listed(outcome.files.before)}.`);
	for (const note of notes) console.log(`Note: ${note}`);
	console.log('');
}

/** Every file search fetched, largest first, so an over-budget figure can be traced to its files. */
export function printSearchFiles(outcome: PageOutcome | undefined): void {
	if (!outcome || 'skipped' in outcome || !outcome.files.search.length) return;
	console.log(`### What search fetched on ${outcome.target.path}
`);
	const files = [...outcome.files.search].sort((a, b) => b.sizes.brotli - a.sizes.brotli);
	console.log(
		markdownTable(
			['file', 'kind', 'raw', 'br (as sent)'],
			files.map((file) => [
				file.path,
				file.kind,
				formatKB(file.sizes.raw),
				formatKB(file.sizes.brotli),
			]),
		),
	);
	console.log(
		'\nPagefind\'s index files (.pf_*) are gzipped on disk: "br" there is their size as sent.\n',
	);
}

/** One line per page, for the overview and the README. */
export function pagesSummary(outcomes: PageOutcome[]): string {
	const rows = outcomes.flatMap((outcome) => {
		if ('skipped' in outcome)
			return [
				[
					outcome.target.name,
					outcome.target.path,
					`skipped: ${outcome.skipped}`,
					'',
					'',
					'',
					'',
					'',
					'',
					'',
				],
			];
		const { figures, dom } = outcome;
		const before = totalOf(figures.before);
		return [
			[
				outcome.target.name,
				figures.path,
				String(before.requests),
				formatKB(figures.before.html.brotli),
				formatKB(pageCssBrotli(figures)),
				formatKB(pageJsBrotli(figures)),
				formatKB(before.brotli),
				figures.search
					? `${totalOf(figures.search).requests} · ${formatKB(totalOf(figures.search).brotli)}`
					: '–',
				figures.firstResultMs === undefined ? '–' : formatMs(figures.firstResultMs),
				`${dom.before} / ${dom.after}`,
			],
		];
	});
	return markdownTable(
		[
			'page',
			'path',
			'requests',
			'HTML br',
			'CSS br*',
			'JS br*',
			'total br',
			'search: req · br',
			'first result',
			'DOM before / after',
		],
		rows,
	);
}

/** The pasted-query figure as a sentence. */
export const pastedLine = (pasted: PageResults['pasted']) => {
	if ('error' in pasted) return `Pasted query on ${pasted.path}: failed (${pasted.error}).`;
	const fetched = totalOf(pasted.search);
	return (
		`Pasted query (one input event, nothing preloaded) on a fresh ${pasted.path}: first result after ${formatMs(pasted.ms)};` +
		` search fetched ${fetched.requests} files, ${formatKB(fetched.brotli)} br.`
	);
};

/** Scores and metrics, one line per page. */
export function lighthouseSummary(runs: LighthouseRun[]): string {
	const score = (value: number | undefined) => (value === undefined ? '–' : String(value));
	return markdownTable(
		['page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'TBT', 'CLS'],
		runs.map(({ figures: f }) => [
			f.path,
			score(f.scores.performance),
			score(f.scores.accessibility),
			score(f.scores['best-practices']),
			score(f.scores.seo),
			f.lcpMs === undefined ? '–' : `${(f.lcpMs / 1000).toFixed(2)} s`,
			f.tbtMs === undefined ? '–' : formatMs(f.tbtMs),
			f.cls === undefined ? '–' : f.cls.toFixed(3),
		]),
	);
}

/** The summary, how much runs varied, and what Lighthouse flagged, for diagnosis. */
export function printLighthouse(runs: LighthouseRun[]): void {
	console.log(lighthouseSummary(runs));
	for (const run of runs) {
		console.log(
			`\n${run.figures.path}: performance scores of the ${LIGHTHOUSE_RUNS} runs ${run.performanceScores.join(', ')}, TBT ${run.tbtRuns.join(', ')} ms;` +
				` Lighthouse's CPU benchmark index of this machine: ${run.benchmarkIndex ?? '–'}.` +
				`\n  Main thread (median run, 4× CPU slowdown): ${run.mainThread}.`,
		);
	}
	for (const run of runs) {
		if (!run.findings.length && !run.warnings.length) continue;
		console.log(`\nLighthouse on ${run.figures.path} flagged (median run):`);
		for (const finding of run.findings) {
			console.log(`  - ${finding.text}`);
			for (const item of finding.items) console.log(`      · ${item}`);
		}
		for (const warning of run.warnings) console.log(`  - warning: ${warning}`);
	}
}

export interface BuildReport {
	label: string;
	run: BuildRun;
	index: IndexSize | undefined;
}

/** One line per build: time, memory, page weight and search index. */
export function buildSummary(reports: BuildReport[]): string {
	return markdownTable(
		[
			'build',
			'pages',
			'time',
			'per page',
			'peak memory (tree)',
			'largest process',
			'HTML per page',
			'search index (total / compressed)',
			'index chunks',
		],
		reports.map(({ label, run, index }) => [
			label,
			run.ok ? String(run.pages) : 'FAILED',
			`${run.seconds.toFixed(1)} s`,
			run.ok && run.pages ? `${((run.seconds * 1000) / run.pages).toFixed(1)} ms` : '–',
			mb(run.peakTreeMB),
			mb(run.maxProcessMB),
			run.pages ? formatKB(run.htmlBytes / run.pages) : '–',
			index ? `${formatKB(index.total.raw)} / ${formatKB(index.total.compressed)}` : '–',
			index ? `${index.chunks.files} files, ${formatKB(index.chunks.raw)}` : '–',
		]),
	);
}

/** What dist/pagefind is made of. */
export function printIndexDetail(label: string, index: IndexSize | undefined): void {
	if (!index) return;
	console.log(
		`${label}: dist/pagefind holds ${formatKB(index.total.raw)} (${formatKB(index.total.compressed)} as served); ` +
			`word index ${formatKB(index.chunks.raw)} in ${index.chunks.files} chunks, ` +
			`page text ${formatKB(index.fragments.raw)} in ${index.fragments.files} fragments.`,
	);
}

/** The final table: each budget, what was measured, its limit and whether it holds. */
export function budgetTable(rows: BudgetRow[]): string {
	const status = (ok: boolean | undefined) =>
		ok === undefined ? 'not measured' : ok ? 'ok' : 'EXCEEDED';
	return markdownTable(
		['budget', 'measured', 'limit', 'status'],
		rows.map((row) => [row.budget, row.measured, row.limit, status(row.ok)]),
	);
}

/** A block to paste into the README's "Performance" section. */
export function readmeBlock(parts: {
	machine: Machine;
	chromium: string;
	pages: string;
	pasted: string | undefined;
	lighthouse: string | undefined;
	builds: string | undefined;
	budgets: string;
}): string {
	const { machine } = parts;
	return [
		'## Performance',
		'',
		`Measured with \`npm run bench\` on ${machine.date}: ${machine.cores} cores, ${machine.memoryGB.toFixed(0)} GiB, ${machine.cpu};`,
		`load ${machine.load.toFixed(1)}; Node ${machine.node}, Chromium ${parts.chromium}. Sizes are computed from the built files (1 kB = 1,000 bytes);`,
		`"br" is brotli at quality 11. Search is opened with Ctrl+K and "${QUERY}" typed at ${KEY_DELAY_MS} ms a key.`,
		'',
		'### Pages',
		'',
		parts.pages,
		'',
		'\\* files plus inline `<script>`/`<style>` in the HTML.',
		...(parts.pasted ? ['', parts.pasted] : []),
		...(parts.lighthouse
			? [
					'',
					`### Lighthouse (mobile, default throttling, medians of ${LIGHTHOUSE_RUNS} runs)`,
					'',
					parts.lighthouse,
				]
			: []),
		...(parts.builds ? ['', '### Build', '', parts.builds] : []),
		'',
		'### Budgets',
		'',
		parts.budgets,
	].join('\n');
}
