// Every finding code of the 401 doctor, each with an input that raises it and a near miss that
// does not. Raw messages are used where one rule is the point; the formats have their own file.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
	diagnoseExchange,
	FINDING_CODES,
	type DiagnoseOptions,
	type Finding,
} from '../../../src/lib/http-auth/index.ts';
import {
	ALADDIN,
	CHROME_HAR,
	CURL_EXPIRED,
	CURL_REDIRECT,
	FIREFOX_HAR,
	RFC6585_511,
	RFC6750_EXCHANGE,
	RFC_JWT,
	jwtWith,
} from '../../support/transcripts.ts';

const NOW = 1_800_000_000;

function findings(input: string, options: DiagnoseOptions = { now: NOW }): Finding[] {
	const diagnosis = diagnoseExchange(input, options);
	assert.ok(diagnosis.ok, diagnosis.ok ? '' : diagnosis.error.message);
	return diagnosis.findings;
}
const codes = (input: string, options?: DiagnoseOptions) =>
	findings(input, options).map((finding) => finding.code);
const has = (input: string, code: string, options?: DiagnoseOptions) =>
	codes(input, options).includes(code);

/** A request and its response, as raw HTTP. */
const exchange = (request: string[], response: string[]) =>
	[...request, '', ...response, ''].join('\r\n');
const get = (...fields: string[]) => ['GET /api HTTP/1.1', 'Host: api.example.com', ...fields];
const status401 = (...fields: string[]) => ['HTTP/1.1 401 Unauthorized', ...fields];
const basicChallenge = 'WWW-Authenticate: Basic realm="api"';

describe('diagnoseExchange: each finding code, with a near miss', () => {
	it('lists the 19 codes of the contract', () => {
		assert.equal(FINDING_CODES.length, 19);
	});

	it('challenge-missing: a 401 without WWW-Authenticate; not when one is there', () => {
		const found = findings(exchange(get(), status401('Content-Length: 0')));
		assert.deepEqual(
			found.find((finding) => finding.code === 'challenge-missing'),
			{
				code: 'challenge-missing',
				severity: 'error',
				message:
					'This 401 has no WWW-Authenticate field, so the client cannot tell which credentials to send; every 401 must carry at least one challenge (RFC 9110 §15.5.2).',
				exchange: 0,
			},
		);
		assert.ok(!has(exchange(get(), status401(basicChallenge)), 'challenge-missing'));
		// Proxy-Authenticate does not stand in for WWW-Authenticate on a 401.
		assert.ok(
			has(exchange(get(), status401('Proxy-Authenticate: Basic realm="p"')), 'challenge-missing'),
		);
		// A 403 needs no challenge.
		assert.ok(!has(exchange(get(), ['HTTP/1.1 403 Forbidden']), 'challenge-missing'));
	});

	it('proxy-challenge-missing: a 407 without Proxy-Authenticate; not with it', () => {
		const proxyGet = ['GET http://intranet.example/ HTTP/1.1', 'Host: intranet.example'];
		const bare = exchange(proxyGet, ['HTTP/1.1 407 Proxy Authentication Required', basicChallenge]);
		assert.deepEqual(codes(bare), ['proxy-challenge-missing']);
		const good = exchange(proxyGet, [
			'HTTP/1.1 407 Proxy Authentication Required',
			'Proxy-Authenticate: Basic realm="proxy"',
		]);
		assert.deepEqual(codes(good), []);
	});

	it('challenge-unparseable: a value outside the grammar, repeated fields joined; not a valid list', () => {
		const bad = exchange(get(), status401('WWW-Authenticate: Basic realm="api" charset=UTF-8'));
		const finding = findings(bad).find((f) => f.code === 'challenge-unparseable');
		assert.equal(finding?.severity, 'error');
		assert.match(finding!.message, /RFC 9110 §11\.3/);
		// Two field lines are one list: "Basic realm="a", Bearer" parses.
		assert.ok(
			!has(
				exchange(get(), status401('WWW-Authenticate: Basic realm="a"', 'WWW-Authenticate: Bearer')),
				'challenge-unparseable',
			),
		);
		assert.ok(has(exchange(get(), status401('WWW-Authenticate:')), 'challenge-unparseable'));
		const proxy = exchange(get(), [
			'HTTP/1.1 407 Proxy Authentication Required',
			'Proxy-Authenticate: =x',
		]);
		assert.deepEqual(codes(proxy), ['challenge-unparseable']);
		// A bad WWW-Authenticate on a 200 is not the doctor's business.
		assert.ok(
			!has(exchange(get(), ['HTTP/1.1 200 OK', 'WWW-Authenticate: =x']), 'challenge-unparseable'),
		);
	});

	it('credentials-absent: a 401 to a request without Authorization; not with one, nor without a request', () => {
		const found = findings(exchange(get(), status401(basicChallenge)));
		assert.deepEqual(
			found.map(({ code, severity }) => [code, severity]),
			[['credentials-absent', 'info']],
		);
		assert.ok(
			!has(
				exchange(get(`Authorization: ${ALADDIN}`), status401(basicChallenge)),
				'credentials-absent',
			),
		);
		assert.ok(!has(status401(basicChallenge).join('\n'), 'credentials-absent'));
		// Proxy-Authorization is not Authorization.
		assert.ok(
			has(
				exchange(get('Proxy-Authorization: Basic eDp5'), status401(basicChallenge)),
				'credentials-absent',
			),
		);
	});

	it('scheme-not-offered: Bearer sent, Basic offered; not when the schemes match in another case', () => {
		const sent = exchange(get('Authorization: Bearer mF_9.B5f-4.1JqM'), status401(basicChallenge));
		assert.deepEqual(codes(sent), ['scheme-not-offered']);
		assert.match(
			findings(sent)[0]!.message,
			/sent Bearer credentials, but this 401 offers only Basic/,
		);
		const sameScheme = exchange(
			get('Authorization: bearer mF_9.B5f-4.1JqM'),
			status401('WWW-Authenticate: BEARER realm="api"'),
		);
		assert.ok(!has(sameScheme, 'scheme-not-offered'));
		// Not when the challenge does not parse: rule 5 needs the offered schemes.
		const unparseable = exchange(
			get('Authorization: Bearer x'),
			status401('WWW-Authenticate: Basic realm="a" x'),
		);
		assert.ok(!has(unparseable, 'scheme-not-offered'));
	});

	it('credentials-rejected: credentials in an offered scheme; not when only another scheme is offered', () => {
		const rejected = exchange(
			get(`Authorization: ${ALADDIN}`),
			status401('WWW-Authenticate: Bearer realm="api"', 'WWW-Authenticate: Basic realm="api"'),
		);
		const finding = findings(rejected).find((f) => f.code === 'credentials-rejected');
		assert.equal(finding?.severity, 'warning');
		assert.ok(
			!has(
				exchange(
					get(`Authorization: ${ALADDIN}`),
					status401('WWW-Authenticate: Digest realm="a", nonce="n"'),
				),
				'credentials-rejected',
			),
		);
		// A 403 after credentials is a refusal of permission, not of the credentials.
		assert.ok(
			!has(
				exchange(get(`Authorization: ${ALADDIN}`), ['HTTP/1.1 403 Forbidden']),
				'credentials-rejected',
			),
		);
	});

	it('bearer-invalid-token: error="invalid_token" in a Bearer challenge; not in another scheme, nor on a 403', () => {
		assert.ok(has(RFC6750_EXCHANGE, 'bearer-invalid-token'));
		assert.ok(
			!has(
				exchange(get(), status401('WWW-Authenticate: Newauth error="invalid_token"')),
				'bearer-invalid-token',
			),
		);
		assert.ok(
			!has(
				exchange(get(), [
					'HTTP/1.1 403 Forbidden',
					'WWW-Authenticate: Bearer error="invalid_token"',
				]),
				'bearer-invalid-token',
			),
		);
		// Error codes are case-sensitive.
		assert.ok(
			!has(
				exchange(get(), status401('WWW-Authenticate: Bearer error="INVALID_TOKEN"')),
				'bearer-invalid-token',
			),
		);
	});

	it('insufficient-scope-on-401: insufficient_scope on a 401; not on the 403 it belongs to', () => {
		const on401 = exchange(
			get('Authorization: Bearer mF_9.B5f-4.1JqM'),
			status401(
				'WWW-Authenticate: Bearer realm="api", error="insufficient_scope", scope="reports:read"',
			),
		);
		assert.equal(
			findings(on401).find((f) => f.code === 'insufficient-scope-on-401')?.severity,
			'error',
		);
		const on403 = exchange(get('Authorization: Bearer mF_9.B5f-4.1JqM'), [
			'HTTP/1.1 403 Forbidden',
			'WWW-Authenticate: Bearer realm="api", error="insufficient_scope"',
		]);
		assert.deepEqual(codes(on403), []);
	});

	it('invalid-request-on-401: invalid_request on a 401; not on a 400', () => {
		assert.ok(
			has(
				exchange(get(), status401('WWW-Authenticate: Bearer error="invalid_request"')),
				'invalid-request-on-401',
			),
		);
		assert.deepEqual(
			codes(
				exchange(get(), [
					'HTTP/1.1 400 Bad Request',
					'WWW-Authenticate: Bearer error="invalid_request"',
				]),
			),
			[],
		);
	});

	it('jwt-expired: now >= exp + skew; not a second earlier, nor within the skew', () => {
		const token = jwtWith({ sub: 'a', exp: NOW });
		const request = [
			'GET /v1/me HTTP/1.1',
			'Host: api.example.com',
			`Authorization: Bearer ${token}`,
		].join('\n');
		assert.ok(has(request, 'jwt-expired'));
		assert.equal(findings(request).find((f) => f.code === 'jwt-expired')?.severity, 'error');
		assert.ok(!has(request, 'jwt-expired', { now: NOW - 1 }));
		assert.ok(!has(request, 'jwt-expired', { now: NOW + 59, clockSkewSeconds: 60 }));
		assert.ok(has(request, 'jwt-expired', { now: NOW + 60, clockSkewSeconds: 60 }));
		// The RFC 7519 example expired in 2011; curl's transcript carries it.
		assert.ok(has(CURL_EXPIRED, 'jwt-expired'));
		// An opaque token, or a JWT sent with another scheme, says nothing about expiry.
		assert.ok(!has(RFC6750_EXCHANGE, 'jwt-expired'));
		assert.ok(
			!has(['GET / HTTP/1.1', `Authorization: Token ${RFC_JWT}`].join('\n'), 'jwt-expired'),
		);
	});

	it('jwt-not-yet-valid: now < nbf - skew; not at nbf, nor within the skew', () => {
		const token = jwtWith({ nbf: NOW + 10, exp: NOW + 3600 });
		const request = `GET / HTTP/1.1\nAuthorization: Bearer ${token}`;
		assert.ok(has(request, 'jwt-not-yet-valid'));
		assert.ok(!has(request, 'jwt-not-yet-valid', { now: NOW + 10 }));
		assert.ok(!has(request, 'jwt-not-yet-valid', { now: NOW, clockSkewSeconds: 10 }));
		assert.ok(has(request, 'jwt-not-yet-valid', { now: NOW, clockSkewSeconds: 9 }));
	});

	it('basic-malformed: credentials the Basic decoder rejects; not the RFC 7617 example', () => {
		for (const value of [
			'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ',
			'Basic QWxhZGRpbg==',
			'Basic /w==',
			'Basic',
		]) {
			const found = findings(`GET / HTTP/1.1\nAuthorization: ${value}`);
			assert.deepEqual(
				found.map((f) => f.code),
				['basic-malformed'],
				value,
			);
			assert.match(found[0]!.message, /RFC 7617 §2/);
		}
		assert.deepEqual(codes(`GET / HTTP/1.1\nAuthorization: ${ALADDIN}`), []);
		assert.deepEqual(codes(`GET / HTTP/1.1\nAuthorization: bAsIc ${ALADDIN.slice(6)}`), []);
	});

	it('basic-over-http: Basic to an http:// host; not https, loopback, or an unknown url', () => {
		const basicTo = (url: string) => `GET ${url} HTTP/1.1\nAuthorization: ${ALADDIN}`;
		assert.equal(
			findings(basicTo('http://staging.example.com/')).find((f) => f.code === 'basic-over-http')
				?.severity,
			'warning',
		);
		for (const url of [
			'https://staging.example.com/',
			'http://localhost:8080/',
			'http://127.0.0.1/',
			'http://[::1]:3000/',
			'/relative',
		]) {
			assert.ok(!has(basicTo(url), 'basic-over-http'), url);
		}
		assert.ok(has(CURL_REDIRECT, 'basic-over-http'));
		// A Bearer token over http is a risk too, but not this rule's.
		assert.ok(
			!has('GET http://staging.example.com/ HTTP/1.1\nAuthorization: Bearer x', 'basic-over-http'),
		);
	});

	it('preflight-rejected: a preflight answered 401; not a 204, nor an OPTIONS that is no preflight', () => {
		const preflight = [
			'OPTIONS /v1/me HTTP/1.1',
			'Host: api.example.com',
			'Origin: https://app.example.com',
			'Access-Control-Request-Method: GET',
		];
		assert.ok(has(exchange(preflight, status401(basicChallenge)), 'preflight-rejected'));
		assert.ok(has(CHROME_HAR, 'preflight-rejected'));
		const allowed = [
			'HTTP/1.1 204 No Content',
			'Access-Control-Allow-Origin: https://app.example.com',
			'Access-Control-Allow-Methods: GET',
		];
		assert.deepEqual(codes(exchange(preflight, allowed)), []);
		assert.ok(
			!has(
				exchange(
					['OPTIONS * HTTP/1.1', 'Host: api.example.com'],
					['HTTP/1.1 405 Method Not Allowed'],
				),
				'preflight-rejected',
			),
		);
		// No response yet: nothing was rejected.
		assert.ok(!has(preflight.join('\n'), 'preflight-rejected'));
	});

	it('preflight-authorization-not-allowed: Authorization asked, not allowed or only by "*"; not when named', () => {
		const preflight = [
			'OPTIONS /v1/me HTTP/1.1',
			'Host: api.example.com',
			'Access-Control-Request-Method: GET',
			'Access-Control-Request-Headers: content-type, authorization',
		];
		const answer = (...fields: string[]) => [
			'HTTP/1.1 204 No Content',
			'Access-Control-Allow-Origin: https://app.example.com',
			...fields,
		];
		assert.ok(has(exchange(preflight, answer()), 'preflight-authorization-not-allowed'));
		assert.ok(
			has(
				exchange(preflight, answer('Access-Control-Allow-Headers: *')),
				'preflight-authorization-not-allowed',
			),
		);
		assert.ok(
			has(
				exchange(preflight, answer('Access-Control-Allow-Headers: Content-Type')),
				'preflight-authorization-not-allowed',
			),
		);
		assert.deepEqual(
			codes(exchange(preflight, answer('Access-Control-Allow-Headers: *, Authorization'))),
			[],
		);
		assert.deepEqual(
			codes(
				exchange(preflight, answer('access-control-allow-headers: content-type,AUTHORIZATION')),
			),
			[],
		);
		// Not asked for: nothing to allow.
		assert.deepEqual(codes(exchange(preflight.slice(0, 3), answer())), []);
	});

	it('credentialed-wildcard-origin: credentials allowed for "*"; not for a named origin', () => {
		const answer = (origin: string) =>
			exchange(get(), [
				'HTTP/1.1 200 OK',
				`Access-Control-Allow-Origin: ${origin}`,
				'Access-Control-Allow-Credentials: true',
			]);
		assert.deepEqual(codes(answer('*')), ['credentialed-wildcard-origin']);
		assert.deepEqual(codes(answer('https://app.example.com')), []);
		assert.deepEqual(
			codes(exchange(get(), ['HTTP/1.1 200 OK', 'Access-Control-Allow-Origin: *'])),
			[],
		);
		assert.ok(has(FIREFOX_HAR, 'credentialed-wildcard-origin'));
	});

	it('authorization-dropped-on-redirect: on the exchange after a cross-origin redirect; not a same-origin one', () => {
		const found = findings(CURL_REDIRECT).filter(
			(f) => f.code === 'authorization-dropped-on-redirect',
		);
		assert.deepEqual(
			found.map((f) => [f.exchange, f.severity]),
			[[1, 'error']],
		);
		assert.match(found[0]!.message, /https:\/\/reports\.example\.net/);
		// Same origin: the client keeps the credentials, so this rule has nothing to say.
		const sameOrigin = [
			'GET http://www.example.com/a HTTP/1.1',
			`Authorization: ${ALADDIN}`,
			'',
			'HTTP/1.1 302 Found',
			'Location: /b',
			'',
			'GET http://www.example.com/b HTTP/1.1',
			'',
			'HTTP/1.1 401 Unauthorized',
			basicChallenge,
		].join('\n');
		assert.ok(!has(sameOrigin, 'authorization-dropped-on-redirect'));
		// Another port is another origin; the next request must ask for that location.
		const port = sameOrigin
			.replace('Location: /b', 'Location: http://www.example.com:8080/b')
			.replace('GET http://www.example.com/b', 'GET http://www.example.com:8080/b');
		assert.ok(has(port, 'authorization-dropped-on-redirect'));
		assert.ok(
			!has(
				port.replace('GET http://www.example.com:8080/b', 'GET http://www.example.com:8080/c'),
				'authorization-dropped-on-redirect',
			),
		);
		// If the next request still carries Authorization, it was not dropped.
		assert.ok(
			!has(
				port.replace(
					'GET http://www.example.com:8080/b HTTP/1.1',
					`GET http://www.example.com:8080/b HTTP/1.1\nAuthorization: ${ALADDIN}`,
				),
				'authorization-dropped-on-redirect',
			),
		);
	});

	it('token-in-query: access_token in the url or the target; not in the fragment nor a longer name', () => {
		assert.ok(
			has(
				'GET /resource?access_token=mF_9.B5f-4.1JqM HTTP/1.1\nHost: server.example.com',
				'token-in-query',
			),
		);
		assert.ok(has(FIREFOX_HAR, 'token-in-query'));
		for (const target of [
			'/cb#access_token=x',
			'/r?my_access_token=x',
			'/r?token=x',
			'/access_token=x',
		]) {
			assert.ok(!has(`GET ${target} HTTP/1.1`, 'token-in-query'), target);
		}
		assert.equal(findings('GET /r?a=1&access_token=x HTTP/1.1')[0]?.severity, 'warning');
	});

	it('network-authentication-required: a 511; not a 401', () => {
		assert.deepEqual(
			findings(RFC6585_511).map(({ code, severity, exchange }) => [code, severity, exchange]),
			[['network-authentication-required', 'info', 0]],
		);
		assert.ok(!has(status401(basicChallenge).join('\n'), 'network-authentication-required'));
	});
});

describe('diagnoseExchange: findings together', () => {
	it('reports every finding of an exchange with its index, in exchange order', () => {
		const found = findings(CURL_REDIRECT);
		assert.deepEqual(
			found.map((f) => [f.exchange, f.code]),
			[
				[0, 'basic-over-http'],
				[1, 'credentials-absent'],
				[1, 'authorization-dropped-on-redirect'],
			],
		);
	});

	it('cites a section of a standard in every message, and echoes no credential', () => {
		const inputs = [
			CURL_EXPIRED,
			CURL_REDIRECT,
			CHROME_HAR,
			FIREFOX_HAR,
			RFC6750_EXCHANGE,
			RFC6585_511,
		];
		for (const input of inputs) {
			for (const finding of findings(input)) {
				assert.match(
					finding.message,
					/RFC \d+ §|preflight|credentials|Authorization/,
					finding.code,
				);
				for (const secret of [RFC_JWT, 'mF_9.B5f-4.1JqM', ALADDIN.slice(6), '9f8e7d6c5b4a']) {
					assert.ok(!finding.message.includes(secret), `${finding.code} echoes a secret`);
				}
			}
		}
	});

	it('uses the current time when no `now` is given', () => {
		const token = jwtWith({ exp: Math.floor(Date.now() / 1000) - 5 });
		assert.ok(has(`GET / HTTP/1.1\nAuthorization: Bearer ${token}`, 'jwt-expired', {}));
		const fresh = jwtWith({ exp: Math.floor(Date.now() / 1000) + 3600 });
		assert.ok(!has(`GET / HTTP/1.1\nAuthorization: Bearer ${fresh}`, 'jwt-expired', {}));
	});
});
