/**
 * The 401 doctor on a large HAR file: a generated file of 2,000 entries and about 20 MB, most of it
 * response bodies, as a browser exports a busy session. It reports the time `diagnoseExchange`
 * takes on it, and the time of everything the page's worker does with a dropped file (read it,
 * diagnose it, keep what the result shows, redact a copy). A figure only: there is no budget.
 */
import { diagnoseExchange } from '../../lib/http-auth/diagnose.ts';
import { redactTranscript } from '../../lib/http-auth/redact.ts';
import { doctorReport } from '../../lib/tools/doctor-result.ts';

export const DOCTOR_ENTRIES = 2000;
/** Body bytes per entry, for about 20 MB in all. */
const BODY_BYTES = 8_650;
/** Timed runs; the median is reported. */
const RUNS = 5;

export type DoctorFigures = {
	entries: number;
	bytes: number;
	findings: number;
	diagnoseMs: number;
	workerMs: number;
};

const b64url = (json: object) => Buffer.from(JSON.stringify(json)).toString('base64url');

/** A HAR 1.2 file in Chrome's shape: API calls with tokens, 401s, preflights and redirects. */
export function generateHar(entries = DOCTOR_ENTRIES): string {
	const token = `${b64url({ alg: 'RS256', kid: 'k1' })}.${b64url({ sub: 'u1', exp: 1_700_000_000 })}.c2ln`;
	const body = JSON.stringify({ items: 'x'.repeat(BODY_BYTES) });
	const header = (name: string, value: string) => ({ name, value });
	return JSON.stringify({
		log: {
			version: '1.2',
			creator: { name: 'WebInspector', version: '537.36' },
			pages: [
				{
					startedDateTime: '2026-12-01T10:00:00.000Z',
					id: 'page_1',
					title: 'https://app.example.com/',
					pageTimings: { onContentLoad: 500, onLoad: 800 },
				},
			],
			entries: Array.from({ length: entries }, (_, i) => {
				const kind = i % 4;
				const preflight = kind === 3;
				return {
					_resourceType: preflight ? 'preflight' : 'fetch',
					pageref: 'page_1',
					startedDateTime: new Date(Date.UTC(2026, 11, 1, 10, 0, 0, i * 10)).toISOString(),
					time: 42,
					request: {
						method: preflight ? 'OPTIONS' : 'GET',
						url: `https://api.example.com/v1/items/${i}${kind === 2 ? '?access_token=abc' : ''}`,
						httpVersion: 'http/2.0',
						headers: [
							header(':authority', 'api.example.com'),
							header(':method', preflight ? 'OPTIONS' : 'GET'),
							header(':path', `/v1/items/${i}`),
							header(':scheme', 'https'),
							header('accept', 'application/json'),
							header('origin', 'https://app.example.com'),
							header('user-agent', 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36'),
							...(preflight
								? [
										header('access-control-request-method', 'GET'),
										header('access-control-request-headers', 'authorization'),
									]
								: [
										header('authorization', `Bearer ${token}`),
										header('cookie', `sid=s${i}; theme=dark`),
									]),
						],
						queryString: [],
						cookies: [],
						headersSize: -1,
						bodySize: 0,
					},
					response: {
						status: kind === 1 ? 401 : kind === 0 ? 200 : kind === 2 ? 302 : 204,
						statusText: '',
						httpVersion: 'http/2.0',
						headers: [
							header('content-type', 'application/json'),
							header('date', 'Tue, 01 Dec 2026 10:00:00 GMT'),
							header('access-control-allow-origin', kind === 0 ? '*' : 'https://app.example.com'),
							header('access-control-allow-credentials', 'true'),
							...(kind === 1
								? [header('www-authenticate', 'Bearer realm="api", error="invalid_token"')]
								: []),
							...(kind === 2 ? [header('location', 'https://login.example.net/')] : []),
						],
						cookies: [],
						content: { size: body.length, mimeType: 'application/json', text: body },
						redirectURL: '',
						headersSize: -1,
						bodySize: body.length,
					},
					cache: {},
					timings: { blocked: 1, dns: -1, ssl: -1, connect: -1, send: 0.1, wait: 40, receive: 0.9 },
				};
			}),
		},
	});
}

const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function timed(work: () => void): number {
	const start = performance.now();
	work();
	return performance.now() - start;
}

/** Generates the file and times the doctor on it, `RUNS` times each; medians. */
export function benchDoctor(): DoctorFigures {
	const har = generateHar();
	const first = diagnoseExchange(har, { now: 1_800_000_000 });
	const findings = first.ok ? first.findings.length : 0;
	const diagnose = Array.from({ length: RUNS }, () =>
		timed(() => diagnoseExchange(har, { now: 1_800_000_000 })),
	);
	const worker = Array.from({ length: RUNS }, () =>
		timed(() => {
			doctorReport(har, 1_800_000_000);
			redactTranscript(har);
		}),
	);
	return {
		entries: DOCTOR_ENTRIES,
		bytes: Buffer.byteLength(har),
		findings,
		diagnoseMs: median(diagnose),
		workerMs: median(worker),
	};
}

/** "2,000 entries, 20.3 MB: diagnoseExchange 180 ms (…)". */
export function doctorLine(figures: DoctorFigures): string {
	const mb = (figures.bytes / 1e6).toFixed(1);
	return `Generated HAR file of ${figures.entries.toLocaleString('en')} entries, ${mb} MB (${figures.findings.toLocaleString('en')} findings): diagnoseExchange ${figures.diagnoseMs.toFixed(0)} ms; the worker's whole job (diagnose, keep what is shown, redact a copy) ${figures.workerMs.toFixed(0)} ms. Medians of ${RUNS} runs on this thread; no budget.`;
}
