import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { referencesIn, rfc } from '../../../src/lib/http-auth/references.ts';
import { isoDate, localDateTime, relativeTime } from '../../../src/lib/tools/relative-time.ts';
import { encodeResult, shellQuote } from '../../../src/lib/tools/basic-auth-result.ts';
import { viewToHtml } from '../../../src/lib/tools/view.ts';
import {
	countFindings,
	optionalText,
	parseSkew,
	prettyJson,
	timeClaims,
} from '../../../src/lib/tools/jwt-result.ts';
import {
	INITIAL_ANSWERS,
	QUESTIONS,
	answersFromQuery,
	answersToQuery,
} from '../../../src/lib/tools/status-query.ts';

describe('references', () => {
	it('links an RFC section', () => {
		assert.deepEqual(rfc(9110, '11.6.1'), {
			label: 'RFC 9110 §11.6.1',
			url: 'https://www.rfc-editor.org/rfc/rfc9110#section-11.6.1',
		});
	});
	it('finds every section a message mentions', () => {
		const labels = referencesIn(
			'bad (RFC 7519 §2, §4.1.4) and RFC 7617 §2.1; again RFC 7519 §2',
		).map((r) => r.label);
		assert.deepEqual(labels, ['RFC 7519 §2', 'RFC 7519 §4.1.4', 'RFC 7617 §2.1']);
		assert.deepEqual(referencesIn('no references here'), []);
	});
});

describe('relativeTime', () => {
	const now = 1_700_000_000;
	it('speaks in the largest whole unit', () => {
		assert.equal(relativeTime(now + 300, now), 'in 5 minutes');
		assert.equal(relativeTime(now - 3 * 3600, now), '3 hours ago');
		assert.equal(relativeTime(now + 1, now), 'in 1 second');
		assert.equal(relativeTime(now - 119, now), '1 minute ago');
		assert.equal(relativeTime(now - 2 * 86_400, now), '2 days ago');
		assert.equal(relativeTime(now - 400 * 86_400, now), '1 year ago');
		assert.equal(relativeTime(now + 0.5, now), 'now');
		assert.equal(relativeTime(Number.NaN, now), '');
	});
	it('formats ISO dates and refuses impossible ones', () => {
		assert.equal(isoDate(1300819380), '2011-03-22T18:43:00Z');
		assert.equal(isoDate(1e20), null);
	});
});

describe('shell quoting', () => {
	it('single-quotes and escapes single quotes', () => {
		assert.equal(shellQuote("it's"), `'it'\\''s'`);
		assert.equal(shellQuote('$(rm -rf /) `x` "y"'), `'$(rm -rf /) \`x\` "y"'`);
	});
	it('builds the curl command', () => {
		assert.match(
			viewToHtml(encodeResult('Aladdin', 'open sesame').content),
			/curl -H 'Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==' https:\/\/example\.com\//,
		);
	});
});

describe('jwt view helpers', () => {
	it('lists time claims with dates', () => {
		const claims = timeClaims(
			{ iss: 'joe', exp: 1300819380, iat: 'soon', auth_time: 1300819000, nbf: 1e20 },
			1300819380 + 3600,
		);
		assert.deepEqual(
			claims.map((c) => [c.name, c.iso, c.relative]),
			[
				['exp', '2011-03-22T18:43:00Z', '1 hour ago'],
				['nbf', null, ''],
				['auth_time', '2011-03-22T18:36:40Z', '1 hour ago'],
			],
		);
	});
	it('reads the clock skew', () => {
		assert.deepEqual(parseSkew(''), { ok: true, seconds: 0 });
		assert.deepEqual(parseSkew(' 60 '), { ok: true, seconds: 60 });
		assert.equal(parseSkew('-5').ok, false);
		assert.equal(parseSkew('1e3').ok, false);
		assert.equal(parseSkew('90000').ok, false);
		assert.equal(parseSkew('<img src=x>').ok, false);
	});
	it('treats blank optional fields as absent', () => {
		assert.equal(optionalText('  '), undefined);
		assert.equal(optionalText(' api '), 'api');
	});
	it('counts findings', () => {
		const f = (severity: 'error' | 'warning' | 'info') => ({
			code: 'expired' as const,
			severity,
			message: '',
		});
		assert.equal(countFindings([]), 'no findings');
		assert.equal(countFindings([f('info')]), '1 note');
		assert.equal(
			countFindings([f('error'), f('error'), f('warning'), f('info')]),
			'2 errors, 1 warning and 1 note',
		);
	});
	it('prints JSON and survives what it cannot print', () => {
		assert.equal(prettyJson({ a: 1 }), '{\n  "a": 1\n}');
		const deep: Record<string, unknown> = {};
		let cursor = deep;
		for (let i = 0; i < 100_000; i++) cursor = cursor['a'] = {};
		assert.equal(typeof prettyJson(deep), 'string');
	});
});

describe('status query', () => {
	it('round-trips answers', () => {
		const answers = { ...INITIAL_ANSWERS, credentialsSent: false };
		const query = answersToQuery(answers);
		assert.equal(
			query,
			'captiveNetwork=0&challengerIsProxy=0&wellFormed=1&credentialsSent=0&credentialsValid=1&allowed=1&hideExistence=0',
		);
		assert.deepEqual(answersFromQuery(`?${query}`), answersFromQuery(query));
		assert.deepEqual(answersFromQuery(query), answers);
	});
	it('keeps defaults for missing or hostile values', () => {
		assert.deepEqual(answersFromQuery(''), INITIAL_ANSWERS);
		assert.deepEqual(answersFromQuery('?wellFormed=%3Cscript%3E&allowed=no&x=1'), {
			...INITIAL_ANSWERS,
			allowed: false,
		});
	});
	it('asks every question the chooser needs, once', () => {
		assert.equal(new Set(QUESTIONS.map((q) => q.key)).size, 7);
	});
});

describe('localDateTime', () => {
	it('carries the offset from UTC, either side of it', () => {
		const moment = Date.UTC(2011, 2, 22, 18, 43, 0) / 1000;
		assert.equal(localDateTime(moment, 60), '2011-03-22 19:43:00 UTC+01:00');
		assert.equal(localDateTime(moment, -330), '2011-03-22 13:13:00 UTC-05:30');
		assert.equal(localDateTime(moment, 0), '2011-03-22 18:43:00 UTC+00:00');
		assert.equal(localDateTime(moment, 345), '2011-03-23 00:28:00 UTC+05:45');
		assert.equal(localDateTime(Number.MAX_SAFE_INTEGER, 0), '');
	});
});
