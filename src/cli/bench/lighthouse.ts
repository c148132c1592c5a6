/**
 * Lighthouse with its default configuration: a mobile device, simulated Slow-4G throttling and a
 * 4x CPU slowdown. It drives its own Chromium through chrome-launcher and only ever loads our
 * loopback pages; the flags keep Chromium itself off the network.
 */
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { chromium } from '@playwright/test';
import { SYSTEM_CHROMIUM_ARGS, chromiumExecutable } from '../../../tests/support/browser.ts';
import type { LighthouseFigures } from '../../lib/bench-budget.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Audit modes that carry no pass or fail. */
const UNSCORED = new Set(['informative', 'notApplicable', 'manual', 'error']);

/** How often each page is audited; the run with the median performance score is reported. */
export const LIGHTHOUSE_RUNS = 5;

export interface LighthouseRun {
	figures: LighthouseFigures;
	/** Audits that did not pass fully, as "category: title (value)", each with a few offending items. */
	findings: Array<{ text: string; items: string[] }>;
	warnings: string[];
	/** Lighthouse's own CPU speed estimate of this machine (a fast desktop scores well above 1,000). */
	benchmarkIndex: number | undefined;
	/** Performance scores of all the runs on this page, to show how much they varied. */
	performanceScores: number[];
	/** Total Blocking Time of every run, in ms: the figure that varies most on a shared machine. */
	tbtRuns: number[];
	/** Where the main thread's time went and the longest tasks: what Total Blocking Time comes from. */
	mainThread: string;
}

/** Runs Lighthouse on each URL in turn, all in one Chromium. */
export async function runLighthouse(
	origin: string,
	paths: readonly string[],
): Promise<LighthouseRun[]> {
	const chrome = await launch({
		chromePath: chromiumExecutable() ?? chromium.executablePath(),
		chromeFlags: ['--headless=new', ...SYSTEM_CHROMIUM_ARGS],
		logLevel: 'silent',
	});
	try {
		const results: LighthouseRun[] = [];
		for (const path of paths) {
			const runs: LighthouseRun[] = [];
			for (let run = 0; run < LIGHTHOUSE_RUNS; run++)
				runs.push(await audit(origin, path, chrome.port));
			results.push(median(runs));
		}
		return results;
	} finally {
		chrome.kill();
	}
}

/**
 * The run with the median performance score, for its findings; LCP, TBT and CLS are each the
 * median over all runs, since timings on a shared machine vary from run to run.
 */
function median(runs: LighthouseRun[]): LighthouseRun {
	const sorted = [...runs].sort(
		(a, b) => (a.figures.scores.performance ?? 0) - (b.figures.scores.performance ?? 0),
	);
	const middle = sorted[Math.floor(sorted.length / 2)]!;
	const medianOf = (pick: (run: LighthouseRun) => number | undefined) => {
		const values = runs.map(pick).filter((value) => value !== undefined);
		values.sort((a, b) => a - b);
		return values[Math.floor(values.length / 2)];
	};
	// Warnings of every run: a run that scored 0 usually failed to load, and says why here.
	const warnings = [...new Set(runs.flatMap((run) => run.warnings))];
	return {
		...middle,
		figures: {
			...middle.figures,
			lcpMs: medianOf((run) => run.figures.lcpMs),
			tbtMs: medianOf((run) => run.figures.tbtMs),
			cls: medianOf((run) => run.figures.cls),
		},
		warnings,
		performanceScores: runs.map((run) => run.figures.scores.performance ?? 0),
		tbtRuns: runs.map((run) => Math.round(run.figures.tbtMs ?? NaN)),
	};
}

/** The parts of an audit's detail items worth printing. */
interface DetailItem {
	node?: { selector?: string; explanation?: string };
	url?: string;
	/** Console errors carry their message here and their origin in sourceLocation. */
	description?: string;
	sourceLocation?: { url?: string };
	duration?: number;
	wastedMs?: number;
}

/** Up to three offending elements or files of a failed audit, with axe's reason where it gave one. */
function offenders(details: unknown): string[] {
	const items = (details as { items?: unknown } | undefined)?.items;
	if (!Array.isArray(items)) return [];
	return (items as DetailItem[]).slice(0, 3).flatMap((item) => {
		const what = item.node?.selector ?? item.url ?? item.sourceLocation?.url;
		if (!what) return [];
		// axe explains as "Fix any of the following:\n  <reason>"; the reason is what matters.
		const reason =
			item.node?.explanation?.split('\n')[1]?.trim() ?? item.description?.slice(0, 200);
		const time = item.wastedMs ?? item.duration;
		return [
			`${what}${reason ? ` — ${reason}` : ''}${time === undefined ? '' : ` (${Math.round(time)} ms)`}`,
		];
	});
}

async function audit(origin: string, path: string, port: number): Promise<LighthouseRun> {
	const result = await lighthouse(`${origin}${path}`, { port, output: 'json', logLevel: 'error' });
	if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
	const { lhr } = result;
	const score = (id: (typeof CATEGORIES)[number]) => {
		const value = lhr.categories[id]?.score;
		return typeof value === 'number' ? Math.round(value * 100) : undefined;
	};
	const metric = (id: string) => lhr.audits[id]?.numericValue;
	const seen = new Set<string>();
	const findings = CATEGORIES.flatMap((category) =>
		(lhr.categories[category]?.auditRefs ?? []).flatMap((ref) => {
			const found = lhr.audits[ref.id];
			if (
				!found ||
				seen.has(ref.id) ||
				found.score === null ||
				found.score >= 1 ||
				UNSCORED.has(found.scoreDisplayMode)
			)
				return [];
			seen.add(ref.id);
			const value = found.displayValue ? ` (${found.displayValue})` : '';
			return [
				{
					text: `${category}: ${found.title}${value}${ref.weight ? '' : ' [weight 0]'}`,
					items: offenders(found.details),
				},
			];
		}),
	);
	return {
		figures: {
			path,
			scores: {
				performance: score('performance'),
				accessibility: score('accessibility'),
				'best-practices': score('best-practices'),
				seo: score('seo'),
			},
			lcpMs: metric('largest-contentful-paint'),
			tbtMs: metric('total-blocking-time'),
			cls: metric('cumulative-layout-shift'),
		},
		findings,
		warnings: [...(lhr.runWarnings ?? []), ...(lhr.runtimeError ? [lhr.runtimeError.message] : [])],
		benchmarkIndex: lhr.environment?.benchmarkIndex,
		performanceScores: [],
		tbtRuns: [],
		mainThread: mainThreadSummary(
			lhr.audits['mainthread-work-breakdown']?.details,
			lhr.audits['long-tasks']?.details,
		),
	};
}

/** "Style & Layout 640 ms, Other 780 ms, …; long tasks 330, 235, 219 ms" from two informative audits. */
function mainThreadSummary(breakdown: unknown, longTasks: unknown): string {
	const items = <T>(details: unknown) => (details as { items?: T[] } | undefined)?.items ?? [];
	const groups = items<{ groupLabel?: string; duration?: number }>(breakdown)
		.filter((group) => (group.duration ?? 0) >= 1)
		.map((group) => `${group.groupLabel ?? '?'} ${Math.round(group.duration ?? 0)} ms`);
	const tasks = items<{ duration?: number }>(longTasks)
		.slice(0, 5)
		.map((task) => Math.round(task.duration ?? 0));
	return `${groups.join(', ') || 'no main-thread figures'}; longest tasks: ${tasks.length ? `${tasks.join(', ')} ms` : 'none'}`;
}
