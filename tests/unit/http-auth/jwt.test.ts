import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { inspectJwt, type JwtFinding, type JwtOptions } from '../../../src/lib/http-auth/index.ts';

const RFC_7519_EXAMPLE =
	'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const EXAMPLE_EXP = 1300819380;
const NOW = 1_700_000_000;

const b64url = (json: string) => Buffer.from(json, 'utf8').toString('base64url');

/** Builds a token from JSON values, or from raw JSON text when given a string. */
function jwt(
	payload: unknown,
	header: unknown = { alg: 'HS256', typ: 'JWT' },
	signature = 'c2ln',
): string {
	const encode = (part: unknown) => b64url(typeof part === 'string' ? part : JSON.stringify(part));
	return `${encode(header)}.${encode(payload)}.${signature}`;
}

function findings(token: string, now = NOW, options?: JwtOptions): JwtFinding[] {
	const result = inspectJwt(token, now, options);
	if (!result.ok) assert.fail(`expected the token to decode: ${result.error.message}`);
	return result.findings;
}

const codes = (token: string, now = NOW, options?: JwtOptions) =>
	findings(token, now, options).map((finding) => finding.code);

function inspectError(token: string, message: RegExp): void {
	const result = inspectJwt(token, NOW);
	if (result.ok) assert.fail(`expected ${JSON.stringify(token)} to be rejected`);
	assert.match(result.error.message, message);
}

describe('inspectJwt: RFC 7519 §3.1 example', () => {
	it('decodes header and payload', () => {
		const result = inspectJwt(RFC_7519_EXAMPLE, EXAMPLE_EXP - 1);
		if (!result.ok) assert.fail(result.error.message);
		assert.deepEqual(result.header, { typ: 'JWT', alg: 'HS256' });
		assert.deepEqual(result.payload, {
			iss: 'joe',
			exp: EXAMPLE_EXP,
			'http://example.com/is_root': true,
		});
		assert.deepEqual(
			result.findings.map(({ code, severity }) => [code, severity]),
			[['signature-not-verified', 'info']],
		);
	});

	it('is expired from exp onwards (exp <= now - skew)', () => {
		assert.deepEqual(codes(RFC_7519_EXAMPLE, EXAMPLE_EXP), ['expired', 'signature-not-verified']);
		assert.deepEqual(codes(RFC_7519_EXAMPLE, EXAMPLE_EXP + 9, { clockSkewSeconds: 10 }), [
			'signature-not-verified',
		]);
		assert.deepEqual(codes(RFC_7519_EXAMPLE, EXAMPLE_EXP + 10, { clockSkewSeconds: 10 }), [
			'expired',
			'signature-not-verified',
		]);
		const [expired] = findings(RFC_7519_EXAMPLE, EXAMPLE_EXP + 60);
		assert.equal(expired?.severity, 'error');
		assert.match(expired?.message ?? '', /2011-03-22T18:43:00\.000Z.*§4\.1\.4/);
	});

	it('strips surrounding whitespace and a Bearer prefix', () => {
		assert.equal(inspectJwt(`  \n bearer   ${RFC_7519_EXAMPLE}\t`, NOW).ok, true);
		assert.equal(inspectJwt(`Bearer ${RFC_7519_EXAMPLE}`, NOW).ok, true);
	});
});

describe('inspectJwt: findings', () => {
	const exp = NOW + 3600;

	it('signature-not-verified is always there, exactly once, last, as info', () => {
		for (const token of [RFC_7519_EXAMPLE, jwt({}), jwt({ exp }, { alg: 'none' }, '')]) {
			const list = findings(token);
			assert.equal(list.filter((f) => f.code === 'signature-not-verified').length, 1);
			assert.equal(list.at(-1)?.code, 'signature-not-verified');
			assert.equal(list.at(-1)?.severity, 'info');
			assert.match(list.at(-1)?.message ?? '', /not checked/);
		}
	});

	it('alg-none, case-insensitively, with an empty signature', () => {
		for (const alg of ['none', 'None', 'NONE']) {
			const [first] = findings(jwt({ exp }, { alg }, ''));
			assert.equal(first?.code, 'alg-none');
			assert.equal(first?.severity, 'error');
			assert.match(first?.message ?? '', /§6\.1/);
		}
		assert.deepEqual(codes(jwt({ exp }, { alg: 'nonesuch' })), ['signature-not-verified']);
	});

	it('no-exp is a warning', () => {
		const [first] = findings(jwt({ sub: 'x' }));
		assert.deepEqual([first?.code, first?.severity], ['no-exp', 'warning']);
	});

	it('not-yet-valid when nbf > now + skew', () => {
		assert.deepEqual(codes(jwt({ exp, nbf: NOW + 1 })), [
			'not-yet-valid',
			'signature-not-verified',
		]);
		assert.deepEqual(codes(jwt({ exp, nbf: NOW })), ['signature-not-verified']);
		assert.deepEqual(codes(jwt({ exp, nbf: NOW + 5 }), NOW, { clockSkewSeconds: 5 }), [
			'signature-not-verified',
		]);
		const [first] = findings(jwt({ exp, nbf: NOW + 60 }));
		assert.equal(first?.severity, 'error');
	});

	it('issued-in-future is a warning when iat > now + skew', () => {
		const [first] = findings(jwt({ exp, iat: NOW + 60 }));
		assert.deepEqual([first?.code, first?.severity], ['issued-in-future', 'warning']);
		assert.deepEqual(codes(jwt({ exp, iat: NOW + 60 }), NOW, { clockSkewSeconds: 60 }), [
			'signature-not-verified',
		]);
		assert.deepEqual(codes(jwt({ exp, iat: NOW - 60 })), ['signature-not-verified']);
	});

	it('aud-mismatch for strings and arrays, only when an audience is expected', () => {
		const options = { expectedAudience: 'api' };
		assert.deepEqual(codes(jwt({ exp, aud: 'api' }), NOW, options), ['signature-not-verified']);
		assert.deepEqual(codes(jwt({ exp, aud: ['web', 'api'] }), NOW, options), [
			'signature-not-verified',
		]);
		assert.deepEqual(codes(jwt({ exp, aud: 'web' })), ['signature-not-verified']);
		for (const aud of ['web', 'API', ['web'], [], 42, undefined]) {
			const [first] = findings(jwt({ exp, aud }), NOW, options);
			assert.deepEqual(
				[first?.code, first?.severity],
				['aud-mismatch', 'error'],
				JSON.stringify(aud),
			);
		}
	});

	it('iss-mismatch when an issuer is expected and differs', () => {
		const options = { expectedIssuer: 'joe' };
		assert.deepEqual(codes(RFC_7519_EXAMPLE, EXAMPLE_EXP - 1, options), ['signature-not-verified']);
		for (const iss of ['Joe', 'bob', undefined, 7]) {
			const [first] = findings(jwt({ exp, iss }), NOW, options);
			assert.deepEqual([first?.code, first?.severity], ['iss-mismatch', 'error']);
		}
	});

	it('bad-time-claim for exp, nbf or iat that is not a finite number', () => {
		const bad = [
			jwt({ exp: '1700000000' }),
			jwt({ exp, nbf: null }),
			jwt({ exp, iat: [1] }),
			jwt(`{"exp":1e400}`),
			jwt({ exp: true }),
		];
		for (const token of bad) {
			const [first] = findings(token);
			assert.deepEqual([first?.code, first?.severity], ['bad-time-claim', 'error']);
			assert.match(first?.message ?? '', /NumericDate.*RFC 7519 §2, §4\.1\.[456]/);
		}
		// A bad exp is reported as bad, not also as missing.
		assert.deepEqual(codes(jwt({ exp: 'soon' })), ['bad-time-claim', 'signature-not-verified']);
		// Fractional NumericDates are allowed.
		assert.deepEqual(codes(jwt({ exp: NOW + 0.5 })), ['signature-not-verified']);
	});

	it('survives dates that cannot be shown as ISO strings', () => {
		const [first] = findings(jwt({ exp: -1e300 }));
		assert.equal(first?.code, 'expired');
		assert.match(first?.message ?? '', /-1e\+300/);
	});

	it('every finding message cites an RFC 7519 section', () => {
		const all = findings(
			jwt({ exp: NOW - 1, nbf: NOW + 9, iat: NOW + 9, aud: 'x', iss: 'y' }, { alg: 'none' }, ''),
			NOW,
			{ expectedAudience: 'z', expectedIssuer: 'w' },
		);
		assert.deepEqual(
			all.map((f) => f.code),
			[
				'alg-none',
				'expired',
				'not-yet-valid',
				'issued-in-future',
				'aud-mismatch',
				'iss-mismatch',
				'signature-not-verified',
			],
		);
		for (const finding of [...all, ...findings(jwt({})), ...findings(jwt({ iat: 'x' }))]) {
			assert.match(finding.message, /RFC 7519 §\d/, finding.code);
		}
	});
});

describe('inspectJwt: errors', () => {
	it('empty input', () => {
		inspectError('', /empty/);
		inspectError('Bearer ', /empty/);
	});

	it('wrong number of parts', () => {
		inspectError('abc', /three base64url parts.*this has 1/);
		inspectError('a.b', /this has 2/);
		inspectError('a.b.c.d', /this has 4/);
		inspectError('a.b.c.d.e.f', /this has 6/);
	});

	it('five parts is a JWE, which cannot be inspected without the key', () => {
		inspectError(
			'eyJhbGciOiJSU0EtT0FFUCJ9.OKOawDo13gRp2ojaHV7LFpZcgV7T6DVZKTyKOMTYUmKoTCVJRgckCL9kiMT03JGe.48V1_ALb6US04U3b.5eym8TW_c8SuK0ltJ3rpYIzOeDQz7TALvtu6UG9oMo4vpzs9tX_EFShS8iB7j6ji.XFBoMYUZodetZdvTiFvSkQ',
			/encrypted.*JWE.*without the decryption key/,
		);
	});

	it('parts that are not strict base64url', () => {
		const [h, p] = RFC_7519_EXAMPLE.split('.');
		inspectError(`${h}.${p}.abc+def`, /signature is not base64url: "\+" at position 3/);
		inspectError(`${h}.${p}/.sig`, /payload is not base64url: "\/"/);
		inspectError(`${h}=.${p}.sig`, /header is not base64url.*omit "=" padding/);
		inspectError(`${h}.${p} .sig`, /U\+0020/);
		inspectError(`${h}.${p}.abcde`, /signature is not base64url: a length of 5/);
	});

	it('header or payload that is empty, not UTF-8, not JSON or not an object', () => {
		const payload = b64url('{}');
		inspectError(`.${payload}.sig`, /header is empty/);
		inspectError(`${payload}..sig`, /payload is empty/);
		inspectError(`_w.${payload}.sig`, /header does not decode to UTF-8/);
		inspectError(jwt({}, '{"alg":'), /header is not valid JSON/);
		inspectError(jwt('not json'), /payload is not valid JSON/);
		inspectError(jwt([1, 2]), /payload must be a JSON object, found an array/);
		inspectError(jwt('null'), /payload must be a JSON object, found null/);
		inspectError(jwt(42), /found a number/);
		inspectError(jwt({}, '"JWT"'), /header must be a JSON object, found a string/);
	});
});
