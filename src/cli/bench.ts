/**
 * Measures what each kind of page costs a visitor, what Lighthouse thinks of it, and what a build
 * costs, then checks the performance budgets. It prints figures; it is not a test and CI does not
 * run it (timings depend on the machine).
 *
 * Usage: npm run bench [-- --no-build] [-- --skip-lighthouse] [-- --skip-large] [-- --skip-doctor]
 *   --no-build         measure the existing dist/ instead of building first
 *   --skip-lighthouse  leave out the Lighthouse runs
 *   --skip-large       leave out the generated 1,000-page build
 *   --skip-doctor      leave out the 401 doctor on a generated 20 MB HAR file
 * Exits 1 when a budget is exceeded or a part could not be measured.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { anyExceeded, checkBudgets, type BuildFigures } from '../lib/bench-budget.ts';
import {
	countHtml,
	makeLargeCopy,
	pagefindSize,
	timedBuild,
	type BuildRun,
} from './bench/build.ts';
import { LIGHTHOUSE_RUNS, runLighthouse, type LighthouseRun } from './bench/lighthouse.ts';
import { benchDoctor, doctorLine } from './bench/doctor.ts';
import { cpuProbeMs, describeMachine } from './bench/machine.ts';
import {
	KEY_DELAY_MS,
	QUERY,
	launchBrowser,
	measurePage,
	measurePastedQuery,
	pageExists,
	pageTargets,
	type PageOutcome,
	type PageResults,
} from './bench/pages.ts';
import {
	budgetTable,
	buildSummary,
	lighthouseSummary,
	pagesSummary,
	pastedLine,
	printIndexDetail,
	printLighthouse,
	printMachine,
	printPage,
	printSearchFiles,
	readmeBlock,
	type BuildReport,
} from './bench/report.ts';
import { serveStatic, type StaticServer } from './bench/server.ts';

const FLAGS = ['--no-build', '--skip-lighthouse', '--skip-large', '--skip-doctor'];
const args = new Set(process.argv.slice(2));
const unknown = [...args].filter((arg) => !FLAGS.includes(arg));
if (unknown.length) {
	console.error(`Unknown option(s): ${unknown.join(' ')}. Options: ${FLAGS.join(', ')}.`);
	process.exit(2);
}
const options = {
	build: !args.has('--no-build'),
	lighthouse: !args.has('--skip-lighthouse'),
	large: !args.has('--skip-large'),
	doctor: !args.has('--skip-doctor'),
};
const ROOT = process.cwd();
const DIST = join(ROOT, 'dist');
/** How many entries the generated copy of the content gets. */
const LARGE_PAGES = 1000;
/** Cold builds of the copy; the median is reported, since one build on a shared machine varies by 20%. */
const LARGE_RUNS = 3;

/** Parts that failed to run; any makes the exit status non-zero. */
const failures: string[] = [];

const heading = (text: string) => console.log(`\n## ${text}\n`);

// ---------------------------------------------------------------------------------------------
// Pages

/** Each kind of page in turn (missing ones skipped with a note), then one pasted query. */
async function measurePages(server: StaticServer): Promise<PageResults> {
	const browser = await launchBrowser();
	const outcomes: PageOutcome[] = [];
	try {
		for (const target of pageTargets(DIST)) {
			if ('skipped' in target)
				outcomes.push({
					target: { name: target.name, path: '', class: 'content' },
					skipped: target.skipped,
				});
			else if (!pageExists(DIST, target.path))
				outcomes.push({ target, skipped: 'no such page in dist/' });
			else outcomes.push(await measurePage(browser, server, target));
		}
		const path = pageExists(DIST, '/401-unauthorized/') ? '/401-unauthorized/' : '/';
		const pasted = await measurePastedQuery(browser, server, path).then(
			(pasted) => ({ path, ...pasted }),
			(error: Error) => ({ path, error: error.message.split('\n')[0] ?? '' }),
		);
		return { outcomes, pasted };
	} finally {
		await browser.close();
	}
}

// ---------------------------------------------------------------------------------------------
// Lighthouse

/** The explainer and a tool page: /tools/jwt/, or /code/ where the tools are not built yet. */
function lighthousePaths(): string[] {
	const tool = ['/tools/jwt/', '/code/'].find((path) => pageExists(DIST, path));
	if (!tool)
		console.log(
			'Note: neither /tools/jwt/ nor /code/ exists; Lighthouse runs on the explainer only.',
		);
	return ['/401-unauthorized/', ...(tool ? [tool] : [])].filter((path) => pageExists(DIST, path));
}

// ---------------------------------------------------------------------------------------------
// Builds

/**
 * Builds a generated ~1,000-entry copy in a temporary folder `LARGE_RUNS` times, each from a cold
 * cache, and reports the run with the median time, with the highest peak memory of all runs. The
 * copy is removed afterwards unless a build failed.
 */
async function largeBuild(): Promise<BuildReport | undefined> {
	const copy = makeLargeCopy(ROOT, LARGE_PAGES);
	console.log(
		`Generated ${copy.added} entries (${copy.entries} in all) in ${copy.folder}; building it ${LARGE_RUNS} times…`,
	);
	const runs: BuildRun[] = [];
	for (let attempt = 1; attempt <= LARGE_RUNS; attempt++) {
		for (const cache of ['dist', 'node_modules/.astro', 'node_modules/.vite', '.astro'])
			rmSync(join(copy.folder, cache), { recursive: true, force: true });
		const probe = cpuProbeMs();
		const run = await timedBuild(copy.folder);
		runs.push(run);
		console.log(
			`  build ${attempt}: ${run.ok ? `${run.seconds.toFixed(1)} s, ${((run.seconds * 1000) / Math.max(run.pages, 1)).toFixed(1)} ms a page, peak ${run.peakTreeMB.toFixed(0)} MB` : 'failed'} (CPU probe just before: ${probe.toFixed(0)} ms)`,
		);
		if (!run.ok) {
			console.log(
				`The large build failed; its copy is kept in ${copy.folder}. Last output:\n${run.tail}`,
			);
			return { label: `${LARGE_PAGES}-entry copy (cold cache)`, run, index: undefined };
		}
	}
	const median = [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)]!;
	const report = {
		label: `${LARGE_PAGES}-entry copy (cold cache, median of ${LARGE_RUNS})`,
		run: {
			...median,
			peakTreeMB: Math.max(...runs.map((run) => run.peakTreeMB)),
			maxProcessMB: Math.max(...runs.map((run) => run.maxProcessMB ?? 0)) || undefined,
		},
		index: pagefindSize(join(copy.folder, 'dist')),
	};
	rmSync(copy.folder, { recursive: true, force: true });
	return report;
}

/** What the budget check needs from a build. */
const toBuildFigures = ({ run }: BuildReport): BuildFigures => ({
	ok: run.ok && run.pages > 0,
	pages: run.pages,
	msPerPage: run.pages ? (run.seconds * 1000) / run.pages : Infinity,
	// The budget is about what the machine must hold: the whole tree, or the largest process if more.
	peakMB: Math.max(run.peakTreeMB, run.maxProcessMB ?? 0),
});

// ---------------------------------------------------------------------------------------------

/** Runs one part; a crash is reported and recorded rather than ending the whole benchmark. */
async function part<T>(name: string, work: () => Promise<T>): Promise<T | undefined> {
	try {
		return await work();
	} catch (error) {
		failures.push(name);
		console.log(`\n${name} failed: ${(error as Error).stack ?? String(error)}\n`);
		return undefined;
	}
}

/** Chromium's version, from a short launch of the same browser the measurements use. */
async function chromiumVersion(): Promise<string> {
	const browser = await launchBrowser();
	const version = browser.version();
	await browser.close();
	return version;
}

async function main(): Promise<void> {
	const machine = describeMachine();
	const chromium = await chromiumVersion();
	printMachine(machine, chromium, [...args]);
	console.log('');
	const builds: BuildReport[] = [];

	let siteBuild: BuildRun | undefined;
	if (options.build) {
		process.stdout.write('Building the site (npm run build)… ');
		siteBuild = await timedBuild(ROOT);
		console.log(siteBuild.ok ? `done in ${siteBuild.seconds.toFixed(1)} s.` : 'FAILED.');
		if (!siteBuild.ok) {
			console.log(siteBuild.tail);
			process.exitCode = 1;
			return;
		}
		builds.push({ label: 'site (npm run build)', run: siteBuild, index: pagefindSize(DIST) });
	}
	if (!existsSync(join(DIST, 'index.html')))
		throw new Error('dist/ has no index.html: build the site first (drop --no-build).');

	const server = await serveStatic(DIST);
	let pages: PageResults | undefined;
	let lighthouse: LighthouseRun[] | undefined;
	try {
		console.log(
			`\nServing ${DIST} at ${server.origin} (loopback only). ${countHtml(DIST)} HTML pages in dist/.`,
		);

		heading('Pages');
		console.log(
			`Each page in a fresh browser context (empty cache), 1280×800. Cells: requests · raw / gzip -9 / brotli 11.\n` +
				`"search adds": Ctrl+K, then "${QUERY}" typed at ${KEY_DELAY_MS} ms a key, until results show and the network is quiet.\n`,
		);
		pages = await part('Page measurements', () => measurePages(server));
		for (const outcome of pages?.outcomes ?? []) printPage(outcome);
		printSearchFiles(
			pages?.outcomes.find((outcome) => 'files' in outcome && outcome.files.search.length),
		);
		console.log('### Overview\n');
		console.log(pagesSummary(pages?.outcomes ?? []));
		console.log('\n* CSS and JS: files plus inline <style>/<script> in the HTML, brotli 11.');
		if (pages) console.log(`\n${pastedLine(pages.pasted)}`);

		if (options.lighthouse) {
			heading(
				`Lighthouse (mobile, default simulated throttling; medians of ${LIGHTHOUSE_RUNS} runs)`,
			);
			lighthouse = await part('Lighthouse', () => runLighthouse(server.origin, lighthousePaths()));
			if (lighthouse) printLighthouse(lighthouse);
		}
	} finally {
		await server.close();
	}

	heading('Builds');
	if (siteBuild) printIndexDetail('Site', pagefindSize(DIST));
	else console.log('The site build was not timed (--no-build).');
	let largeReport: BuildReport | undefined;
	if (options.large) {
		largeReport = await part('Large build', largeBuild);
		if (largeReport) {
			builds.push(largeReport);
			printIndexDetail('1,000-entry copy', largeReport.index);
		}
	} else console.log('The 1,000-page build was skipped (--skip-large).');
	if (builds.length) console.log(`\n${buildSummary(builds)}`);
	for (const { label, run } of builds)
		console.log(
			`\nSteps of the ${label} build, as Astro logged them:\n${run.phases.map((line) => `  ${line}`).join('\n')}`,
		);
	console.log(
		'\nPeak memory (tree): resident memory of the build and all its child processes, sampled every 100 ms.',
	);
	console.log('Largest process: exact peak of the biggest single process (GNU time).');

	heading('401 doctor');
	if (options.doctor) {
		const figures = await part('401 doctor', async () => benchDoctor());
		if (figures) console.log(doctorLine(figures));
	} else console.log('The 401 doctor was skipped (--skip-doctor).');

	const rows = checkBudgets({
		pages: (pages?.outcomes ?? []).flatMap((outcome) =>
			'figures' in outcome ? [outcome.figures] : [],
		),
		lighthouse: lighthouse?.map((run) => run.figures),
		largeBuild: largeReport && toBuildFigures(largeReport),
	});
	const budgets = budgetTable(rows);
	heading('Budgets');
	console.log(budgets);
	if (failures.length) console.log(`\nParts that could not be measured: ${failures.join(', ')}.`);

	heading('For the README');
	console.log('```markdown');
	console.log(
		readmeBlock({
			machine,
			chromium,
			pages: pagesSummary(pages?.outcomes ?? []),
			pasted: pages && pastedLine(pages.pasted),
			lighthouse: lighthouse && lighthouseSummary(lighthouse),
			builds: builds.length ? buildSummary(builds) : undefined,
			budgets,
		}),
	);
	console.log('```');

	const exceeded = anyExceeded(rows);
	console.log(
		`\n${exceeded ? 'Some budgets were EXCEEDED' : 'All measured budgets hold'}` +
			`${failures.length ? '; some parts could not be measured' : ''}.`,
	);
	process.exitCode = exceeded || failures.length ? 1 : 0;
}

await main();
