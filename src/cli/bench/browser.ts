/**
 * What a reader's browser meets: bytes a page loads, its first paint, the cost of a search, and
 * Lighthouse's mobile audit. Every page is loaded in a fresh browser context (empty cache).
 */
import { chromium, type Browser, type Page, type Request } from '@playwright/test';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { SYSTEM_CHROMIUM_ARGS, chromiumExecutable } from '../../../tests/support/browser.ts';
import { brotli } from './sites.ts';

export const median = (values: number[]): number =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

export function launchBrowser(): Promise<Browser> {
	const executablePath = chromiumExecutable();
	return chromium.launch(executablePath ? { executablePath, args: SYSTEM_CHROMIUM_ARGS } : {});
}

/** Requests and brotli bytes of what a page fetched, split by content type. */
export type Bytes = Record<'requests' | 'html' | 'css' | 'js' | 'other' | 'total', number>;
const KINDS = { html: /html/, css: /css/, js: /javascript/ };

async function bytesOf(requests: Request[]): Promise<Bytes> {
	const bytes: Bytes = { requests: requests.length, html: 0, css: 0, js: 0, other: 0, total: 0 };
	for (const request of requests) {
		const response = await request.response();
		// A redirect has no body to read.
		const body = await response?.body().catch(() => undefined);
		const size = body ? brotli(body).length : 0;
		const type = response?.headers()['content-type'] ?? '';
		const kind = Object.entries(KINDS).find(([, pattern]) => pattern.test(type))?.[0];
		bytes[(kind as keyof typeof KINDS) ?? 'other'] += size;
		bytes.total += size;
	}
	return bytes;
}

/** When a request's response ended, on the browser's clock (ms since the epoch). */
const endedAt = (request: Request) => request.timing().startTime + request.timing().responseEnd;

/**
 * Records the requests a page completes from now on (its workers' included), and waits until the
 * network has been idle for a second: Playwright's 'networkidle' only covers the navigation.
 */
function record(page: Page) {
	const finished: Request[] = [];
	let pending = 0;
	let last = Date.now();
	page.on('request', () => (pending++, (last = Date.now())));
	page.on('requestfailed', () => (pending--, (last = Date.now())));
	page.on('requestfinished', (request) => (pending--, (last = Date.now()), finished.push(request)));
	const quiet = async () => {
		while (pending > 0 || Date.now() - last < 1000) await page.waitForTimeout(50);
	};
	return { finished, quiet };
}

/** Opens a fresh context, lets `work` use a page in it, and closes the context. */
async function fresh<T>(browser: Browser, work: (page: Page) => Promise<T>): Promise<T> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	try {
		return await work(await context.newPage());
	} finally {
		await context.close();
	}
}

/**
 * One load of `url` on a desktop viewport, no throttling: what it fetched until the network was
 * quiet, its first contentful paint and its largest (when its main text showed). `move` moves the
 * pointer once loaded, since our tool pages load their code on the reader's first move.
 */
export function load(browser: Browser, url: string, move = false) {
	return fresh(browser, async (page) => {
		const traffic = record(page);
		await page.goto(url);
		if (move) await page.mouse.move(10, 10);
		await traffic.quiet();
		// Largest-contentful-paint entries reach only an observer, not the performance timeline.
		const [fcpMs, desktopLcpMs] = await page.evaluate(
			() =>
				new Promise<number[]>((done) =>
					new PerformanceObserver((list) => {
						const fcp = performance.getEntriesByName('first-contentful-paint')[0];
						done([fcp?.startTime ?? NaN, list.getEntries().at(-1)?.startTime ?? NaN]);
					}).observe({ type: 'largest-contentful-paint', buffered: true }),
				),
		);
		return { bytes: await bytesOf(traffic.finished), fcpMs: fcpMs!, desktopLcpMs: desktopLcpMs! };
	});
}

/** How to drive a site's search: what opens the dialog, where to type, what a result is. */
export type SearchSelectors = Record<'open' | 'input' | 'result', string>;

/** Pause between keystrokes: a quick typist. */
const KEY_DELAY_MS = 100;

/**
 * Types `query` key by key into the site's search. Returns what the page fetched from opening the
 * dialog to the first result of the whole query, and the time from the last keystroke to it, on the
 * page's clock. Input events and changes to the results are marked in the page, with the first
 * result's link, so results still showing for a prefix ("beare") do not count as the whole word's.
 */
export function search(browser: Browser, url: string, selectors: SearchSelectors, query: string) {
	return fresh(browser, async (page) => {
		await page.addInitScript(({ input, result }) => {
			document.addEventListener(
				'input',
				(event) => (event.target as Element).matches?.(input) && performance.mark('bench:input'),
				true,
			);
			new MutationObserver(() => {
				const first = document.querySelector<HTMLAnchorElement>(result);
				if (first) performance.mark('bench:result', { detail: first.href });
			}).observe(document, { childList: true, subtree: true });
		}, selectors);
		await page.goto(url);
		await record(page).quiet();
		const traffic = record(page);
		await page.locator('site-search:defined').waitFor({ state: 'attached' });
		await page.locator(selectors.open).click();
		await page.locator(selectors.input).pressSequentially(query, { delay: KEY_DELAY_MS });
		// The network may be quiet before a debounced search even starts.
		await page.waitForFunction(() => {
			const last = performance.getEntriesByName('bench:input').at(-1)!.startTime;
			return performance.getEntriesByName('bench:result').some((mark) => mark.startTime >= last);
		});
		await traffic.quiet();
		const { ms, shownAt } = await page.evaluate((result) => {
			const final = document.querySelector<HTMLAnchorElement>(result)?.href;
			const last = performance.getEntriesByName('bench:input').at(-1)?.startTime ?? NaN;
			const marks = performance.getEntriesByName('bench:result') as PerformanceMark[];
			const shown = marks.find((mark) => mark.startTime >= last && mark.detail === final);
			const at = shown?.startTime ?? NaN;
			return { ms: at - last, shownAt: performance.timeOrigin + at };
		}, selectors.result);
		if (!Number.isFinite(ms)) throw new Error(`no result for "${query}" at ${url}`);
		const beforeResult = traffic.finished.filter((request) => endedAt(request) <= shownAt);
		return { bytes: await bytesOf(beforeResult), ms };
	});
}

export type LighthouseFigures = Record<'score' | 'lcpMs' | 'tbtMs' | 'cls', number>;

/** Lighthouse's defaults (mobile, simulated Slow 4G, 4x CPU slowdown), performance only. */
export async function lighthouseRun(url: string): Promise<LighthouseFigures> {
	const chrome = await launch({
		chromePath: chromiumExecutable() ?? chromium.executablePath(),
		chromeFlags: ['--headless=new', ...SYSTEM_CHROMIUM_ARGS],
	});
	try {
		const result = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'] });
		if (!result || result.lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}`);
		const metric = (id: string) => result.lhr.audits[id]?.numericValue ?? NaN;
		return {
			score: Math.round((result.lhr.categories['performance']?.score ?? NaN) * 100),
			lcpMs: metric('largest-contentful-paint'),
			tbtMs: metric('total-blocking-time'),
			cls: metric('cumulative-layout-shift'),
		};
	} finally {
		chrome.kill();
	}
}
