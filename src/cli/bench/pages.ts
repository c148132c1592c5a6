/**
 * Loads each kind of page in headless Chromium, counts what it fetches before and after someone
 * opens search and runs a query, and times that query inside the page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { SYSTEM_CHROMIUM_ARGS, chromiumExecutable } from '../../../tests/support/browser.ts';
import { tallyOf, type PageClass, type PageFigures, type Tally } from '../../lib/bench-budget.ts';
import { sizesOf, type Served, type StaticServer } from './server.ts';

/** A page the benchmark loads. */
export interface PageTarget {
	name: string;
	path: string;
	class: PageClass;
}

/** What was measured, or why a page was left out. */
export type PageOutcome =
	| {
			target: PageTarget;
			figures: PageFigures;
			dom: { before: number; after: number };
			/** What the server sent, for naming the files behind a figure. */
			files: { before: Served[]; search: Served[] };
			notes: string[];
	  }
	| { target: PageTarget; skipped: string };

/** Every page's figures, and the pasted-query figure. */
export interface PageResults {
	outcomes: PageOutcome[];
	/** First result after a pasted query on a fresh page, or why it is missing. */
	pasted: { path: string; ms: number; search: Tally } | { path: string; error: string };
}

/** The query typed into search: a word the content uses, which several pages match. */
export const QUERY = 'preflight';
/** Pause between keystrokes, about a quick typist's pace; the search starts loading on the first one. */
export const KEY_DELAY_MS = 100;
/** How long the server must stay idle before a page counts as settled. */
const QUIET_MS = 500;

/** One page of each kind; the FAQ entry is the first the sitemap lists. */
export function pageTargets(dist: string): Array<PageTarget | { name: string; skipped: string }> {
	const faq = firstFaqPath(dist);
	return [
		{ name: 'home', path: '/', class: 'content' },
		{ name: 'explainer', path: '/401-unauthorized/', class: 'content' },
		{ name: 'comparison', path: '/compare/401-vs-403/', class: 'content' },
		{ name: 'scheme', path: '/schemes/bearer/', class: 'content' },
		faq
			? { name: 'FAQ entry', path: faq, class: 'content' }
			: { name: 'FAQ entry', skipped: 'no /faq/<slug>/ in sitemap-0.xml' },
		{ name: 'tool', path: '/tools/jwt/', class: 'tool' },
	];
}

function firstFaqPath(dist: string): string | undefined {
	const sitemap = join(dist, 'sitemap-0.xml');
	if (!existsSync(sitemap)) return undefined;
	for (const [, loc = ''] of readFileSync(sitemap, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) {
		// The sitemap holds absolute production URLs; only the path matters here.
		const path = new URL(loc).pathname;
		if (/\/faq\/[^/]+\/$/.test(path)) return path;
	}
	return undefined;
}

/** Whether the build has a page at `path`, so a missing page is skipped rather than measured as a 404. */
export const pageExists = (dist: string, path: string): boolean =>
	existsSync(join(dist, path, 'index.html'));

export async function launchBrowser(): Promise<Browser> {
	const executablePath = chromiumExecutable();
	return chromium.launch(executablePath ? { executablePath, args: SYSTEM_CHROMIUM_ARGS } : {});
}

/** Waits until the server has sent nothing for QUIET_MS (at most `limit` ms). */
async function settle(server: StaticServer, limit = 15_000): Promise<void> {
	const start = Date.now();
	while (Date.now() - server.lastActivity() < QUIET_MS && Date.now() - start < limit) {
		await new Promise((done) => setTimeout(done, 50));
	}
}

/** What the page records for us: when each search keystroke landed and when results were added. */
interface Probe {
	inputs: number[];
	results: number[];
}

/**
 * Runs in the page before its own scripts. Times are the page's performance.now(), so the figure
 * covers the page's own work (loading the index, searching, rendering) without any protocol latency.
 */
function installProbe(): void {
	const probe: Probe = { inputs: [], results: [] };
	(window as unknown as { __benchProbe: Probe }).__benchProbe = probe;
	// Capture phase: the time is taken before the site's own input handler runs.
	document.addEventListener(
		'input',
		(event) => {
			if ((event.target as Element | null)?.id === 'search-input')
				probe.inputs.push(performance.now());
		},
		true,
	);
	document.addEventListener('DOMContentLoaded', () => {
		const list = document.querySelector('.search-results');
		if (!list) return;
		new MutationObserver((records) => {
			if (records.some((record) => record.addedNodes.length > 0))
				probe.results.push(performance.now());
		}).observe(list, { childList: true });
	});
}

/** Executable inline scripts and inline styles: they ship inside the HTML but still cost bytes. */
async function inlineCode(page: Page): Promise<{ js: number; css: number }> {
	const text = await page.evaluate(() => {
		const executable = (script: HTMLScriptElement) =>
			!script.src && ['', 'module', 'text/javascript'].includes(script.type);
		return {
			js: [...document.querySelectorAll('script')]
				.filter(executable)
				.map((s) => s.textContent)
				.join('\n'),
			css: [...document.querySelectorAll('style')].map((s) => s.textContent).join('\n'),
		};
	});
	const brotli = (code: string) => (code ? sizesOf(Buffer.from(code)).brotli : 0);
	return { js: brotli(text.js), css: brotli(text.css) };
}

const domSize = (page: Page) => page.evaluate(() => document.querySelectorAll('*').length);

/**
 * Opens search with Ctrl+K, enters the query and returns ms from the last keystroke to the first
 * result. `typed` enters it key by key; otherwise it arrives in one input event, as when pasted.
 */
async function runSearch(page: Page, typed: boolean): Promise<number> {
	await page.keyboard.press('Control+K');
	await page
		.locator('dialog.search-dialog[open] #search-input:focus')
		.waitFor({ timeout: 10_000 })
		.catch(async () => {
			const state = await page.evaluate(() => ({
				open:
					document.querySelector<HTMLDialogElement>('dialog.search-dialog')?.open ?? 'no dialog',
				focused: document.activeElement?.id || document.activeElement?.tagName,
			}));
			throw new Error(
				`Ctrl+K did not open search with its input focused: ${JSON.stringify(state)}`,
			);
		});
	if (typed) await page.keyboard.type(QUERY, { delay: KEY_DELAY_MS });
	else await page.keyboard.insertText(QUERY);
	// Results may already show for a prefix ("pre"); wait for the list to change after the last key.
	await page.waitForFunction(
		() => {
			const probe = (window as unknown as { __benchProbe: Probe }).__benchProbe;
			const last = probe.inputs.at(-1) ?? Infinity;
			return probe.results.some((time) => time >= last);
		},
		undefined,
		{ timeout: 15_000 },
	);
	await page.locator('.search-results a').first().waitFor({ timeout: 5_000 });
	const ms = await page.evaluate(() => {
		const probe = (window as unknown as { __benchProbe: Probe }).__benchProbe;
		const last = probe.inputs.at(-1) ?? 0;
		return (probe.results.find((time) => time >= last) ?? NaN) - last;
	});
	// Titles come first and excerpts after a pause: the bytes counted include the excerpts.
	await page.locator('.search-results .search-excerpt mark').first().waitFor({ timeout: 5_000 });
	return ms;
}

/** Measures one page in a fresh browser context, so nothing comes from an earlier page's cache. */
export async function measurePage(
	browser: Browser,
	server: StaticServer,
	target: PageTarget,
): Promise<PageOutcome> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const notes: string[] = [];
	try {
		const page = await context.newPage();
		page.on('pageerror', (error) => notes.push(`page error: ${error.message}`));
		await page.addInitScript(installProbe);
		await settle(server);
		server.takeLog();
		const response = await page.goto(server.origin + target.path, { waitUntil: 'load' });
		if (!response?.ok()) return { target, skipped: `HTTP ${response?.status() ?? 'no response'}` };
		await settle(server);
		// A tool's code loads on the reader's first move (src/components/tools/Tool.astro); it counts.
		if (target.class === 'tool') {
			await page.mouse.move(10, 10);
			await settle(server);
		}
		const beforeFiles = server.takeLog();
		const inline = await inlineCode(page);
		const domBefore = await domSize(page);

		let searchFiles: Served[] | undefined;
		let firstResultMs: number | undefined;
		try {
			firstResultMs = await runSearch(page, true);
			await settle(server);
			searchFiles = server.takeLog();
		} catch (error) {
			notes.push(`search failed: ${(error as Error).message.split('\n')[0]}`);
		}
		const domAfter = await domSize(page);
		return {
			target,
			figures: {
				path: target.path,
				class: target.class,
				before: tallyOf(beforeFiles),
				inline,
				search: searchFiles && tallyOf(searchFiles),
				firstResultMs,
			},
			dom: { before: domBefore, after: domAfter },
			files: { before: beforeFiles, search: searchFiles ?? [] },
			notes,
		};
	} finally {
		await context.close();
	}
}

/**
 * The same query pasted rather than typed: one input event on a fresh page, so the search worker
 * and the index all load after the "keystroke". The worst case a visitor can meet.
 */
export async function measurePastedQuery(
	browser: Browser,
	server: StaticServer,
	path: string,
): Promise<{ ms: number; search: Tally }> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	try {
		const page = await context.newPage();
		await page.addInitScript(installProbe);
		await page.goto(server.origin + path, { waitUntil: 'load' });
		await settle(server);
		server.takeLog();
		const ms = await runSearch(page, false);
		await settle(server);
		// A single query loads no fragments for intermediate prefixes: the least search can fetch.
		return { ms, search: tallyOf(server.takeLog()) };
	} finally {
		await context.close();
	}
}
