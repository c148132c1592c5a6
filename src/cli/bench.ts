/**
 * Measures this site against a stock Starlight site (../shared/peer-starlight), both built in the
 * same run on the same machine, and prints Markdown tables ending with the ratios ours/peer. It is
 * not a test and CI never runs it: timings depend on the machine and the minute.
 *
 * Usage: npm run bench [-- flags]
 *   --no-peer          measure this site only (automatic when ../shared/peer-starlight is absent)
 *   --skip-lighthouse  leave out Lighthouse
 *   --skip-large       leave out the 1,000-page copies
 *   --skip-doctor      leave out the 401 doctor on a generated 20 MB HAR file
 *   --no-build         measure what the last run built (this site's dist/, the copies in WORK)
 *   --runs=N           builds of this site and of each 1,000-page copy, median reported (default 3)
 * Exits 1 when a part could not be measured; the goals are printed, never enforced.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { benchDoctor, doctorLine } from './bench/doctor.ts';
import {
	firstPaint,
	launchBrowser,
	lighthouseRun,
	median,
	pageBytes,
	search,
	type Bytes,
	type LighthouseFigures,
	type SearchRun,
	type SearchSelectors,
} from './bench/browser.ts';
import {
	ARTICLE_ID,
	WORK,
	addArticle,
	copyProject,
	multiplyOurs,
	multiplyPeer,
	preparePeer,
	serve,
	timedBuild,
	type BuildRun,
} from './bench/sites.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const known = /^--(no-peer|skip-lighthouse|skip-large|skip-doctor|no-build|runs=\d+)$/;
if (args.some((arg) => !known.test(arg))) {
	console.error(`Unknown option in: ${args.join(' ')} (see the top of src/cli/bench.ts).`);
	process.exit(2);
}
const RUNS = Number(
	/^--runs=(\d+)$/.exec(args.find((arg) => arg.startsWith('--runs=')) ?? '')?.[1] ?? 3,
);
const ROOT = process.cwd();
const PEER_SOURCE = resolve(ROOT, '../shared/peer-starlight');
const withPeer = !flag('--no-peer') && existsSync(PEER_SOURCE);
if (!withPeer && !flag('--no-peer'))
	console.log(`Notice: ${PEER_SOURCE} is absent, so this site is measured alone.`);
const LARGE_PAGES = 1000;
/** Loads of the article page per site for the desktop first paint; the median is reported. */
const PAINT_LOADS = 7;
/** Typed searches and Lighthouse audits per site; the median is reported. */
const SEARCHES = 3;
const LIGHTHOUSE_RUNS = 3;
/** A word the reference article and many of our pages use. */
const QUERY = 'bearer';

interface Site {
	name: string;
	folder: string;
	/** The ~1,800-word article: the peer's reference article, or our explainer without a peer. */
	article: string;
	port: number;
	search: SearchSelectors;
	/** How many timed builds; the others are built once, untimed in the ratios. */
	builds: number;
}
const OUR_SEARCH = {
	open: 'site-search .search-button',
	input: '#search-input',
	result: '.search-results a',
};
const PEER_SEARCH = {
	open: 'site-search button[data-open-modal]',
	input: '#starlight__search .pagefind-ui__search-input',
	result: '.pagefind-ui__result-link',
};
const ourArticle = withPeer ? `/${ARTICLE_ID}/` : '/401-unauthorized/';
const ours = (name: string, folder: string, port: number, builds: number): Site => ({
	name,
	folder,
	article: ourArticle,
	port,
	search: OUR_SEARCH,
	builds,
});
const peer = (name: string, folder: string, port: number, builds: number): Site => ({
	name,
	folder,
	article: '/guide/',
	port,
	search: PEER_SEARCH,
	builds,
});
const site = ours('this site', ROOT, 4411, RUNS);
const sites = {
	site,
	ours: withPeer ? ours('this site + the article', join(WORK, 'ours'), 4412, 1) : site,
	peer: withPeer ? peer('Starlight', join(WORK, 'peer'), 4413, 1) : undefined,
	oursLarge: flag('--skip-large')
		? undefined
		: ours('this site, 1,000 pages', join(WORK, 'ours-1000'), 4414, RUNS),
	peerLarge:
		withPeer && !flag('--skip-large')
			? peer('Starlight, 1,000 pages', join(WORK, 'peer-1000'), 4415, RUNS)
			: undefined,
};

/** Parts that could not be measured: any makes the exit status 1. */
const failures: string[] = [];
async function part<T>(name: string, work: () => Promise<T>): Promise<T | undefined> {
	try {
		return await work();
	} catch (error) {
		failures.push(name);
		console.log(`\n${name} could not be measured: ${(error as Error).stack ?? error}\n`);
		return undefined;
	}
}

const table = (head: string[], rows: Array<Array<string | number>>) =>
	[head, head.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => `${Math.round(value)} ms`;
const heading = (text: string) => console.log(`\n## ${text}\n`);

// ---------------------------------------------------------------------------------------------

function prepareCopies(): void {
	const article = join(PEER_SOURCE, 'reference-article.md');
	if (sites.peer) {
		copyProject(ROOT, sites.ours.folder);
		addArticle(sites.ours.folder, article);
		preparePeer(PEER_SOURCE, sites.peer.folder);
	}
	if (sites.oursLarge) {
		copyProject(ROOT, sites.oursLarge.folder);
		if (sites.peer) addArticle(sites.oursLarge.folder, article);
		multiplyOurs(sites.oursLarge.folder, LARGE_PAGES);
	}
	if (sites.peer && sites.peerLarge) {
		copyProject(sites.peer.folder, sites.peerLarge.folder);
		multiplyPeer(sites.peerLarge.folder, LARGE_PAGES);
	}
}

interface BuildFigures {
	site: Site;
	pages: number;
	seconds: number;
	msPerPage: number;
	peakMB: number;
}

/** Builds a site `site.builds` times from a cold cache; medians of time and of peak memory. */
async function build(site: Site): Promise<BuildFigures> {
	const runs: BuildRun[] = [];
	for (let run = 1; run <= site.builds; run++) {
		const done = await timedBuild(site.folder);
		if (!done.ok) throw new Error(`The build of ${site.folder} failed:\n${done.tail}`);
		console.log(
			`  ${site.name}, build ${run}: ${done.seconds.toFixed(1)} s, ${done.peakMB.toFixed(0)} MB`,
		);
		runs.push(done);
	}
	const seconds = median(runs.map((run) => run.seconds));
	const pages = runs[0]!.pages;
	return {
		site,
		pages,
		seconds,
		msPerPage: (seconds * 1000) / pages,
		peakMB: median(runs.map((run) => run.peakMB)),
	};
}

const PAGE_KINDS = [
	['home', '/'],
	['explainer', '/401-unauthorized/'],
	['comparison', '/compare/401-vs-403/'],
	['scheme', '/schemes/bearer/'],
	['FAQ entry', '/faq/401-on-redirect/'],
	['troubleshooting page', '/troubleshoot/nginx/'],
	['tool page', '/tools/jwt/'],
	['troubleshooting index', '/troubleshoot/'],
] as const;

const bytesRow = (name: string, path: string, bytes: Bytes) => [
	`${name} \`${path}\``,
	bytes.requests,
	kB(bytes.html),
	kB(bytes.css),
	kB(bytes.js),
	kB(bytes.other),
	kB(bytes.total),
];
const BYTES_HEAD = ['page', 'requests', 'HTML', 'CSS', 'JS', 'other', 'total'];

const origin = (site: Site) => `http://127.0.0.1:${site.port}`;

/** Runs `measure` `times` times on each site in turn (ours, peer, ours, …), so both meet the same minutes. */
async function alternate<T>(
	times: number,
	pair: Array<Site | undefined>,
	measure: (site: Site) => Promise<T>,
): Promise<T[][]> {
	const present = pair.filter((site) => site !== undefined);
	const results = present.map((): T[] => []);
	for (let run = 0; run < times; run++)
		for (const [index, site] of present.entries()) results[index]!.push(await measure(site));
	return results;
}

/** The median run by time, for its bytes and its time alike. */
const medianSearch = (runs: SearchRun[]) =>
	[...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)]!;

async function measureInBrowser(browser: Browser) {
	heading('Page weight per kind of page (this site)');
	console.log(
		'Brotli (quality 11) of every response, until the network has been quiet for 1 s; the tool page after one pointer move. Inline `<style>` and `<script>` count as HTML.\n',
	);
	const kinds = await part('page weight', async () => {
		const rows = [];
		for (const [name, path] of PAGE_KINDS)
			rows.push(
				bytesRow(name, path, await pageBytes(browser, origin(site) + path, name === 'tool page')),
			);
		return rows;
	});
	if (kinds) console.log(table(BYTES_HEAD, kinds));

	heading('The article page: bytes on load and desktop first paint');
	const pair = [sites.ours, sites.peer];
	const loads = await part('bytes on load', () =>
		alternate(1, pair, (s) => pageBytes(browser, origin(s) + s.article)),
	);
	const paints = await part('first paint', () =>
		alternate(PAINT_LOADS, pair, (s) => firstPaint(browser, origin(s) + s.article)),
	);
	const article = pair
		.filter((s) => s !== undefined)
		.map((s, index) => ({
			site: s,
			bytes: loads?.[index]?.[0],
			fcp: paints ? median(paints[index]!) : NaN,
		}));
	if (loads)
		console.log(
			table(
				[...BYTES_HEAD, `desktop FCP (median of ${PAINT_LOADS})`],
				article.map(({ site, bytes, fcp }) => [
					...bytesRow(site.name, site.article, bytes!),
					ms(fcp),
				]),
			),
		);

	heading(`Search: "${QUERY}" typed key by key on the article page`);
	console.log(
		`From opening the dialog: what was fetched until the first result of the whole word showed, what until the network was quiet, and the time from the last keystroke to that first result. Median of ${SEARCHES} runs (by time), each in a fresh context.\n`,
	);
	const searches = await part('search', async () => {
		const found = [];
		for (const pairOfSites of [pair, [sites.oursLarge, sites.peerLarge]]) {
			const runs = await alternate(SEARCHES, pairOfSites, (s) =>
				search(browser, origin(s) + s.article, s.search, QUERY),
			);
			found.push(
				...pairOfSites
					.filter((s) => s !== undefined)
					.map((s, index) => ({
						site: s,
						run: medianSearch(runs[index]!),
						times: runs[index]!.map((run) => Math.round(run.ms)),
					})),
			);
		}
		return found;
	});
	if (searches)
		console.log(
			table(
				[
					'site',
					'to first result: requests',
					'bytes',
					'until quiet: requests',
					'bytes',
					'last key to first result',
					'all runs',
				],
				searches.map(({ site, run, times }) => [
					site.name,
					run.toFirst.requests,
					kB(run.toFirst.total),
					run.settled.requests,
					kB(run.settled.total),
					ms(run.ms),
					times.join(', '),
				]),
			),
		);
	return { article, searches };
}

async function measureLighthouse(): Promise<Array<{ site: Site; figures: LighthouseFigures }>> {
	const pair = [sites.ours, sites.peer];
	const runs = await alternate(LIGHTHOUSE_RUNS, pair, (s) => lighthouseRun(origin(s) + s.article));
	return pair
		.filter((s) => s !== undefined)
		.map((site, index) => {
			const of = (pick: (figures: LighthouseFigures) => number) => median(runs[index]!.map(pick));
			return {
				site,
				figures: {
					score: of((f) => f.score),
					lcpMs: of((f) => f.lcpMs),
					tbtMs: of((f) => f.tbtMs),
					cls: of((f) => f.cls),
				},
			};
		});
}

async function main(): Promise<void> {
	const browser = await launchBrowser();
	console.log(`# npm run bench, ${new Date().toISOString()}\n`);
	console.log(
		`Node ${process.version}, Chromium ${browser.version()}, load average ${loadavg()
			.map((load) => load.toFixed(2))
			.join(' ')}; flags: ${args.join(' ') || 'none'}.`,
	);

	heading('Builds');
	const buildable = Object.values(sites).filter(
		(s, index, all) => s && all.indexOf(s) === index,
	) as Site[];
	let builds: BuildFigures[] = [];
	if (flag('--no-build')) {
		const missing = buildable.filter((s) => !existsSync(join(s.folder, 'dist', 'index.html')));
		if (missing.length)
			throw new Error(
				`--no-build, but nothing built in ${missing.map((s) => s.folder).join(', ')}`,
			);
		console.log('Not built (--no-build): measuring the dist/ folders of the last run.');
	} else {
		prepareCopies();
		console.log(
			`Each build from a cold cache (no dist/, no node_modules/.astro), memory sampled every 100 ms.\n`,
		);
		builds =
			(await part('builds', async () => {
				const done = [];
				for (const s of buildable) done.push(await build(s));
				return done;
			})) ?? [];
		console.log(
			'\n' +
				table(
					['build', 'builds', 'pages', 'time (median)', 'per page', 'peak memory (median)'],
					builds.map((b) => [
						b.site.name,
						b.site.builds,
						b.pages,
						`${b.seconds.toFixed(1)} s`,
						`${b.msPerPage.toFixed(1)} ms`,
						`${b.peakMB.toFixed(0)} MB`,
					]),
				),
		);
	}

	const servers = await Promise.all(buildable.map((s) => serve(join(s.folder, 'dist'), s.port)));
	let measured;
	let audits;
	try {
		measured = await measureInBrowser(browser);
		if (!flag('--skip-lighthouse')) {
			heading(
				`Lighthouse on the article page (mobile, default throttling; medians of ${LIGHTHOUSE_RUNS})`,
			);
			audits = await part('Lighthouse', measureLighthouse);
			if (audits)
				console.log(
					table(
						['site', 'performance', 'LCP', 'TBT', 'CLS'],
						audits.map(({ site, figures }) => [
							`${site.name} \`${site.article}\``,
							figures.score,
							ms(figures.lcpMs),
							ms(figures.tbtMs),
							figures.cls.toFixed(3),
						]),
					),
				);
		}
	} finally {
		await browser.close();
		for (const server of servers) server.close();
	}

	heading('401 doctor');
	if (flag('--skip-doctor')) console.log('Skipped (--skip-doctor).');
	else {
		const doctor = await part('401 doctor', async () => benchDoctor());
		if (doctor) console.log(doctorLine(doctor));
	}

	if (withPeer) {
		heading('Ours against Starlight');
		const rows: Array<
			[string, number | undefined, number | undefined, (value: number) => string, number]
		> = [];
		const [a, b] = measured?.article ?? [];
		rows.push(['bytes on load, article page', a?.bytes?.total, b?.bytes?.total, kB, 0.4]);
		const [la, lb] = audits ?? [];
		rows.push(['Lighthouse mobile LCP', la?.figures.lcpMs, lb?.figures.lcpMs, ms, 0.8]);
		rows.push(['desktop FCP', a?.fcp, b?.fcp, ms, 1]);
		const found = (s: Site | undefined) =>
			measured?.searches?.find((entry) => entry.site === s)?.run;
		for (const [label, x, y] of [
			['', sites.ours, sites.peer],
			[', 1,000 pages', sites.oursLarge, sites.peerLarge],
		] as const) {
			rows.push([
				`search bytes to first result${label}`,
				found(x)?.toFirst.total,
				found(y)?.toFirst.total,
				kB,
				1,
			]);
			rows.push([`search time to first result${label}`, found(x)?.ms, found(y)?.ms, ms, 1]);
		}
		const built = (s: Site | undefined) => builds.find((entry) => entry.site === s);
		rows.push([
			'build time per page, 1,000 pages',
			built(sites.oursLarge)?.msPerPage,
			built(sites.peerLarge)?.msPerPage,
			(value) => `${value.toFixed(1)} ms`,
			0.7,
		]);
		rows.push([
			'build peak memory, 1,000 pages',
			built(sites.oursLarge)?.peakMB,
			built(sites.peerLarge)?.peakMB,
			(value) => `${value.toFixed(0)} MB`,
			0.8,
		]);
		console.log(
			table(
				['figure', 'ours', 'Starlight', 'ratio', 'goal'],
				rows.map(([label, x, y, format, goal]) => {
					if (x === undefined || y === undefined || !Number.isFinite(x + y))
						return [label, '–', '–', '–', `≤ ${goal}`];
					const ratio = x / y;
					return [
						label,
						format(x),
						format(y),
						ratio.toFixed(2),
						`≤ ${goal}: ${ratio <= goal ? 'met' : 'not met'}`,
					];
				}),
			),
		);
	}
	if (failures.length) console.log(`\nCould not be measured: ${failures.join(', ')}.`);
	process.exitCode = failures.length ? 1 : 0;
}

await main();
