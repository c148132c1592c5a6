// Hostile input for the 401 doctor: 10,000 generated inputs per format (HAR, curl -v, raw HTTP), and
// pathological ones. diagnoseExchange and redactTranscript must return a result of the right shape
// and never throw, and the redacted copy must read as the same exchanges. Linear behaviour is
// checked by counting work (regular-expression runs and characters sliced, tests/support/fuzz.ts)
// and the size of the output at two input sizes, never by timing. Change SEED to explore; a
// failure names its input.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
	diagnoseExchange,
	FINDING_CODES,
	redactTranscript,
	type Diagnosis,
} from '../../../src/lib/http-auth/index.ts';
import {
	CHROME_HAR,
	CURL_EXPIRED,
	CURL_PROXY,
	CURL_REDIRECT,
	FIREFOX_HAR,
	RFC6750_EXCHANGE,
} from '../../support/transcripts.ts';
import { countWork, random, type Random } from '../../support/fuzz.ts';

const SEED = 0x401d;
const CASES = 10_000;
const CODES = new Set<string>(FINDING_CODES);

const XSS = [
	'<img src=x onerror=alert(1)>',
	'"><script>alert(1)</script>',
	"javascript:alert('x')",
];
const PIECES = [
	'',
	' ',
	'\t',
	',',
	'=',
	'"',
	'\\',
	':',
	'?',
	'#',
	'&',
	';',
	'/',
	'@',
	'*',
	'%',
	'\u0000',
	'\u00a0',
	'\ufeff',
	'\ud800',
	'é',
	'中',
	'\ud83d\udd11',
	'Basic',
	'Bearer',
	'realm="a"',
	'error="invalid_token"',
	'error="insufficient_scope"',
	'access_token=x',
	'eyJhbGciOiJub25lIn0.eyJleHAiOjF9.',
	'QWxhZGRpbjpvcGVuIHNlc2FtZQ==',
	'http://',
	'https://',
	'localhost',
	'[::1]',
	'true',
	'HTTP/1.1',
	...XSS,
];
const METHODS = ['GET', 'POST', 'OPTIONS', 'CONNECT', 'PUT', 'get', 'G=T', ''];
const TARGETS = [
	'/',
	'/a?access_token=t',
	'https://api.example.com/x',
	'http://h.example:8080/',
	'*',
	'api.example.com:443',
	'/a b',
];
const STATUSES = [
	'100',
	'101',
	'200',
	'204',
	'301',
	'302',
	'401',
	'403',
	'407',
	'511',
	'999',
	'40',
	'abc',
];
const FIELDS = [
	'Authorization',
	'authorization',
	'WWW-Authenticate',
	'Proxy-Authenticate',
	'Proxy-Authorization',
	'Host',
	'Location',
	'Cookie',
	'Set-Cookie',
	'Access-Control-Request-Method',
	'Access-Control-Request-Headers',
	'Access-Control-Allow-Headers',
	'Access-Control-Allow-Origin',
	'Access-Control-Allow-Credentials',
	'X-Api-Key',
	'Bad Name',
	'',
];

function text(rand: Random, max = 8): string {
	let value = '';
	for (let n = rand.int(max); n > 0; n--) {
		value += rand.next() < 0.2 ? String.fromCharCode(rand.int(0x10000)) : rand.pick(PIECES);
	}
	return value;
}

/** One line of a raw message: a start line, a field line, a fold, a blank or a body line. */
function httpLine(rand: Random): string {
	const roll = rand.next();
	if (roll < 0.15)
		return `${rand.pick(METHODS)} ${rand.pick(TARGETS)}${text(rand, 2)} HTTP/1.${rand.int(2)}`;
	if (roll < 0.3)
		return `HTTP/${rand.pick(['1.1', '2', '1.0', '3'])} ${rand.pick(STATUSES)} ${text(rand, 2)}`;
	if (roll < 0.75) return `${rand.pick(FIELDS)}:${rand.pick(['', ' ', '  '])}${text(rand)}`;
	if (roll < 0.8) return ` ${text(rand)}`;
	if (roll < 0.9) return '';
	return text(rand, 20);
}

function httpInput(rand: Random): string {
	const lines = Array.from({ length: rand.int(30) }, () => httpLine(rand));
	return lines.join(rand.pick(['\n', '\r\n', '\r']));
}

function curlInput(rand: Random): string {
	const lines: string[] = [];
	for (let n = rand.int(40); n > 0; n--) {
		const roll = rand.next();
		if (roll < 0.1)
			lines.push(
				`* Connected to h.example (10.0.0.1) port ${rand.pick(['80', '443', '8443', '3128'])}`,
			);
		else if (roll < 0.15)
			lines.push(
				rand.pick([
					'* SSL connection using TLSv1.3 / X',
					'* TLSv1.3 (OUT), TLS handshake',
					'* CONNECT phase completed',
				]),
			);
		else if (roll < 0.55) lines.push(`> ${httpLine(rand)}`);
		else if (roll < 0.9) lines.push(`< ${httpLine(rand)}`);
		else lines.push(rand.pick(['>', '<', '> ', '{ [5 bytes data]', text(rand, 10)]));
	}
	// Make sure it is curl output: one request line at least.
	lines.splice(
		rand.int(lines.length + 1),
		0,
		`> ${rand.pick(METHODS)} ${rand.pick(TARGETS)} HTTP/1.1`,
	);
	return lines.join('\n');
}

function harValue(rand: Random): unknown {
	return rand.pick([
		null,
		0,
		-1,
		401,
		1.5,
		true,
		'x',
		[],
		{},
		text(rand),
		[text(rand)],
		{ name: 1, value: 2 },
	]);
}

function harHeaders(rand: Random): unknown {
	if (rand.next() < 0.1) return harValue(rand);
	return Array.from({ length: rand.int(6) }, () =>
		rand.next() < 0.9 ? { name: rand.pick(FIELDS), value: text(rand) } : harValue(rand),
	);
}

function harInput(rand: Random): string {
	const entries = Array.from({ length: rand.int(6) }, () =>
		rand.next() < 0.05
			? harValue(rand)
			: {
					request: {
						method: rand.next() < 0.9 ? rand.pick(METHODS) : harValue(rand),
						url: rand.next() < 0.9 ? `${rand.pick(TARGETS)}${text(rand, 2)}` : harValue(rand),
						headers: harHeaders(rand),
						cookies: [{ name: text(rand, 2), value: text(rand) }],
						queryString: [{ name: 'access_token', value: text(rand) }],
						postData: { mimeType: 'text/plain', text: text(rand, 20) },
					},
					response: {
						status: rand.next() < 0.9 ? Number(rand.pick(STATUSES)) || 0 : harValue(rand),
						headers: harHeaders(rand),
						content: { size: 3, text: text(rand, 20) },
						redirectURL: text(rand, 3),
					},
				},
	);
	const log =
		rand.next() < 0.05 ? harValue(rand) : { version: '1.2', creator: { name: 'fuzz' }, entries };
	return JSON.stringify(rand.next() < 0.05 ? harValue(rand) : { log });
}

/** Randomly edits a valid transcript: the mutation style of hostile.test.ts. */
function mutate(rand: Random, input: string): string {
	let result = input;
	for (let n = 1 + rand.int(4); n > 0; n--) {
		const at = rand.int(result.length + 1);
		const op = rand.int(3);
		if (op === 0) result = result.slice(0, at) + rand.pick(PIECES) + result.slice(at);
		else if (op === 1) result = result.slice(0, at) + result.slice(at + 1 + rand.int(20));
		else result = result.slice(0, at) + '\n' + result.slice(at);
	}
	return result;
}

function check(input: string): Diagnosis {
	const context = JSON.stringify(input.slice(0, 300));
	let diagnosis: Diagnosis;
	try {
		diagnosis = diagnoseExchange(input, { now: 1_800_000_000, clockSkewSeconds: 30 });
	} catch (error) {
		assert.fail(`diagnoseExchange threw ${String(error)} on ${context}`);
	}
	if (!diagnosis.ok) {
		assert.deepEqual(Object.keys(diagnosis).sort(), ['error', 'ok'], context);
		assert.ok(diagnosis.error.message.length > 0, context);
		return diagnosis;
	}
	const lines = input.split(/\r\n|\r|\n/).length;
	if (diagnosis.format !== 'har') assert.ok(diagnosis.exchanges.length <= lines, context);
	for (const exchange of diagnosis.exchanges) {
		assert.deepEqual(Object.keys(exchange).sort(), ['method', 'status', 'url'], context);
	}
	for (const finding of diagnosis.findings) {
		assert.ok(CODES.has(finding.code), context);
		assert.ok(['error', 'warning', 'info'].includes(finding.severity), context);
		assert.ok(finding.exchange >= 0 && finding.exchange < diagnosis.exchanges.length, context);
		// Messages quote the input only in short previews, so they stay small whatever the input.
		assert.ok(
			finding.message.length > 0 && finding.message.length < 700,
			`${finding.code} ${context}`,
		);
	}
	assert.ok(
		diagnosis.findings.length <= FINDING_CODES.length * diagnosis.exchanges.length,
		context,
	);

	let redacted;
	try {
		redacted = redactTranscript(input);
	} catch (error) {
		assert.fail(`redactTranscript threw ${String(error)} on ${context}`);
	}
	if (redacted.ok) {
		const again = diagnoseExchange(redacted.text, { now: 1_800_000_000 });
		assert.ok(again.ok, `the redacted copy does not read: ${context}`);
		assert.equal(again.format, diagnosis.format, context);
		assert.deepEqual(
			again.exchanges.map(({ method, status }) => [method, status]),
			diagnosis.exchanges.map(({ method, status }) => [method, status]),
			context,
		);
	}
	return diagnosis;
}

describe('diagnoseExchange and redactTranscript: hostile input', () => {
	const formats = [
		['raw HTTP', httpInput, [RFC6750_EXCHANGE]],
		['curl -v', curlInput, [CURL_EXPIRED, CURL_REDIRECT, CURL_PROXY]],
		['HAR', harInput, [CHROME_HAR, FIREFOX_HAR]],
	] as const;
	formats.forEach(([name, generate, examples], i) => {
		it(`${name}: ${CASES.toLocaleString('en')} generated inputs and 1,000 mutations of real ones`, () => {
			const rand = random(SEED + i);
			const seen = { ok: 0, findings: 0 };
			for (let n = 0; n < CASES; n++) {
				const diagnosis = check(generate(rand));
				if (diagnosis.ok) seen.ok++;
				if (diagnosis.ok && diagnosis.findings.length > 0) seen.findings++;
			}
			for (let n = 0; n < 1000; n++) check(mutate(rand, rand.pick(examples)));
			// The generator must reach the rules, not only the error paths.
			assert.ok(seen.ok > CASES / 2, `only ${seen.ok} inputs were read`);
			assert.ok(seen.findings > CASES / 10, `only ${seen.findings} inputs had findings`);
		});
	});

	it('XSS payloads in every header, URL and body come back only inside finding text', () => {
		for (const payload of XSS) {
			const raw = [
				`GET /a?q=${encodeURIComponent(payload)} HTTP/1.1`,
				`Authorization: Bearer ${payload}`,
				`Origin: ${payload}`,
				'',
				'HTTP/1.1 401 Unauthorized',
				`WWW-Authenticate: ${payload}`,
				`Location: ${payload}`,
				'',
				payload,
			].join('\n');
			const diagnosis = check(raw);
			assert.ok(diagnosis.ok);
			assert.ok(diagnosis.findings.some((f) => f.code === 'challenge-unparseable'));
		}
	});

	it('pathological inputs: long lines, many lines, deep JSON', () => {
		const inputs = [
			`GET /${'a'.repeat(1_000_000)} HTTP/1.1`,
			`GET ${' '.repeat(500_000)}/ HTTP/1.1`,
			`${'GET '.repeat(200_000)}/ HTTP/1.1`,
			`HTTP/1.1 401 x\nWWW-Authenticate: ${'Basic realm="x", '.repeat(20_000)}`,
			`GET / HTTP/1.1\nCookie: ${' '.repeat(200_000)}x`,
			`GET / HTTP/1.1\nCookie: ${'a=b; '.repeat(50_000)}`,
			`GET /?${'?'.repeat(200_000)} HTTP/1.1`,
			`GET /?${'&a'.repeat(100_000)}=x HTTP/1.1`,
			`GET https://u:${':'.repeat(100_000)}@h/ HTTP/1.1`,
			`${'> GET / HTTP/1.1\n'.repeat(20_000)}`,
			`> GET / HTTP/1.1\n${'< HTTP/1.1 100 Continue\n'.repeat(20_000)}`,
			`> CONNECT h:443 HTTP/1.1\n${'< HTTP/1.1 100 Continue\n'.repeat(20_000)}`,
			`* Connected to h port 443\n${'* TLSv1.3\n'.repeat(50_000)}> GET / HTTP/1.1`,
			`GET / HTTP/1.1\nAuthorization: Basic\n${'  x\n'.repeat(50_000)}`,
			`{"log":{"entries":${'['.repeat(5000)}${']'.repeat(5000)}}}`,
			`{"log":{"entries":[{"request":${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}}]}}`,
			'{'.repeat(100_000),
		];
		for (const input of inputs) check(input);
	});

	it('does linear work: twice the input, at most about twice the work and the findings', () => {
		const shapes = [
			(n: number) =>
				`${'GET /?access_token=x HTTP/1.1\nAuthorization: Basic x\n\nHTTP/1.1 401 x\n\n'.repeat(n)}`,
			(n: number) =>
				`${'> GET / HTTP/1.1\n> Host: h\n>\n< HTTP/1.1 302 x\n< Location: https://o/\n<\n'.repeat(n)}`,
			(n: number) => `> GET / HTTP/1.1\n${'< HTTP/1.1 100 Continue\n'.repeat(n)}`,
			(n: number) => `GET / HTTP/1.1\nCookie: ${'a=b; '.repeat(n)}\n\n${'body\n'.repeat(n)}`,
			(n: number) =>
				JSON.stringify({
					log: {
						entries: Array.from({ length: n }, () => ({
							request: {
								method: 'OPTIONS',
								url: 'http://h/?access_token=1',
								headers: [{ name: 'Access-Control-Request-Method', value: 'GET' }],
							},
							response: { status: 401, headers: [] },
						})),
					},
				}),
		];
		for (const shape of shapes) {
			const measure = (n: number) => {
				const input = shape(n);
				let findings = 0;
				const work = countWork(() => {
					const diagnosis = diagnoseExchange(input, { now: 0 });
					findings = diagnosis.ok ? diagnosis.findings.length : 0;
					redactTranscript(input);
				});
				return { ...work, findings };
			};
			const small = measure(2000);
			const large = measure(4000);
			const context = shape(1).slice(0, 60);
			assert.ok(small.regexRuns > 0, context);
			for (const key of ['regexRuns', 'slicedChars', 'findings'] as const) {
				assert.ok(
					large[key] <= 2.2 * Math.max(small[key], 1),
					`${context}: ${key} ${small[key]} → ${large[key]}`,
				);
			}
		}
	});
});
