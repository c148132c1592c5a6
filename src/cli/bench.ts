/**
 * Measures this site against a stock Starlight site (../shared/peer-starlight), both built in the
 * same run on the same machine, and prints Markdown tables ending with the ratios ours/Starlight.
 * It is not a test and CI never runs it: timings depend on the machine and the minute.
 *
 * Usage: npm run bench [-- flags]
 *   --no-peer          this site alone (also when ../shared/peer-starlight is absent)
 *   --skip-lighthouse  no Lighthouse audits
 *   --skip-large       no 1,000-page copies
 *   --skip-doctor      no 401 doctor on a generated 20 MB HAR file
 *   --no-build         measure what the last run built (dist/ and the copies in WORK)
 *   --runs=N           builds of this site and of each 1,000-page copy, median reported (default 3)
 * Exits 1 when a part could not be measured; goals are printed, never enforced.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import * as browser from './bench/browser.ts';
import { median, type Bytes, type LighthouseFigures } from './bench/browser.ts';
import { doctorLine } from './bench/doctor.ts';
import * as sites from './bench/sites.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
if (args.some((arg) => !/^--(no-peer|skip-(lighthouse|large|doctor)|no-build|runs=\d+)$/.test(arg)))
	throw new Error(`Unknown option in "${args.join(' ')}": see the top of src/cli/bench.ts.`);
const RUNS = Number(args.find((arg) => arg.startsWith('--runs='))?.slice(7) ?? 3);
const ROOT = process.cwd();
const PEER_SOURCE = resolve(ROOT, '../shared/peer-starlight');
const withPeer = !flag('--no-peer') && existsSync(PEER_SOURCE);
if (!withPeer && !flag('--no-peer'))
	console.log(`Notice: ${PEER_SOURCE} is absent, so this site is measured alone.`);
const large = !flag('--skip-large');
/** Loads of the article per site for the desktop first paint; typed searches; audits. */
const PAINTS = 7;
const SEARCHES = 3;
const AUDITS = 3;
/** A word of the reference article that many of our pages use too. */
const QUERY = 'bearer';

const OURS = {
	/** The ~1,800-word article: the peer's reference article, or our explainer without a peer. */
	article: withPeer ? `/${sites.ARTICLE_ID}/` : '/401-unauthorized/',
	search: {
		open: 'site-search .search-button',
		input: '#search-input',
		result: '.search-results a',
	},
};
const PEER = {
	article: '/guide/',
	search: {
		open: 'site-search button[data-open-modal]',
		input: '#starlight__search .pagefind-ui__search-input',
		result: '.pagefind-ui__result-link',
	},
};
/** A site to measure; `builds` is how many timed builds it gets (the median is reported). */
type Site = typeof OURS & { name: string; folder: string; port: number; builds: number };
const copy = (kind: typeof OURS, name: string, folder: string, port: number, builds = RUNS) =>
	({ ...kind, name, folder: join(sites.WORK, folder), port, builds }) satisfies Site;
const site: Site = { ...OURS, name: 'this site', folder: ROOT, port: 4411, builds: RUNS };
const ours = withPeer ? copy(OURS, 'this site + the article', 'ours', 4412, 1) : site;
const peer = copy(PEER, 'Starlight', 'peer', 4413, 1);
const oursLarge = copy(OURS, 'this site, 1,000 pages', 'ours-1000', 4414);
const peerLarge = copy(PEER, 'Starlight, 1,000 pages', 'peer-1000', 4415);
/**
 * Our build of the article with a search index of the article alone, so that both sites search the
 * same text (the peer's index also holds its short home page, which the query does not match).
 */
const oursArticleOnly = copy(OURS, 'this site + the article, indexing it alone', 'ours-1', 4416, 0);
/** What is compared: the sites' article, searches over the same article, the 1,000-page copies. */
const pairs: Partial<Record<'article' | 'sameArticle' | 'large', Site[]>> = {
	article: withPeer ? [ours, peer] : [ours],
	...(withPeer && { sameArticle: [oursArticleOnly, peer] }),
	...(large && { large: withPeer ? [oursLarge, peerLarge] : [oursLarge] }),
};
/** The sites of the pairs, each once (the peer is in two), in the order of the pairs. */
const pairedSites = [...new Set(Object.values(pairs).flat())];
const everySite = [...new Set([site, ...pairedSites])];

/** The figures the ratio table compares, per site. */
type Figure =
	| 'loadBytes'
	| 'fcpMs'
	| 'desktopLcpMs'
	| 'lcpMs'
	| 'searchBytes'
	| 'searchMs'
	| 'msPerPage'
	| 'peakMB';
type Figures = Partial<Record<Figure, number>>;
const figures = new Map<Site, Figures>(everySite.map((site) => [site, {}]));
const record = (site: Site, values: Figures) => Object.assign(figures.get(site)!, values);

/** Runs one part of the bench; one that fails is reported and makes the exit status 1. */
async function part(name: string, work: () => Promise<void>): Promise<void> {
	await work().catch((error: Error) => {
		process.exitCode = 1;
		console.log(`\n${name} could not be measured: ${error.stack ?? error}\n`);
	});
}

/** Prints a Markdown table after a blank line; the first column's heading names the table. */
function printTable(head: string[], rows: Array<Array<string | number>>): void {
	const lines = [head, head.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`);
	console.log(`\n${lines.join('\n')}`);
}
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => `${Math.round(value)} ms`;
const MB = (value: number) => `${Math.round(value)} MB`;
const perPageMs = (value: number) => `${value.toFixed(1)} ms`;
const url = (site: Site, path = site.article) => `http://127.0.0.1:${site.port}${path}`;

/** Runs `measure` on each site in turn, `times` rounds, so that each meets the same minutes. */
async function alternate<T>(times: number, of: Site[], measure: (site: Site) => Promise<T>) {
	const runs = new Map(of.map((site): [Site, T[]] => [site, []]));
	for (let round = 0; round < times; round++)
		for (const site of of) runs.get(site)!.push(await measure(site));
	return runs;
}

/** Our copies hold the peer's article; the 1,000-page copies grow from the article's pair. */
function prepareCopies(): void {
	if (withPeer) {
		sites.copyProject(ROOT, ours.folder);
		sites.addArticle(ours.folder, join(PEER_SOURCE, 'reference-article.md'));
		sites.preparePeer(PEER_SOURCE, peer.folder);
	}
	if (large) {
		sites.copyProject(ours.folder, oursLarge.folder);
		sites.multiplyOurs(oursLarge.folder, 1000);
	}
	if (large && withPeer) {
		sites.copyProject(peer.folder, peerLarge.folder);
		sites.multiplyPeer(peerLarge.folder, 1000);
	}
}

/** Builds each site `site.builds` times from a cold cache; medians of time and of peak memory. */
async function builds(): Promise<void> {
	prepareCopies();
	const rows = [];
	for (const site of everySite.filter((each) => each.builds > 0)) {
		const runs = [];
		for (let run = 1; run <= site.builds; run++) {
			const done = await sites.timedBuild(site.folder);
			console.log(`- ${site.name}, build ${run}: ${done.seconds.toFixed(1)} s, ${MB(done.peakMB)}`);
			runs.push(done);
		}
		const seconds = median(runs.map((run) => run.seconds));
		const { pages } = runs[0]!;
		const peakMB = median(runs.map((run) => run.peakMB));
		const msPerPage = (seconds * 1000) / pages;
		record(site, { msPerPage, peakMB });
		const time = `${seconds.toFixed(1)} s`;
		rows.push([site.name, site.builds, pages, time, perPageMs(msPerPage), MB(peakMB)]);
	}
	const head = ['build', 'builds', 'pages', 'time', 'per page', 'peak memory (process tree)'];
	printTable(head, rows);
	if (withPeer) await sites.reindexedCopy(ours.folder, oursArticleOnly.folder);
}

const BYTES_HEAD = ['page', 'requests', 'HTML', 'CSS', 'JS', 'other', 'total'];
const bytesRow = (page: string, bytes: Bytes) => [
	page,
	bytes.requests,
	...[bytes.html, bytes.css, bytes.js, bytes.other, bytes.total].map(kB),
];

const PAGE_KINDS = {
	home: '/',
	explainer: '/401-unauthorized/',
	comparison: '/compare/401-vs-403/',
	scheme: '/schemes/bearer/',
	'FAQ entry': '/faq/401-on-redirect/',
	'troubleshooting page': '/troubleshoot/nginx/',
	'tool page': '/tools/jwt/',
	'troubleshooting index': '/troubleshoot/',
};

async function pageWeights(chromium: Browser): Promise<void> {
	const rows = [];
	for (const [kind, path] of Object.entries(PAGE_KINDS)) {
		const { bytes } = await browser.load(chromium, url(site, path), kind === 'tool page');
		rows.push(bytesRow(`${kind} \`${path}\``, bytes));
	}
	printTable(BYTES_HEAD, rows);
}

/** The article on each site: bytes on load (of the first load) and the desktop first paint. */
async function articleLoads(chromium: Browser): Promise<void> {
	const loads = await alternate(PAINTS, pairs.article!, (site) =>
		browser.load(chromium, url(site)),
	);
	const rows = [...loads].map(([site, all]) => {
		const fcpMs = median(all.map((each) => each.fcpMs));
		const desktopLcpMs = median(all.map((each) => each.desktopLcpMs));
		record(site, { loadBytes: all[0]!.bytes.total, fcpMs, desktopLcpMs });
		return [...bytesRow(site.name, all[0]!.bytes), ms(fcpMs), ms(desktopLcpMs)];
	});
	printTable([...BYTES_HEAD, `desktop FCP (median of ${PAINTS})`, 'desktop LCP'], rows);
}

async function searches(chromium: Browser): Promise<void> {
	const runs = await alternate(SEARCHES, pairedSites, (site) =>
		browser.search(chromium, url(site), site.search, QUERY),
	);
	const rows = [...runs].map(([site, all]) => {
		// The run of median time, for its bytes and its time alike.
		const run = [...all].sort((a, b) => a.ms - b.ms)[Math.floor(all.length / 2)]!;
		record(site, { searchBytes: run.bytes.total, searchMs: run.ms });
		const times = all.map((each) => Math.round(each.ms)).join(', ');
		return [site.name, run.bytes.requests, kB(run.bytes.total), ms(run.ms), times];
	});
	printTable(['search', 'requests', 'bytes', 'time', 'all runs'], rows);
}

async function audits(): Promise<void> {
	const runs = await alternate(AUDITS, pairs.article!, (site) => browser.lighthouseRun(url(site)));
	const rows = [...runs].map(([site, all]) => {
		const of = (key: keyof LighthouseFigures) => median(all.map((figures) => figures[key]));
		record(site, { lcpMs: of('lcpMs') });
		return [site.name, of('score'), ms(of('lcpMs')), ms(of('tbtMs')), of('cls').toFixed(3)];
	});
	const head = [`Lighthouse (mobile, medians of ${AUDITS})`, 'performance', 'LCP', 'TBT', 'CLS'];
	printTable(head, rows);
}

/** A goal: label, figure, pair of sites, format, highest ratio (none: a figure to read, no goal). */
type Goal = [string, Figure, keyof typeof pairs, (value: number) => string, number?];
const GOALS: Goal[] = [
	['bytes on load, article page', 'loadBytes', 'article', kB, 0.4],
	['Lighthouse mobile LCP', 'lcpMs', 'article', ms, 0.8],
	['desktop FCP', 'fcpMs', 'article', ms, 1],
	// Starlight's first paint is its header alone; the article's text shows at its LCP.
	['desktop LCP', 'desktopLcpMs', 'article', ms],
	// Our whole site's index against the peer's two pages: not the same pages, so no goal.
	['search bytes to first result, whole site', 'searchBytes', 'article', kB],
	['search time to first result, whole site', 'searchMs', 'article', ms],
	['search bytes to first result, same article', 'searchBytes', 'sameArticle', kB, 1],
	['search time to first result, same article', 'searchMs', 'sameArticle', ms, 1],
	['search bytes to first result, 1,000 pages', 'searchBytes', 'large', kB, 1],
	['search time to first result, 1,000 pages', 'searchMs', 'large', ms, 1],
	['build time per page, 1,000 pages', 'msPerPage', 'large', perPageMs, 0.7],
	['build peak memory, 1,000 pages', 'peakMB', 'large', MB, 0.8],
];

function ratios(): void {
	const rows = GOALS.map(([label, figure, pair, format, goal]) => {
		const [x, y] = (pairs[pair] ?? []).map((site) => figures.get(site)?.[figure]);
		const wanted = goal === undefined ? '–' : `≤ ${goal}`;
		if (x === undefined || y === undefined) return [label, '–', '–', '–', wanted];
		const met = goal === undefined ? '' : x / y <= goal ? ': met' : ': not met';
		return [label, format(x), format(y), (x / y).toFixed(2), `${wanted}${met}`];
	});
	printTable(['figure', 'ours', 'Starlight', 'ratio', 'goal'], rows);
}

async function main(): Promise<void> {
	const chromium = await browser.launchBrowser();
	const load = loadavg().map((value) => value.toFixed(2));
	console.log(`# npm run bench, ${new Date().toISOString()}\n`);
	console.log(`Node ${process.version}, Chromium ${chromium.version()}, load ${load.join(' ')}.`);
	console.log(`Flags: ${args.join(' ') || 'none'}. Sizes: brotli 11, 1 kB = 1,000 bytes.`);

	if (!flag('--no-build')) await part('builds', builds);
	else if (!everySite.every((site) => existsSync(join(site.folder, 'dist', 'index.html'))))
		throw new Error('--no-build, but the last run did not build all of the sites.');

	const servers = await Promise.all(everySite.map((site) => sites.serve(site.folder, site.port)));
	try {
		await part('page weight', () => pageWeights(chromium));
		await part('article page', () => articleLoads(chromium));
		await part('search', () => searches(chromium));
		if (!flag('--skip-lighthouse')) await part('Lighthouse', audits);
	} finally {
		await chromium.close();
		for (const server of servers) server.close();
	}

	if (!flag('--skip-doctor'))
		await part('401 doctor', async () => console.log(`\n${doctorLine()}`));
	if (withPeer) ratios();
}

await main();
