// Hostile input for every parser: seeded random strings, mutations of valid examples and a few
// pathological inputs. Each call must return a result of the right shape and never throw. Linear
// behaviour is checked by counting work (tests/support/fuzz.ts) at two input sizes, never by timing.
// Change SEED to explore; a failure message includes the input that caused it.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
	decodeBasicCredentials,
	encodeBasicCredentials,
	inspectJwt,
	parseWwwAuthenticate,
	type Challenge,
	type JwtOptions,
} from '../../../src/lib/http-auth/index.ts';
import { countWork, random, type Random } from '../../support/fuzz.ts';

const SEED = 0x401;
const RANDOM_CASES = 10_000;

const FRAGMENTS = [
	'Basic',
	'Bearer',
	'Digest',
	'Negotiate',
	'realm',
	'charset',
	'error',
	' ',
	' ',
	' ',
	'\t',
	',',
	',',
	', ',
	'=',
	'==',
	'"',
	'"',
	'\\',
	'\\"',
	'"x"',
	'a=b',
	'abc==',
	':',
	';',
	'.',
	'-',
	'_',
	'+',
	'/',
	'~',
	'QWxh',
	'eyJ',
	'eyJhbGciOiJub25lIn0',
	'\u0000',
	'\u001f',
	'\u007f',
	'\u0085',
	'\r\n',
	'é',
	'£',
	'中',
	'\ud83d\udd11',
	'\ud800',
	'\udfff',
	'\ufeff',
	'\u00a0',
	'\u2028',
] as const;

function randomString(rand: Random): string {
	const roll = rand.next();
	const steps = roll < 0.7 ? rand.int(40) : roll < 0.95 ? rand.int(400) : rand.int(2000);
	let text = '';
	for (let i = 0; i < steps; i++) {
		const kind = rand.next();
		if (kind < 0.4) text += String.fromCharCode(0x20 + rand.int(0x5f));
		else if (kind < 0.47) text += String.fromCharCode(rand.int(0x10000));
		else if (kind < 0.52)
			text += String.fromCharCode(rand.pick([rand.int(0x20), 0x7f + rand.int(0x21)]));
		else if (kind < 0.99) text += rand.pick(FRAGMENTS);
		else text += rand.pick(FRAGMENTS).repeat(10 + rand.int(2000));
	}
	return text;
}

function mutate(rand: Random, text: string): string {
	let result = text;
	for (let n = 1 + rand.int(4); n > 0; n--) {
		const at = rand.int(result.length + 1);
		const op = rand.int(4);
		if (op === 0) result = result.slice(0, at) + rand.pick(FRAGMENTS) + result.slice(at);
		else if (op === 1) result = result.slice(0, at) + result.slice(at + 1 + rand.int(3));
		else if (op === 2) {
			result = result.slice(0, at) + String.fromCharCode(rand.int(0x100)) + result.slice(at + 1);
		} else
			result = result.slice(0, at) + result.slice(rand.int(result.length + 1)) + result.slice(at);
	}
	return result;
}

/** Runs fn and fails, naming the input, if it throws. */
function call<T>(label: string, input: string, fn: () => T): T {
	try {
		return fn();
	} catch (error) {
		assert.fail(`${label} threw ${String(error)} on ${JSON.stringify(input.slice(0, 200))}`);
	}
}

const keys = (value: object) => Object.keys(value).sort();
const isPlainObject = (value: unknown) =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const TOKEN68 = /^[0-9A-Za-z._~+/-]+=*$/;

/** Challenges written out again, each value quoted or not as it was parsed. */
function serialize(challenges: Challenge[]): string {
	return challenges
		.map(({ scheme, token68, params }) => {
			if (token68 !== undefined) return `${scheme} ${token68}`;
			const list = params.map(({ name, value, quoted }) =>
				quoted ? `${name}="${value.replace(/["\\]/g, '\\$&')}"` : `${name}=${value}`,
			);
			return list.length === 0 ? scheme : `${scheme} ${list.join(', ')}`;
		})
		.join(', ');
}

function checkParse(value: string): void {
	const result = call('parseWwwAuthenticate', value, () => parseWwwAuthenticate(value));
	const context = JSON.stringify(value.slice(0, 200));
	if (!result.ok) {
		assert.deepEqual(keys(result), ['error', 'ok'], context);
		assert.deepEqual(keys(result.error), ['message', 'offset'], context);
		assert.ok(typeof result.error.message === 'string' && result.error.message.length > 0, context);
		assert.ok(Number.isInteger(result.error.offset), context);
		assert.ok(result.error.offset >= 0 && result.error.offset <= value.length, context);
		return;
	}
	assert.deepEqual(keys(result), ['challenges', 'ok'], context);
	assert.ok(result.challenges.length > 0, context);
	for (const challenge of result.challenges) {
		assert.match(challenge.scheme, TOKEN, context);
		const names = new Set<string>();
		for (const param of challenge.params) {
			assert.deepEqual(keys(param), ['name', 'quoted', 'value'], context);
			assert.match(param.name, TOKEN, context);
			assert.equal(typeof param.value, 'string', context);
			if (!param.quoted) assert.match(param.value, TOKEN, context);
			assert.ok(!names.has(param.name.toLowerCase()), context);
			names.add(param.name.toLowerCase());
		}
		if (challenge.token68 !== undefined) {
			assert.match(challenge.token68, TOKEN68, context);
			assert.equal(challenge.params.length, 0, context);
		}
	}
	// Whatever parses must survive being written out again unchanged.
	const again = parseWwwAuthenticate(serialize(result.challenges));
	assert.deepEqual(again, result, context);
}

/** The `ok: false` shape shared by the Basic and JWT results: only a non-empty message. */
function assertMessageFailure(
	result: { ok: false; error: { message: string } },
	context: string,
): void {
	assert.deepEqual(keys(result), ['error', 'ok'], context);
	assert.deepEqual(keys(result.error), ['message'], context);
	assert.ok(result.error.message.length > 0, context);
}

function checkDecode(value: string): void {
	const result = call('decodeBasicCredentials', value, () => decodeBasicCredentials(value));
	const context = JSON.stringify(value.slice(0, 200));
	if (!result.ok) return assertMessageFailure(result, context);
	assert.deepEqual(keys(result), ['ok', 'password', 'user'], context);
	assert.equal(typeof result.password, 'string', context);
	assert.ok(!result.user.includes(':'), context);
}

const FINDING_CODES = new Set([
	'expired',
	'not-yet-valid',
	'issued-in-future',
	'alg-none',
	'no-exp',
	'aud-mismatch',
	'iss-mismatch',
	'bad-time-claim',
	'signature-not-verified',
]);

function checkJwt(value: string, now: number, options?: JwtOptions): void {
	const result = call('inspectJwt', value, () => inspectJwt(value, now, options));
	const context = JSON.stringify(value.slice(0, 200));
	if (!result.ok) return assertMessageFailure(result, context);
	assert.deepEqual(keys(result), ['findings', 'header', 'ok', 'payload'], context);
	assert.ok(isPlainObject(result.header) && isPlainObject(result.payload), context);
	for (const finding of result.findings) {
		assert.deepEqual(keys(finding), ['code', 'message', 'severity'], context);
		assert.ok(FINDING_CODES.has(finding.code), context);
		assert.ok(['error', 'warning', 'info'].includes(finding.severity), context);
		assert.match(finding.message, /RFC 7519 §/, context);
	}
	assert.equal(
		result.findings.filter((f) => f.code === 'signature-not-verified').length,
		1,
		context,
	);
}

const b64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

const WWW_AUTHENTICATE_EXAMPLES = [
	'Basic realm="simple", Newauth realm="apps", type=1, title="Login to \\"apps\\""',
	'Basic realm="foo", charset="UTF-8"',
	'Bearer realm="example", error="invalid_token", error_description="The access token expired"',
	'Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=SHA-256, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS", Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=MD5, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"',
	'Negotiate a87421000492aa874209af8bc028, NTLM, Basic',
];
const BASIC_EXAMPLES = [
	'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==',
	'Basic dGVzdDoxMjPCow==',
	'basic Og==',
];
const JWT_EXAMPLES = [
	'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk',
	`Bearer ${b64url('{"alg":"none"}')}.${b64url('{"exp":1,"nbf":"x","aud":["a"]}')}.`,
];

/** Random strings plus mutations of each valid example, from one seed per parser. */
function* inputs(seed: number, examples: readonly string[]): Generator<string> {
	const rand = random(seed);
	for (let i = 0; i < RANDOM_CASES; i++) yield randomString(rand);
	for (let i = 0; i < 3000; i++) yield mutate(rand, rand.pick(examples));
}

describe('hostile input', () => {
	it('parseWwwAuthenticate: random strings and mutations', () => {
		for (const value of inputs(SEED, WWW_AUTHENTICATE_EXAMPLES)) checkParse(value);
	});

	it('parseWwwAuthenticate: random strings built from grammar pieces parse or fail cleanly', () => {
		const rand = random(SEED + 1);
		const pieces = ['A', 'b', ' ', ', ', 'x=y', 'x = "q\\"\\\\"', 'tok68==', '"', ',', '='];
		for (let i = 0; i < 5000; i++) {
			let value = '';
			for (let n = rand.int(12); n > 0; n--) value += rand.pick(pieces);
			checkParse(value);
		}
	});

	it('parseWwwAuthenticate: pathological inputs', () => {
		const tenThousand = Array.from({ length: 10_000 }, (_, i) => `p${i}=v${i}`).join(', ');
		const cases: Array<[string, boolean]> = [
			[`Basic realm="${'\\'.repeat(100_000)}"`, true],
			[`Basic realm="${'\\'.repeat(100_001)}"`, false],
			[`Basic realm="${'\\"'.repeat(50_000)}`, false],
			[','.repeat(50_000), false],
			[`Basic${', '.repeat(50_000)}Bearer`, true],
			[`Basic realm="x"${' , '.repeat(50_000)}charset=y`, true],
			[`Custom ${tenThousand}`, true],
			[`Custom ${tenThousand}, P9999=again`, false],
			[`Custom ${'a=b, '.repeat(10_000)}`, false],
			['Basic realm="x", '.repeat(10_000), true],
			[`X ${'a'.repeat(100_000)}${'='.repeat(100_000)}x`, false],
			[`X ${'a'.repeat(100_000)}${'='.repeat(100_000)}`, true],
			[`X a${' '.repeat(100_000)}=${' '.repeat(100_000)}"x"`, true],
			[`${' '.repeat(100_000)}Basic${' '.repeat(100_000)}`, true],
			[`Basic ${' '.repeat(100_000)}x y`, false],
			['"'.repeat(100_000), false],
			['a '.repeat(50_000), false],
			['x'.repeat(200_000), true],
		];
		for (const [value, ok] of cases) {
			checkParse(value);
			assert.equal(parseWwwAuthenticate(value).ok, ok, value.slice(0, 60));
		}
		const big = parseWwwAuthenticate(`Custom ${tenThousand}`);
		assert.equal(big.ok && big.challenges[0]?.params.length, 10_000);
		const escaped = parseWwwAuthenticate(`Basic realm="${'\\'.repeat(100_000)}"`);
		assert.equal(escaped.ok && escaped.challenges[0]?.params[0]?.value, '\\'.repeat(50_000));
	});

	it('decodeBasicCredentials: random strings, mutations and pathological inputs', () => {
		for (const value of inputs(SEED + 2, BASIC_EXAMPLES)) checkDecode(value);
		const rand = random(SEED + 3);
		for (let i = 0; i < 2000; i++)
			checkDecode(`Basic ${b64url(randomString(rand)).replace(/-/g, '+').replace(/_/g, '/')}`);
		for (const value of [
			`Basic ${'A'.repeat(400_000)}`,
			`Basic ${btoa(`u:${'p'.repeat(300_000)}`)}`,
			`${' '.repeat(100_000)}Basic${' '.repeat(100_000)}x`,
			`Basic ${'='.repeat(100_000)}`,
			`Basic${' x'.repeat(50_000)}`,
			`${'Basic '.repeat(50_000)}`,
		]) {
			checkDecode(value);
		}
	});

	it('encodeBasicCredentials: returns "Basic …" that round-trips, or throws an Error', () => {
		const rand = random(SEED + 4);
		// Most random strings contain a control character or a lone surrogate; clean them often so
		// both outcomes are common.
		const text = () => {
			const value = randomString(rand).slice(0, 200);
			return rand.next() < 0.7
				? value.replace(/[\u0000-\u001f\u007f-\u009f:]/g, '').toWellFormed()
				: value;
		};
		let encoded = 0;
		for (let i = 0; i < RANDOM_CASES; i++) {
			const user = text();
			const password = text();
			const outcome = call('encodeBasicCredentials', password, () => {
				try {
					return encodeBasicCredentials(user, password);
				} catch (error) {
					return error;
				}
			});
			if (typeof outcome !== 'string') {
				assert.ok(outcome instanceof Error, 'throws only Error objects');
				continue;
			}
			encoded++;
			assert.ok(outcome.startsWith('Basic '));
			assert.deepEqual(decodeBasicCredentials(outcome), { ok: true, user, password });
		}
		assert.ok(encoded > RANDOM_CASES / 5, `only ${encoded} random pairs were encodable`);
	});

	it('inspectJwt: random strings and mutations', () => {
		const rand = random(SEED + 5);
		for (const value of inputs(SEED + 6, JWT_EXAMPLES)) {
			const options: JwtOptions =
				rand.next() < 0.5
					? {}
					: { clockSkewSeconds: rand.int(100), expectedAudience: 'a', expectedIssuer: 'joe' };
			checkJwt(value, rand.int(2e9), options);
		}
	});

	it('inspectJwt: random header and payload JSON in valid base64url', () => {
		const rand = random(SEED + 7);
		const values = [
			0,
			-1,
			1.5,
			1e308,
			-1e308,
			1300819380,
			'',
			'none',
			'NONE',
			'a',
			null,
			true,
			[],
			['a', 1],
			{},
			{ nested: { deep: [1] } },
			'\ud83d\udd11',
			'1300819380',
		];
		const claims = [
			'alg',
			'typ',
			'exp',
			'nbf',
			'iat',
			'aud',
			'iss',
			'sub',
			'__proto__',
			'constructor',
		];
		const object = () => {
			let json = '{';
			for (let n = rand.int(6); n > 0; n--) {
				json += `${json === '{' ? '' : ','}${JSON.stringify(rand.pick(claims))}:${JSON.stringify(rand.pick(values))}`;
			}
			return `${json}}`;
		};
		for (let i = 0; i < 5000; i++) {
			const token = `${b64url(object())}.${b64url(object())}.${b64url(randomString(rand).slice(0, 20))}`;
			checkJwt(token, rand.int(2e9), { expectedAudience: 'a', expectedIssuer: 'a' });
		}
	});

	it('inspectJwt: pathological inputs', () => {
		// 20,000 levels: far beyond where JSON.stringify overflows the stack.
		const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
		const deep = b64url(
			`{"exp":${nested(20_000)},"aud":${nested(20_000)},"iss":${nested(20_000)}}`,
		);
		const header = b64url('{"alg":"HS256"}');
		for (const value of [
			'.'.repeat(100_000),
			`${'a'.repeat(100_000)}.${'a'.repeat(100_000)}.${'a'.repeat(100_000)}`,
			`${header}.${b64url(`{"sub":"${'x'.repeat(500_000)}"}`)}.sig`,
			`${header}.${deep}.sig`,
			`${header}.${b64url(nested(20_000))}.sig`,
			`Bearer ${' '.repeat(100_000)}`,
			`${'a'.repeat(100_001)}.e30.`,
			`${header}.${b64url(`{${Array.from({ length: 10_000 }, (_, i) => `"c${i}":${i}`).join(',')}}`)}.`,
		]) {
			checkJwt(value, 1_700_000_000, { expectedAudience: 'a', expectedIssuer: 'b' });
		}
	});

	it('does linear work: ten times the input, at most about ten times the work and the output', () => {
		const header = b64url('{"alg":"HS256"}');
		const shapes: Array<[string, (n: number) => unknown]> = [
			['many parameters', (n) => parseWwwAuthenticate(`Custom ${'a=b, c="d", '.repeat(n)}e=f`)],
			['many challenges', (n) => parseWwwAuthenticate('Basic realm="x", '.repeat(n))],
			['escapes', (n) => parseWwwAuthenticate(`Basic realm="${'\\"'.repeat(n)}"`)],
			['empty elements', (n) => parseWwwAuthenticate(`Basic realm="x"${' , '.repeat(n)}y=z`)],
			['whitespace', (n) => parseWwwAuthenticate(`X a${' '.repeat(n)}=${' '.repeat(n)}"x"`)],
			['a long token68', (n) => parseWwwAuthenticate(`X ${'a'.repeat(n)}${'='.repeat(n)}x`)],
			['Basic, long', (n) => decodeBasicCredentials(`Basic ${btoa(`u:${'p'.repeat(n)}`)}`)],
			['Basic, spaces', (n) => decodeBasicCredentials(`${' '.repeat(n)}Basic${' '.repeat(n)}x`)],
			['Basic, encoded', (n) => encodeBasicCredentials('u', 'p£'.repeat(n))],
			['JWT, dots', (n) => inspectJwt('.'.repeat(n), 0)],
			[
				'JWT, a long claim',
				(n) => inspectJwt(`${header}.${b64url(`{"sub":"${'x'.repeat(n)}"}`)}.sig`, 0),
			],
			[
				'JWT, many claims',
				(n) => {
					const claims = Array.from(
						{ length: n },
						(_, i) => `"c${String(i).padStart(6, '0')}":1`,
					).join(',');
					return inspectJwt(`${header}.${b64url(`{${claims}}`)}.`, 0, { expectedAudience: 'a' });
				},
			],
		];
		for (const [name, run] of shapes) {
			const measure = (n: number) => {
				let result: unknown;
				const work = countWork(() => void (result = run(n)));
				return { ...work, output: JSON.stringify(result).length };
			};
			const small = measure(1000);
			const large = measure(10_000);
			for (const key of ['regexRuns', 'slicedChars', 'output'] as const) {
				assert.ok(
					large[key] <= 11 * Math.max(small[key], 1),
					`${name}: ${key} ${small[key]} → ${large[key]}`,
				);
			}
		}
	});
});
