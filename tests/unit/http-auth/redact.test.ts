// The redacted copy the 401 doctor offers: every secret replaced, bodies removed, the format and its
// exchanges unchanged, so the copy can go into a ticket and still be read the same way.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
	BODY_REMOVED,
	diagnoseExchange,
	redactFieldValue,
	redactTranscript,
	redactUrl,
	REDACTED,
} from '../../../src/lib/http-auth/index.ts';
import {
	ALADDIN,
	CHROME_HAR,
	CURL_EXPIRED,
	CURL_PROXY,
	CURL_REDIRECT,
	FIREFOX_HAR,
	RFC6585_511,
	RFC6750_EXCHANGE,
	RFC_JWT,
} from '../../support/transcripts.ts';

const SECRETS = [
	RFC_JWT,
	ALADDIN.slice(6),
	'mF_9.B5f-4.1JqM',
	'K8s2fQ',
	'9f8e7d6c5b4a',
	'open+sesame',
	'"hint"',
	'{"error":"invalid_token"}',
];

function redacted(input: string): string {
	const result = redactTranscript(input);
	assert.ok(result.ok, result.ok ? '' : result.error.message);
	return result.text;
}

/** What must survive redaction: the format, and each exchange's method and status. */
function shape(input: string) {
	const diagnosis = diagnoseExchange(input, { now: 1_800_000_000 });
	assert.ok(diagnosis.ok);
	return {
		format: diagnosis.format,
		exchanges: diagnosis.exchanges.map(({ method, status }) => ({ method, status })),
	};
}

describe('redactTranscript', () => {
	for (const [name, input] of Object.entries({
		CURL_EXPIRED,
		CURL_REDIRECT,
		CURL_PROXY,
		CHROME_HAR,
		FIREFOX_HAR,
		RFC6750_EXCHANGE,
		RFC6585_511,
	})) {
		it(`${name}: keeps no secret, and reads as the same exchanges`, () => {
			const text = redacted(input);
			for (const secret of SECRETS) assert.ok(!text.includes(secret), `${name} keeps ${secret}`);
			assert.deepEqual(shape(text), shape(input));
		});
	}

	it('keeps the lines of a curl transcript, masking credentials after the scheme', () => {
		const text = redacted(CURL_EXPIRED);
		assert.match(text, /^> Authorization: Bearer REDACTED$/m);
		assert.match(text, /^\* \[HTTP\/2\] \[1\] \[authorization: Bearer REDACTED\]$/m);
		assert.match(text, /^< www-authenticate: Bearer realm="api", error="invalid_token"/m);
		assert.match(text, /^\{ \[25 bytes data\]$/m);
		assert.ok(text.includes(BODY_REMOVED));
		assert.equal(text.split('\n').length, CURL_EXPIRED.split('\n').length);
	});

	it('masks a folded secret field, and removes a raw body as one line', () => {
		const raw =
			'GET /a HTTP/1.1\nAuthorization: Basic\n  QWxhZGRpbjpvcGVuIHNlc2FtZQ==\n\nHTTP/1.1 200 OK\n\nline one\nline two';
		assert.equal(
			redacted(raw),
			// A value of one word may be a bare key, so all of it goes.
			`GET /a HTTP/1.1\nAuthorization: REDACTED\n  REDACTED\n\nHTTP/1.1 200 OK\n\n${BODY_REMOVED}`,
		);
	});

	it('writes a HAR file back as JSON with bodies removed and cookies masked', () => {
		const har = JSON.parse(redacted(FIREFOX_HAR));
		const [login, reports] = har.log.entries;
		assert.equal(login.request.postData.text, BODY_REMOVED);
		assert.deepEqual(login.request.cookies, [
			{ name: 'theme', value: REDACTED('') },
			{ name: 'csrftoken', value: REDACTED('') },
		]);
		assert.equal(login.response.headers[1].value, 'session=REDACTED; Path=/; Secure; HttpOnly');
		assert.equal(reports.request.url, 'https://api.example.com/v1/reports?access_token=REDACTED');
		assert.deepEqual(reports.request.queryString, [{ name: 'access_token', value: 'REDACTED' }]);
		assert.equal(reports.response.content.text, BODY_REMOVED);
		assert.equal(har.log.creator.name, 'Firefox');
	});

	it('refuses broken JSON rather than guessing', () => {
		assert.equal(redactTranscript('{"log": ').ok, false);
	});
});

describe('redactFieldValue and redactUrl', () => {
	const mask = () => '***';
	it('mask what is secret in each kind of field, and nothing else', () => {
		assert.equal(redactFieldValue('Authorization', 'Bearer abc', mask), 'Bearer ***');
		assert.equal(redactFieldValue('proxy-authorization', 'Basic eDp5', mask), 'Basic ***');
		assert.equal(redactFieldValue('Authorization', 'opaque', mask), '***');
		assert.equal(redactFieldValue('Cookie', 'a=1; b=2', mask), 'a=***; b=***');
		assert.equal(
			redactFieldValue('Set-Cookie', 'sid=x; Path=/; Max-Age=60', mask),
			'sid=***; Path=/; Max-Age=60',
		);
		assert.equal(redactFieldValue('X-Api-Key', 'k-123', mask), '***');
		assert.equal(redactFieldValue('X-Auth-Token', 't', mask), '***');
		assert.equal(
			redactFieldValue('Location', '/cb?code=abc&state=s', mask),
			'/cb?code=***&state=s',
		);
		assert.equal(
			redactFieldValue('WWW-Authenticate', 'Bearer realm="api"', mask),
			'Bearer realm="api"',
		);
		assert.equal(redactFieldValue('Host', 'api.example.com', mask), 'api.example.com');
	});

	it('mask secret parameters in the query and the fragment, and a password in the URL', () => {
		assert.equal(
			redactUrl('https://app.example/cb#access_token=a&token_type=Bearer&state=s', mask),
			'https://app.example/cb#access_token=***&token_type=Bearer&state=s',
		);
		assert.equal(
			redactUrl('https://u:pw@h.example/?api_key=1&q=2', mask),
			'https://u:***@h.example/?api_key=***&q=2',
		);
		assert.equal(
			redactUrl('/r?id_token=x;client_secret=y', mask),
			'/r?id_token=***;client_secret=***',
		);
		assert.equal(redactUrl('/search?q=token', mask), '/search?q=token');
	});

	it('keeps a request target that holds replacement patterns such as $& as it is', () => {
		const text = redacted("GET /a$&b?q=$'&api_key=k HTTP/1.1\r\nHost: h.example\r\n\r\n");
		assert.match(text, /^GET \/a\$&b\?q=\$'&api_key=REDACTED HTTP\/1\.1/);
	});
});
