// The 401 doctor's rules: reads a transcript (HAR, curl -v or raw HTTP; transcript.ts) and says
// what is wrong with each exchange, citing the standard behind every finding. Challenges, Basic
// credentials and JWTs are read by the site's own parsers, so each tool and the doctor agree.

import { decodeBasicCredentials } from './basic.ts';
import { preview } from './encoding.ts';
import { fieldValue, fieldValues } from './http-text.ts';
import { inspectJwt } from './jwt.ts';
import type { Severity } from './severity.ts';
import {
	readTranscript,
	type Exchange,
	type TranscriptExchange,
	type TranscriptFormat,
} from './transcript.ts';
import { findParam, parseWwwAuthenticate, type Challenge } from './www-authenticate.ts';

export const FINDING_CODES = [
	'challenge-missing',
	'proxy-challenge-missing',
	'challenge-unparseable',
	'credentials-absent',
	'scheme-not-offered',
	'credentials-rejected',
	'bearer-invalid-token',
	'insufficient-scope-on-401',
	'invalid-request-on-401',
	'jwt-expired',
	'jwt-not-yet-valid',
	'basic-malformed',
	'basic-over-http',
	'preflight-rejected',
	'preflight-authorization-not-allowed',
	'credentialed-wildcard-origin',
	'authorization-dropped-on-redirect',
	'token-in-query',
	'network-authentication-required',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export type Finding = {
	code: string;
	severity: Severity;
	message: string;
	/** Index of the exchange the finding concerns. */
	exchange: number;
};

export type Diagnosis =
	| { ok: true; format: TranscriptFormat; exchanges: Exchange[]; findings: Finding[] }
	| { ok: false; error: { message: string } };

export type DiagnoseOptions = {
	/** The time JWTs are checked against, in Unix seconds; the current time by default. */
	now?: number;
	/** Leeway for exp and nbf, in seconds; 0 by default. */
	clockSkewSeconds?: number;
};

export function diagnoseExchange(input: string, options: DiagnoseOptions = {}): Diagnosis {
	const transcript = readTranscript(input);
	if (!transcript.ok) return transcript;
	const { format, exchanges } = transcript;
	return {
		ok: true,
		format,
		exchanges: exchanges.map(({ method, url, status }) => ({ method, url, status })),
		findings: diagnoseTranscript(exchanges, options),
	};
}

/** The findings for exchanges already read, in exchange order, then in the order of the rules. */
export function diagnoseTranscript(
	exchanges: readonly TranscriptExchange[],
	options: DiagnoseOptions = {},
): Finding[] {
	const now = options.now ?? Math.floor(Date.now() / 1000);
	const skew = options.clockSkewSeconds ?? 0;
	const findings: Finding[] = [];
	exchanges.forEach((exchange, index) => {
		const add = (code: FindingCode, severity: Severity, message: string) =>
			findings.push({ code, severity, message, exchange: index });
		challengeRules(exchange, add);
		credentialRules(exchange, now, skew, add);
		corsRules(exchange, add);
		const previous = exchanges[index - 1];
		if (previous && droppedOnRedirect(previous, exchange)) {
			add(
				'authorization-dropped-on-redirect',
				'error',
				`The previous request carried Authorization and was redirected to another origin, ${originOf(exchange.url!)}; the client rightly left the credentials behind, and the new origin answered 401. Call the final URL directly, or send credentials meant for that origin (RFC 9110 §15.4).`,
			);
		}
		if (hasAccessTokenParameter(exchange.url ?? exchange.target)) {
			add(
				'token-in-query',
				'warning',
				'The URL carries the token in an access_token query parameter, where server logs, proxies, browser history and Referer headers can record it; send it in the Authorization header instead (RFC 6750 §2.3, §5.3).',
			);
		}
		if (exchange.status === 511) {
			add(
				'network-authentication-required',
				'info',
				'A 511 comes from the network (a captive portal or gateway), not from the site: sign in to the network, often by opening any page in a browser, then retry (RFC 6585 §6).',
			);
		}
	});
	return findings;
}

type Add = (code: FindingCode, severity: Severity, message: string) => void;

const request = (exchange: TranscriptExchange, name: string) =>
	exchange.request && fieldValue(exchange.request, name);
const response = (exchange: TranscriptExchange, name: string) =>
	exchange.response && fieldValue(exchange.response, name);

/** The scheme and the rest of an Authorization value: `Bearer abc` → ['Bearer', 'abc']. */
function credentials(value: string): { scheme: string; rest: string } {
	const text = value.trim();
	const space = text.search(/[ \t]/);
	return space === -1
		? { scheme: text, rest: '' }
		: { scheme: text.slice(0, space), rest: text.slice(space).trim() };
}

const param = (challenge: Challenge, name: string) => findParam(challenge, name)?.value;

/** Rules 1 to 9: the challenge of a 401 (or 407), and how it answers the request's credentials. */
function challengeRules(exchange: TranscriptExchange, add: Add): void {
	const { status } = exchange;
	if (status !== 401 && status !== 407) return;
	const field = status === 401 ? 'WWW-Authenticate' : 'Proxy-Authenticate';
	const value = response(exchange, field);
	if (value === null && status === 401) {
		add(
			'challenge-missing',
			'error',
			'This 401 has no WWW-Authenticate field, so the client cannot tell which credentials to send; every 401 must carry at least one challenge (RFC 9110 §15.5.2).',
		);
	} else if (value === null) {
		add(
			'proxy-challenge-missing',
			'error',
			'This 407 has no Proxy-Authenticate field, so the client cannot tell how to authenticate to the proxy; every 407 must carry one (RFC 9110 §15.5.8).',
		);
	}
	const parsed = value === null ? null : parseWwwAuthenticate(value);
	if (parsed && !parsed.ok) {
		add(
			'challenge-unparseable',
			'error',
			`The ${field} value does not follow the challenge grammar, so clients may ignore it: ${parsed.error.message} (at character ${parsed.error.offset + 1}; RFC 9110 §11.3).`,
		);
	}
	if (status !== 401) return;

	const authorization = request(exchange, 'Authorization');
	if (exchange.request && authorization === null) {
		add(
			'credentials-absent',
			'info',
			'The request carried no Authorization field, so this 401 is a first challenge rather than a refusal: send credentials in a scheme the challenge names (RFC 9110 §11.6.2).',
		);
	}
	if (!parsed?.ok) return;
	const challenges = parsed.challenges;
	if (exchange.request && authorization !== null) {
		const { scheme } = credentials(authorization);
		const offered = challenges.map((challenge) => challenge.scheme);
		if (offered.some((name) => name.toLowerCase() === scheme.toLowerCase())) {
			add(
				'credentials-rejected',
				'warning',
				`The request sent ${preview(scheme)} credentials and the 401 asks for ${preview(scheme)} again: the server refused them (wrong, expired or revoked), and sending the same ones again will fail the same way (RFC 9110 §15.5.2).`,
			);
		} else {
			add(
				'scheme-not-offered',
				'error',
				`The request sent ${scheme === '' ? 'an Authorization field without a scheme' : `${preview(scheme)} credentials`}, but this 401 offers only ${offered.map((name) => preview(name)).join(', ')}: the server does not take that scheme here (RFC 9110 §11.6.1).`,
			);
		}
	}
	for (const challenge of challenges) {
		if (challenge.scheme.toLowerCase() !== 'bearer') continue;
		const error = param(challenge, 'error');
		if (error === 'invalid_token') {
			add(
				'bearer-invalid-token',
				'warning',
				'The Bearer challenge says error="invalid_token": the token is expired, revoked or malformed. Get a new token (refresh it or sign in again) instead of retrying this one (RFC 6750 §3.1).',
			);
		} else if (error === 'insufficient_scope') {
			add(
				'insufficient-scope-on-401',
				'error',
				'The Bearer challenge says error="insufficient_scope" on a 401, but that error goes with 403 Forbidden: the token is valid and lacks a scope, and asking for new credentials will not help (RFC 6750 §3.1).',
			);
		} else if (error === 'invalid_request') {
			add(
				'invalid-request-on-401',
				'warning',
				'The Bearer challenge says error="invalid_request" on a 401, but a malformed request goes with 400 Bad Request: fix the request (one token, sent one way) rather than the credentials (RFC 6750 §3.1).',
			);
		}
	}
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function parseUrl(url: string, base?: string): URL | null {
	try {
		return new URL(url, base);
	} catch {
		return null;
	}
}

/** Rules 10 to 13: what the request's own credentials say, whatever the response. */
function credentialRules(exchange: TranscriptExchange, now: number, skew: number, add: Add): void {
	const authorization = request(exchange, 'Authorization');
	if (authorization === null) return;
	const { scheme, rest } = credentials(authorization);
	const skewNote = skew === 0 ? '' : `, allowing ${skew} s of clock skew`;
	if (scheme.toLowerCase() === 'bearer' && rest !== '') {
		const jwt = inspectJwt(rest, now, { clockSkewSeconds: skew });
		const { exp, nbf } = jwt.ok ? jwt.payload : {};
		const findings = jwt.ok ? jwt.findings : [];
		if (findings.some((finding) => finding.code === 'expired')) {
			add(
				'jwt-expired',
				'error',
				`The Bearer token is a JWT that expired at ${dateOf(exp)}, before ${dateOf(now)}, the time it was checked against${skewNote}: the server refuses it whatever else is right (RFC 7519 §4.1.4).`,
			);
		}
		if (findings.some((finding) => finding.code === 'not-yet-valid')) {
			add(
				'jwt-not-yet-valid',
				'error',
				`The Bearer token is a JWT that is not valid before ${dateOf(nbf)}, after ${dateOf(now)}, the time it was checked against${skewNote}: one of the clocks is off (RFC 7519 §4.1.5).`,
			);
		}
	}
	if (scheme.toLowerCase() !== 'basic') return;
	const decoded = decodeBasicCredentials(authorization);
	if (!decoded.ok) {
		const { message } = decoded.error;
		add(
			'basic-malformed',
			'error',
			`The Basic credentials cannot be decoded: ${message}${/RFC \d/.test(message) ? '' : ' (RFC 7617 §2)'}.`,
		);
	}
	const url = exchange.url === null ? null : parseUrl(exchange.url);
	if (url && url.protocol === 'http:' && !LOOPBACK.has(url.hostname.toLowerCase())) {
		add(
			'basic-over-http',
			'warning',
			`Basic credentials went to ${preview(url.host)} over plain http: base64 is an encoding, not encryption, so anyone on the way can read the password. Use https (RFC 7617 §4).`,
		);
	}
}

/** An ISO 8601 date in UTC, such as 2011-03-22T18:43:00Z, or the number when it is no date. */
function dateOf(seconds: unknown): string {
	const date = typeof seconds === 'number' ? new Date(seconds * 1000) : null;
	return date && !Number.isNaN(date.getTime())
		? date.toISOString().replace(/\.\d{3}Z$/, 'Z')
		: String(seconds);
}

const listed = (value: string | null, name: string) =>
	value !== null &&
	value
		.split(',')
		.map((item) => item.trim().toLowerCase())
		.includes(name);

/** Rules 14 to 16: CORS preflights (Fetch standard, CORS-preflight fetch) and credentialed answers. */
function corsRules(exchange: TranscriptExchange, add: Add): void {
	// The status a CORS preflight got; null when this is no preflight or it got no answer.
	const preflight =
		exchange.method === 'OPTIONS' && request(exchange, 'Access-Control-Request-Method') !== null
			? exchange.status
			: null;
	if (preflight !== null && (preflight < 200 || preflight > 299)) {
		add(
			'preflight-rejected',
			'error',
			`The CORS preflight (an OPTIONS request with Access-Control-Request-Method) got a ${preflight}. Browsers never send credentials with a preflight, so it must succeed without them; until it does, the real request is never sent.`,
		);
	} else if (
		preflight !== null &&
		listed(request(exchange, 'Access-Control-Request-Headers'), 'authorization')
	) {
		const allowed = response(exchange, 'Access-Control-Allow-Headers');
		if (!listed(allowed, 'authorization')) {
			add(
				'preflight-authorization-not-allowed',
				'error',
				`The preflight asks to send Authorization, but the answer's Access-Control-Allow-Headers ${allowed === null ? 'is missing' : `is "${preview(allowed)}", which does not name it`}. A lone "*" does not cover Authorization, so the browser stops before the real request.`,
			);
		}
	}
	const credentialsAllowed = response(exchange, 'Access-Control-Allow-Credentials')?.trim();
	if (
		credentialsAllowed === 'true' &&
		response(exchange, 'Access-Control-Allow-Origin')?.trim() === '*'
	) {
		add(
			'credentialed-wildcard-origin',
			'error',
			'The response allows credentials (Access-Control-Allow-Credentials: true) for any origin (Access-Control-Allow-Origin: *). Browsers refuse that pair for a request with credentials; send back the caller’s own origin instead, with Vary: Origin.',
		);
	}
}

const originOf = (url: string) => parseUrl(url)?.origin ?? preview(url);
const withoutFragment = (url: URL) => url.href.replace(/#.*$/, '');

/** Rule 17: a redirect to another origin, after which the request went on without Authorization. */
function droppedOnRedirect(previous: TranscriptExchange, next: TranscriptExchange): boolean {
	if (previous.status === null || previous.status < 300 || previous.status > 399) return false;
	if (previous.url === null || request(previous, 'Authorization') === null) return false;
	const location = previous.response && fieldValues(previous.response, 'Location')[0];
	const from = parseUrl(previous.url);
	const to = location ? parseUrl(location.trim(), previous.url) : null;
	if (!from || !to || from.origin === to.origin) return false;
	const requested = next.url === null ? null : parseUrl(next.url);
	return (
		next.status === 401 &&
		next.request !== null &&
		request(next, 'Authorization') === null &&
		requested !== null &&
		withoutFragment(requested) === withoutFragment(to)
	);
}

/** Rule 18: whether a URL or request-target has an access_token query parameter. */
function hasAccessTokenParameter(reference: string | null): boolean {
	if (reference === null) return false;
	const beforeFragment = reference.split('#', 1)[0]!;
	const query = beforeFragment.indexOf('?');
	return query !== -1 && new URLSearchParams(beforeFragment.slice(query + 1)).has('access_token');
}
