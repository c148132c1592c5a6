// How the 401 doctor reads each format into exchanges: curl 8 `-v` (with -L, through a proxy, on
// other ports), HAR from Chrome and Firefox, raw messages from the RFCs, and the inputs it refuses.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { diagnoseExchange, type Diagnosis } from '../../../src/lib/http-auth/index.ts';
import {
	CHROME_HAR,
	CURL_EXPIRED,
	CURL_PROXY,
	CURL_REDIRECT,
	FIREFOX_HAR,
	RFC6585_511,
	RFC6750_EXCHANGE,
} from '../../support/transcripts.ts';

const NOW = 1_800_000_000;

function read(input: string) {
	const diagnosis = diagnoseExchange(input, { now: NOW });
	assert.ok(diagnosis.ok, diagnosis.ok ? '' : diagnosis.error.message);
	return diagnosis;
}
const failure = (input: string) => {
	const diagnosis: Diagnosis = diagnoseExchange(input);
	assert.equal(diagnosis.ok, false);
	return diagnosis.ok ? '' : diagnosis.error.message;
};

describe('curl -v', () => {
	it('reads curl 8 over HTTP/2 and TLS: an https url from the Host header', () => {
		const { format, exchanges } = read(CURL_EXPIRED);
		assert.equal(format, 'curl');
		assert.deepEqual(exchanges, [
			{ method: 'GET', url: 'https://api.example.com/v1/me', status: 401 },
		]);
	});

	it('reads -L as one exchange per request, each with the scheme of its own connection', () => {
		assert.deepEqual(read(CURL_REDIRECT).exchanges, [
			{ method: 'GET', url: 'http://www.example.com/reports', status: 301 },
			{ method: 'GET', url: 'https://reports.example.net/reports', status: 401 },
		]);
	});

	it('leaves out a CONNECT to a proxy and its answer; the tunnel is TLS after the proxy connection', () => {
		assert.deepEqual(read(CURL_PROXY).exchanges, [
			{ method: 'GET', url: 'https://api.example.com/v1/reports', status: 401 },
		]);
		// A proxy that refuses the CONNECT: still no exchange, so nothing is left to read.
		const refused = CURL_PROXY.split('< HTTP/1.1 200 Connection established')[0]!.concat(
			'< HTTP/1.1 407 Proxy Authentication Required\n< Proxy-Authenticate: Basic realm="proxy"\n<\n',
		);
		assert.match(failure(refused.replace(/^> GET[\s\S]*$/m, '')), /No request line/);
	});

	it('takes an absolute request-target as the url: a plain request through a proxy', () => {
		const transcript = [
			'* Connected to proxy.example.net (10.0.0.5) port 3128',
			'> GET http://intranet.example/wiki HTTP/1.1',
			'> Host: intranet.example',
			'> Proxy-Connection: Keep-Alive',
			'>',
			'< HTTP/1.1 407 Proxy Authentication Required',
			'< Proxy-Authenticate: Basic realm="proxy"',
			'<',
		].join('\n');
		assert.deepEqual(read(transcript).exchanges, [
			{ method: 'GET', url: 'http://intranet.example/wiki', status: 407 },
		]);
	});

	it('chooses https after a TLS line or on port 443, and keeps the port in the Host value', () => {
		const on = (connected: string, ...rest: string[]) =>
			read([connected, ...rest, '> GET /health HTTP/1.1', '> Host: localhost:8443', '>'].join('\n'))
				.exchanges[0]!.url;
		assert.equal(
			on(
				'* Connected to localhost (127.0.0.1) port 8443',
				'* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384',
			),
			'https://localhost:8443/health',
		);
		assert.equal(
			on(
				'* Connected to localhost (::1) port 8443',
				'* TLSv1.2 (OUT), TLS handshake, Client hello (1):',
			),
			'https://localhost:8443/health',
		);
		assert.equal(
			on('* Connected to localhost (127.0.0.1) port 443'),
			'https://localhost:8443/health',
		);
		assert.equal(
			on('* Connected to localhost (127.0.0.1) port 8080'),
			'http://localhost:8443/health',
		);
		assert.equal(
			on('* Connected to localhost (127.0.0.1) port 4430'),
			'http://localhost:8443/health',
		);
		// No connection line at all: http.
		assert.equal(
			read('> GET / HTTP/1.1\n> Host: example.com\n>').exchanges[0]!.url,
			'http://example.com/',
		);
	});

	it('gives a null url without a Host header, and a request without an answer a null status', () => {
		assert.deepEqual(read('> GET /a HTTP/1.1\n> Accept: */*\n>\n').exchanges, [
			{ method: 'GET', url: null, status: null },
		]);
	});

	it('skips an interim 100 Continue and pairs the final response', () => {
		const upload = [
			'> PUT /upload HTTP/1.1',
			'> Host: files.example.com',
			'> Expect: 100-continue',
			'>',
			'< HTTP/1.1 100 Continue',
			'<',
			'< HTTP/1.1 401 Unauthorized',
			'< WWW-Authenticate: Basic realm="files"',
			'<',
		].join('\n');
		assert.deepEqual(read(upload).exchanges, [
			{ method: 'PUT', url: 'http://files.example.com/upload', status: 401 },
		]);
	});

	it('reads CRLF line ends, a byte order mark and surrounding blank lines', () => {
		const text = `\uFEFF\n\n${CURL_REDIRECT.replaceAll('\n', '\r\n')}\r\n\r\n`;
		assert.equal(read(text).format, 'curl');
		assert.equal(read(text).exchanges.length, 2);
	});
});

describe('HAR', () => {
	it('reads a Chrome export: entries in order; status 0 (no response) is null', () => {
		const { format, exchanges, findings } = read(CHROME_HAR);
		assert.equal(format, 'har');
		assert.deepEqual(exchanges, [
			{ method: 'OPTIONS', url: 'https://api.example.com/v1/me', status: 401 },
			{ method: 'GET', url: 'https://api.example.com/v1/me', status: null },
		]);
		assert.deepEqual(
			findings.map((f) => [f.exchange, f.code]),
			[
				[0, 'credentials-absent'],
				[0, 'preflight-rejected'],
				[1, 'jwt-expired'],
			],
		);
	});

	it('reads a Firefox export, with bodies and cookies, and never quotes a body', () => {
		const { exchanges, findings } = read(FIREFOX_HAR);
		assert.deepEqual(exchanges, [
			{ method: 'POST', url: 'https://app.example.com/login', status: 302 },
			{
				method: 'GET',
				url: 'https://api.example.com/v1/reports?access_token=mF_9.B5f-4.1JqM',
				status: 401,
			},
		]);
		assert.deepEqual(
			findings.map((f) => [f.exchange, f.code]),
			[
				[1, 'credentials-absent'],
				[1, 'bearer-invalid-token'],
				[1, 'credentialed-wildcard-origin'],
				[1, 'token-in-query'],
			],
		);
		for (const finding of findings) assert.ok(!finding.message.includes('open+sesame'));
	});

	it('accepts an empty log, and entries missing parts as exchanges of nulls', () => {
		assert.deepEqual(read('{"log":{"version":"1.2","entries":[]}}').exchanges, []);
		const odd = JSON.stringify({
			log: {
				entries: [
					null,
					{},
					{ request: { method: 7, url: 'x', headers: 'no' }, response: { status: '401' } },
				],
			},
		});
		assert.deepEqual(read(odd).exchanges, [
			{ method: null, url: null, status: null },
			{ method: null, url: null, status: null },
			{ method: null, url: 'x', status: null },
		]);
	});

	it('refuses JSON that is not a HAR, and broken JSON without quoting it', () => {
		assert.match(failure('{"log":{}}'), /no log\.entries/);
		assert.match(failure('{"entries":[]}'), /no log\.entries/);
		const broken = failure('{"log": {"entries": [ {"request": "Bearer sekrit-token" ');
		assert.match(broken, /not valid JSON/);
		assert.ok(!broken.includes('sekrit'));
	});
});

describe('raw HTTP', () => {
	it('reads the RFC 6750 request and its folded challenge as one exchange', () => {
		const { format, exchanges, findings } = read(RFC6750_EXCHANGE);
		assert.equal(format, 'http');
		// A relative target gives no url in raw HTTP, whatever the Host header says.
		assert.deepEqual(exchanges, [{ method: 'GET', url: null, status: 401 }]);
		assert.deepEqual(
			findings.map((f) => f.code),
			['credentials-rejected', 'bearer-invalid-token'],
		);
	});

	it('reads a response alone as an exchange without a request, and ignores its body', () => {
		assert.deepEqual(read(RFC6585_511).exchanges, [{ method: null, url: null, status: 511 }]);
	});

	it('pairs each response with the request before it; a request without one has a null status', () => {
		const text = [
			'GET https://a.example/one HTTP/1.1',
			'',
			'GET https://a.example/two HTTP/1.1',
			'',
			'HTTP/1.1 200 OK',
			'',
			'body that says HTTP/1.1 is great',
			'HTTP/1.1 401 Unauthorized',
		].join('\n');
		assert.deepEqual(read(text).exchanges, [
			{ method: 'GET', url: 'https://a.example/one', status: null },
			{ method: 'GET', url: 'https://a.example/two', status: 200 },
			{ method: null, url: null, status: 401 },
		]);
	});

	it('starts a new message at a start line even without the empty line before it', () => {
		const text =
			'GET /x HTTP/1.1\nHost: a\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm="a"';
		assert.deepEqual(read(text).exchanges, [{ method: 'GET', url: null, status: 401 }]);
		assert.deepEqual(
			read(text).findings.map((f) => f.code),
			['credentials-absent'],
		);
	});

	it('reads curl -i output (a status line and headers) as raw HTTP', () => {
		const text = 'HTTP/2 401 \r\nwww-authenticate: Basic realm="x"\r\n\r\n';
		assert.equal(read(text).format, 'http');
		assert.deepEqual(read(text).exchanges, [{ method: null, url: null, status: 401 }]);
	});
});

describe('refused input', () => {
	it('says why for empty text, and text without a request or status line', () => {
		for (const text of ['', '   \n\t ', '\uFEFF']) assert.match(failure(text), /Nothing to read/);
		assert.match(failure('WWW-Authenticate: Basic realm="x"'), /No request line/);
		assert.match(failure('hello world'), /No request line/);
		assert.match(failure('get / http/1.1'), /No request line/);
	});

	it('returns only the error, with a message', () => {
		assert.deepEqual(Object.keys(diagnoseExchange('')).sort(), ['error', 'ok']);
	});
});
