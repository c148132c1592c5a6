// The 401 doctor's result view (the same view renders at build time and in the browser) and the
// fragment that hands a value to the JWT and challenge inspectors.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FINDING_CODES } from '../../../src/lib/http-auth/index.ts';
import {
	ADVICE,
	doctorReport,
	doctorResult,
	doctorSummary,
} from '../../../src/lib/tools/doctor-result.ts';
import { fragmentValue, withFragment } from '../../../src/lib/tools/fragment.ts';
import { viewToHtml } from '../../../src/lib/tools/view.ts';
import { CURL_EXPIRED, CURL_REDIRECT, FIREFOX_HAR, RFC_JWT } from '../../support/transcripts.ts';

const NOW = 1_800_000_000;
const html = (input: string, reveal = false) =>
	viewToHtml(doctorResult(doctorReport(input, NOW), reveal).content);

describe('withFragment and fragmentValue', () => {
	it('round-trip any value through the fragment, never the query', () => {
		for (const value of [RFC_JWT, 'HTTP/1.1 401\nWWW-Authenticate: Basic realm="a&b=c" +%', '']) {
			const href = withFragment('/tools/jwt/', 'token', value);
			assert.ok(href.startsWith('/tools/jwt/#token='));
			assert.ok(!href.includes('?'));
			assert.equal(fragmentValue(new URL(href, 'https://h.example').hash, 'token'), value);
		}
	});

	it('read nothing from a heading anchor or a fragment without the name', () => {
		assert.equal(fragmentValue('#find-the-cause-fast', 'token'), null);
		assert.equal(fragmentValue('', 'token'), null);
		assert.equal(fragmentValue('#header=x', 'token'), null);
	});
});

describe('doctorResult', () => {
	it('sums up the exchanges and the problems, notes apart', () => {
		assert.equal(
			doctorSummary(doctorReport(CURL_REDIRECT, NOW)),
			'2 exchanges, 2 problems, 1 note (read as curl -v output).',
		);
		assert.equal(
			doctorSummary(doctorReport('GET /a HTTP/1.1', NOW)),
			'1 exchange, no problems (read as raw HTTP).',
		);
		assert.match(
			doctorSummary(doctorReport('', NOW)),
			/^Could not read the input: Nothing to read/,
		);
	});

	it('lists findings most severe first, each with its fix, its page and its exchange', () => {
		const output = html(CURL_REDIRECT);
		const order = [...output.matchAll(/data-code="([^"]+)"/g)].map((match) => match[1]);
		assert.deepEqual(order, [
			'authorization-dropped-on-redirect',
			'basic-over-http',
			'credentials-absent',
		]);
		assert.match(output, /<a href="#doctor-exchange-2">Exchange 2<\/a>/);
		assert.match(output, /<li id="doctor-exchange-2">/);
		assert.match(output, /Explained in <a href="\/faq\/401-on-redirect\/">/);
		assert.match(output, /<a href="https:\/\/www\.rfc-editor\.org\/rfc\/rfc9110#section-15\.4">/);
	});

	it('has a fix and a page of this site for every finding code', () => {
		for (const code of FINDING_CODES) {
			assert.ok(ADVICE[code].fix.length > 40, code);
			assert.match(ADVICE[code].page.href, /^\/[a-z0-9/#-]+$/, code);
		}
	});

	it('masks secrets unless asked to show them, and never shows a body', () => {
		const masked = html(FIREFOX_HAR);
		assert.match(masked, /access_token=\[hidden: 15 characters\]/);
		assert.match(masked, /csrftoken=\[hidden: 6 characters\]/);
		assert.ok(!masked.includes('9f8e7d6c5b4a'));
		const shown = html(FIREFOX_HAR, true);
		assert.match(shown, /session=9f8e7d6c5b4a; Path=\//);
		for (const output of [masked, shown]) {
			assert.ok(!output.includes('open+sesame') && !output.includes('&quot;hint&quot;'));
		}
	});

	it('links a JWT to the JWT inspector and a challenge to the challenge inspector, in the fragment', () => {
		const output = html(CURL_EXPIRED);
		assert.ok(output.includes(`href="/tools/jwt/#token=${RFC_JWT}"`));
		assert.match(
			output,
			/href="\/tools\/www-authenticate\/#header=HTTP%2F1\.1\+401%0Awww-authenticate%3A\+Bearer/,
		);
		assert.ok(!html(CURL_REDIRECT).includes('/tools/jwt/'));
	});

	it('keeps only the fields it shows: no body and no other header reaches the report', () => {
		const report = doctorReport(FIREFOX_HAR, NOW);
		assert.ok(report.ok);
		const kept = JSON.stringify(report);
		assert.ok(!kept.includes('open+sesame'));
		assert.ok(!kept.includes('application/x-www-form-urlencoded'));
		assert.deepEqual(
			report.exchanges[0]!.request.map((field) => field.name),
			['Cookie'],
		);
	});

	it('shows markup as text', () => {
		const output = html(
			'GET /<img> HTTP/1.1\nAuthorization: <script>\n\nHTTP/1.1 401 x\nWWW-Authenticate: <b>',
			true,
		);
		assert.ok(!/<(img|script|b)>/.test(output));
		assert.match(output, /&lt;script&gt;/);
	});
});
