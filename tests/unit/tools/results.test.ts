import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeResult, encodeResult } from '../../../src/lib/tools/basic-auth-result.ts';
import { challengeResult } from '../../../src/lib/tools/challenge-result.ts';
import { jwtResult, type Clock } from '../../../src/lib/tools/jwt-result.ts';
import { INITIAL_ANSWERS } from '../../../src/lib/tools/status-query.ts';
import { statusResult } from '../../../src/lib/tools/status-result.ts';
import { el, viewToHtml, type ToolView } from '../../../src/lib/tools/view.ts';

const html = (result: ToolView) => viewToHtml(result.content);

describe('viewToHtml', () => {
	it('escapes text and attribute values, and leaves out empty children', () => {
		const node = el(
			'p',
			{ title: '"><script>' },
			'<img src=x>',
			null,
			false,
			el('b', null, 'a & b'),
		);
		assert.equal(
			viewToHtml(node),
			'<p title="&quot;&gt;&lt;script&gt;">&lt;img src=x&gt;<b>a &amp; b</b></p>',
		);
	});
});

describe('tool results', () => {
	it('explain the challenges of a raw response', () => {
		const result = challengeResult('HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm="a"');
		assert.equal(result.summary, '1 challenge (Basic); no problems found.');
		assert.match(html(result), /Status line: <code>HTTP\/1\.1 401 Unauthorized<\/code>/);
		assert.match(html(result), /<a href="\/schemes\/basic\/">More about Basic<\/a>/);
	});

	it('encode and decode the Basic example of RFC 7617', () => {
		assert.equal(
			encodeResult('Aladdin', 'open sesame').summary,
			'Encoded: Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==',
		);
		assert.match(encodeResult('a:b', 'c').summary, /^Cannot encode: /);
		assert.equal(
			decodeResult('Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==').summary,
			'Decoded: user-id Aladdin, password open sesame',
		);
	});

	it('send a request that needs nothing through with a 2xx', () => {
		const result = statusResult({ ...INITIAL_ANSWERS });
		assert.match(result.summary, /^Nothing is wrong/);
		assert.match(html(result), /<a href="\?[^"]*credentialsSent=1/);
		assert.equal(
			statusResult({ ...INITIAL_ANSWERS, credentialsSent: false }).summary,
			'Send 401 Unauthorized, with WWW-Authenticate.',
		);
	});

	it('compare JWT times with the clock they are given, and say which: the example’s is in UTC', () => {
		// {"exp": 1300819380}, unsigned.
		const token = 'eyJhbGciOiJub25lIn0.eyJleHAiOjEzMDA4MTkzODB9.';
		const fields = { token, skew: '0', aud: '', iss: '' };
		const example: Clock = { now: 1_300_819_380 + 3600, source: 'example' };
		const built = html(jwtResult(fields, example));
		assert.match(
			built,
			/Compared with a fixed time for this example, not your clock: 2011-03-22T19:43:00Z \(2011-03-22 19:43:00 UTC\+00:00\)/,
		);
		assert.match(built, /2011-03-22 18:43:00 UTC\+00:00 · <strong>1 hour ago<\/strong>/);
		const device = html(jwtResult(fields, { ...example, source: 'device' }));
		assert.match(device, /Compared with your device’s clock: 2011-03-22T19:43:00Z/);
		assert.equal(
			jwtResult({ ...fields, token: ' ' }, example).summary,
			'Paste a JWT to decode it.',
		);
	});
});
