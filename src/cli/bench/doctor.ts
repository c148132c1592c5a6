/**
 * The 401 doctor on a large HAR file: the Firefox export the tests use (a login redirect, then a
 * 401 with its CORS and token problems), its entries repeated to 2,000 with bodies of about 10 kB,
 * some 20 MB in all, as a browser exports a busy session. Times `diagnoseExchange` alone, and all
 * that the page's worker does with a dropped file (diagnose, keep what is shown, redact a copy).
 */
import { FIREFOX_HAR } from '../../../tests/support/transcripts.ts';
import { diagnoseExchange } from '../../lib/http-auth/diagnose.ts';
import { redactTranscript } from '../../lib/http-auth/redact.ts';
import { doctorReport } from '../../lib/tools/doctor-result.ts';
import { median } from './browser.ts';

const ENTRIES = 2000;
const BODY = JSON.stringify({ items: 'x'.repeat(8_900) });
/** Timed runs of each; the median is reported. */
const RUNS = 5;
/** A fixed "now", so token expiry findings do not change from day to day. */
const NOW = 1_800_000_000;

export function largeHar(): string {
	const har = JSON.parse(FIREFOX_HAR);
	const entries = har.log.entries;
	har.log.entries = Array.from({ length: ENTRIES }, (_, index) => {
		const entry = structuredClone(entries[index % entries.length]);
		entry.response.content = { mimeType: 'application/json', size: BODY.length, text: BODY };
		return entry;
	});
	return JSON.stringify(har);
}

function medianMs(work: () => void): number {
	const times = Array.from({ length: RUNS }, () => {
		const start = performance.now();
		work();
		return performance.now() - start;
	});
	return median(times);
}

/** The doctor's figures on the generated HAR file, in a sentence. */
export function doctorLine(): string {
	const har = largeHar();
	const result = diagnoseExchange(har, { now: NOW });
	const findings = result.ok ? result.findings.length : 0;
	const diagnose = medianMs(() => diagnoseExchange(har, { now: NOW }));
	const worker = medianMs(() => {
		doctorReport(har, NOW);
		redactTranscript(har);
	});
	const size = `${(Buffer.byteLength(har) / 1e6).toFixed(1)} MB`;
	return `Generated HAR file of ${ENTRIES.toLocaleString('en')} entries, ${size} (${findings.toLocaleString('en')} findings): diagnoseExchange ${Math.round(diagnose)} ms; the worker's whole job (diagnose, keep what is shown, redact a copy) ${Math.round(worker)} ms. Medians of ${RUNS} runs.`;
}
