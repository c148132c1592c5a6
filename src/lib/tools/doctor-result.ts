// The 401 doctor's result: a summary, the timeline of exchanges with the fields that matter for
// authentication (secrets masked unless the reader asks to see them), and the findings, most
// severe first, each with its fix and the page of this site that explains it.

import { diagnoseTranscript, type Finding, type FindingCode } from '../http-auth/diagnose.ts';
import { fieldValue, type HeaderField } from '../http-auth/http-text.ts';
import { redactFieldValue, redactUrl, type Mask } from '../http-auth/redact.ts';
import { readTranscript, type Exchange, type TranscriptFormat } from '../http-auth/transcript.ts';
import { withFragment } from './fragment.ts';
import { referencesIn, type Reference } from '../http-auth/references.ts';
import { bySeverity } from '../http-auth/severity.ts';
import { el, findingItem, link, plural, references, view, type ToolView } from './view.ts';

/** What the result shows of one exchange: never a body, only the fields below. */
export type ExchangeDetail = Exchange & {
	request: HeaderField[];
	response: HeaderField[];
	/** The Bearer token, when it is a JWT-shaped value, for the JWT inspector. */
	token: string | null;
	/** The status line and challenge fields, for the challenge inspector. */
	challenge: string | null;
};

export type DoctorReport =
	| { ok: true; format: TranscriptFormat; exchanges: ExchangeDetail[]; findings: Finding[] }
	| { ok: false; error: { message: string } };

// The fields worth showing: credentials and challenges, cookies, redirects and CORS.
const SHOWN_REQUEST =
	/^(authorization|proxy-authorization|cookie|origin|access-control-request-.*)$/i;
const SHOWN_RESPONSE =
	/^(www-authenticate|proxy-authenticate|location|set-cookie|access-control-allow-.*)$/i;
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/**
 * Reads and diagnoses the input, keeping only what the result shows. In the browser this runs in
 * the worker for files, so the bodies of a HAR file never reach the page.
 */
export function doctorReport(input: string, now: number): DoctorReport {
	const transcript = readTranscript(input);
	if (!transcript.ok) return transcript;
	const findings = diagnoseTranscript(transcript.exchanges, { now });
	const exchanges = transcript.exchanges.map((exchange): ExchangeDetail => {
		const request = (exchange.request ?? []).filter((field) => SHOWN_REQUEST.test(field.name));
		const response = (exchange.response ?? []).filter((field) => SHOWN_RESPONSE.test(field.name));
		const bearer = /^Bearer[ \t]+(\S+)$/i.exec(fieldValue(request, 'Authorization')?.trim() ?? '');
		const challenges = response.filter((field) => /-authenticate$/i.test(field.name));
		return {
			method: exchange.method,
			url: exchange.url,
			status: exchange.status,
			request,
			response,
			token: bearer && JWT_SHAPE.test(bearer[1]!) ? bearer[1]! : null,
			challenge:
				challenges.length === 0
					? null
					: [
							`HTTP/1.1 ${exchange.status}`,
							...challenges.map((field) => `${field.name}: ${field.value}`),
						].join('\n'),
		};
	});
	return { ok: true, format: transcript.format, exchanges, findings };
}

type Advice = { fix: string; page: { href: string; label: string }; standard?: Reference };

const CORS: Reference = {
	label: 'Fetch standard: CORS-preflight fetch',
	url: 'https://fetch.spec.whatwg.org/#cors-preflight-fetch',
};

/** For each finding: what to do about it, and where this site explains it. */
export const ADVICE: Record<FindingCode, Advice> = {
	'challenge-missing': {
		fix: 'Send WWW-Authenticate with every 401, naming the scheme the client should use, such as Bearer realm="api". If the client has no way to authenticate, the status you want is probably 403.',
		page: { href: '/401-unauthorized/#send-the-right-status', label: 'Send the right status' },
	},
	'proxy-challenge-missing': {
		fix: 'Make the proxy send Proxy-Authenticate with its 407, naming the scheme it accepts; the client answers with Proxy-Authorization.',
		page: { href: '/compare/401-vs-407/', label: '401 vs 407' },
	},
	'challenge-unparseable': {
		fix: 'Open the challenge in the challenge inspector to see where the grammar breaks. Quote parameter values that hold spaces, commas or "=".',
		page: {
			href: '/401-unauthorized/#the-challenge-and-response',
			label: 'The challenge and response',
		},
	},
	'credentials-absent': {
		fix: 'Send the credentials the challenge asks for. If your client did send them, something on the way dropped them: a proxy, a redirect, or a CORS preflight.',
		page: { href: '/401-unauthorized/#no-credentials-arrived', label: 'No credentials arrived' },
	},
	'scheme-not-offered': {
		fix: 'Send credentials in a scheme the challenge lists, or configure the server to accept the scheme your client uses.',
		page: {
			href: '/401-unauthorized/#send-the-credentials-the-challenge-asks-for',
			label: 'Send the credentials the challenge asks for',
		},
	},
	'credentials-rejected': {
		fix: 'Check the credentials themselves: the user-id and password, or the token’s expiry, audience and issuer. Sending them again unchanged will not help.',
		page: {
			href: '/401-unauthorized/#credentials-arrived-and-were-refused',
			label: 'Credentials arrived and were refused',
		},
	},
	'bearer-invalid-token': {
		fix: 'Refresh the token or sign in again. Decode the token in the JWT inspector to see whether it expired or was issued for another API.',
		page: { href: '/faq/token-401-after-a-while/', label: 'Why a token gets 401 after a while' },
	},
	'insufficient-scope-on-401': {
		fix: 'On the server, answer 403 Forbidden with this error. As the client, ask for a token that grants the scope the challenge names.',
		page: { href: '/faq/insufficient-scope-403-or-401/', label: 'insufficient_scope: 403 or 401?' },
	},
	'invalid-request-on-401': {
		fix: 'On the server, answer 400 Bad Request. As the client, send the token once, in the Authorization header only.',
		page: {
			href: '/schemes/bearer/#error-codes-and-their-status-codes',
			label: 'Bearer error codes and their status codes',
		},
	},
	'jwt-expired': {
		fix: 'Get a new token before calling the API (use the refresh token, or sign in again). If the token was issued moments ago, check the clocks.',
		page: {
			href: '/401-unauthorized/#renew-expired-tokens-instead-of-retrying-them',
			label: 'Renew expired tokens instead of retrying them',
		},
	},
	'jwt-not-yet-valid': {
		fix: 'Synchronise the clocks of the issuer and the API (NTP), or allow a little clock skew when the API validates nbf.',
		page: { href: '/faq/jwt-clock-skew-nbf-iat/', label: 'Clock skew, nbf and iat' },
	},
	'basic-malformed': {
		fix: 'Build the value as base64 of user-id:password, encoded as UTF-8, with its "=" padding. The Basic auth encoder does it for you.',
		page: {
			href: '/schemes/basic/#how-the-credentials-are-built',
			label: 'How Basic credentials are built',
		},
	},
	'basic-over-http': {
		fix: 'Serve the site over https and send credentials only there. Change the password if it crossed a network you do not control.',
		page: { href: '/schemes/basic/#base64-is-not-encryption', label: 'Base64 is not encryption' },
	},
	'preflight-rejected': {
		fix: 'Let OPTIONS requests through without authentication, and answer them 204 with the Access-Control-Allow-* headers. Authenticate the real request instead.',
		page: { href: '/faq/cors-preflight-401/', label: 'A CORS preflight that gets 401' },
		standard: CORS,
	},
	'preflight-authorization-not-allowed': {
		fix: 'Name Authorization in Access-Control-Allow-Headers in the answer to the preflight, for example Access-Control-Allow-Headers: Authorization, Content-Type.',
		page: { href: '/401-unauthorized/#cors-preflight-and-401', label: 'CORS preflight and 401' },
		standard: CORS,
	},
	'credentialed-wildcard-origin': {
		fix: 'Send the request’s Origin back in Access-Control-Allow-Origin when it is on your list of allowed origins, with Vary: Origin.',
		page: { href: '/401-unauthorized/#cors-preflight-and-401', label: 'CORS preflight and 401' },
		standard: {
			label: 'Fetch standard: CORS check',
			url: 'https://fetch.spec.whatwg.org/#cors-check',
		},
	},
	'authorization-dropped-on-redirect': {
		fix: 'Call the final URL directly, or make the redirect stay on the same origin. Pass credentials to another origin only when you trust it with them.',
		page: { href: '/faq/401-on-redirect/', label: 'A 401 after a redirect' },
	},
	'token-in-query': {
		fix: 'Send the token in the Authorization header, and treat the one in the URL as leaked: revoke it.',
		page: {
			href: '/schemes/bearer/#three-ways-to-send-a-token',
			label: 'Three ways to send a token',
		},
	},
	'network-authentication-required': {
		fix: 'Sign in to the network’s portal (hotel, airport or office Wi-Fi), then retry; the site’s credentials are not the problem.',
		page: { href: '/compare/401-vs-511/', label: '401 vs 511' },
	},
};

const FORMAT: Record<TranscriptFormat, string> = {
	har: 'a HAR file',
	curl: 'curl -v output',
	http: 'raw HTTP',
};

/** The troubleshooting page for the client that wrote the transcript. */
const CLIENT_PAGE: Partial<Record<TranscriptFormat, { href: string; text: string }>> = {
	curl: { href: '/troubleshoot/curl/', text: 'curl and 401' },
	har: { href: '/troubleshoot/browser-fetch/', text: 'Browser fetch, CORS and 401' },
};

/** "[hidden: 812 characters]": the masked display of a secret. */
const HIDDEN: Mask = (secret) => `[hidden: ${plural(secret.length, 'character')}]`;
const SHOWN: Mask = (secret) => secret;

/** "2 exchanges, 3 problems" (errors and warnings), with notes counted apart. */
export function doctorSummary(report: DoctorReport): string {
	if (!report.ok) return `Could not read the input: ${report.error.message}`;
	const problems = report.findings.filter((finding) => finding.severity !== 'info').length;
	const notes = report.findings.length - problems;
	return `${plural(report.exchanges.length, 'exchange')}, ${problems === 0 ? 'no problems' : plural(problems, 'problem')}${notes === 0 ? '' : `, ${plural(notes, 'note')}`} (read as ${FORMAT[report.format]}).`;
}

const exchangeId = (index: number) => `doctor-exchange-${index + 1}`;

function fieldList(fields: HeaderField[], mask: Mask) {
	return fields.map((field) =>
		el(
			'li',
			null,
			el('code', null, `${field.name}: ${redactFieldValue(field.name, field.value, mask)}`),
		),
	);
}

function timelineItem(exchange: ExchangeDetail, index: number, mask: Mask) {
	const fields = [...fieldList(exchange.request, mask), ...fieldList(exchange.response, mask)];
	const tools = [
		exchange.token &&
			link(
				withFragment('/tools/jwt/', 'token', exchange.token),
				'Decode the token in the JWT inspector',
			),
		exchange.challenge &&
			link(
				withFragment('/tools/www-authenticate/', 'header', exchange.challenge),
				'Read the challenge in the challenge inspector',
			),
	].filter((item) => item !== null);
	return el(
		'li',
		{ id: exchangeId(index) },
		el(
			'p',
			{ class: 'doctor-request' },
			el('strong', null, exchange.method ?? '(no request)'),
			' ',
			el('code', null, exchange.url === null ? '(URL unknown)' : redactUrl(exchange.url, mask)),
			' → ',
			el('strong', null, exchange.status === null ? 'no response' : String(exchange.status)),
		),
		fields.length > 0 ? el('ul', { class: 'doctor-fields' }, ...fields) : null,
		tools.length > 0
			? el(
					'p',
					{ class: 'tool-hint' },
					...tools.flatMap((tool, i) => (i > 0 ? [' · ', tool] : [tool])),
				)
			: null,
	);
}

function doctorFinding(finding: Finding) {
	const advice = ADVICE[finding.code as FindingCode];
	return findingItem(
		finding.severity,
		finding.code,
		el('a', { href: `#${exchangeId(finding.exchange)}` }, `Exchange ${finding.exchange + 1}`),
		`: ${finding.message}`,
		advice && el('p', { class: 'doctor-fix' }, el('strong', null, 'Fix: '), advice.fix),
		advice &&
			el(
				'p',
				{ class: 'tool-refs' },
				'Explained in ',
				link(advice.page.href, advice.page.label),
				'.',
			),
		references([...referencesIn(finding.message), advice?.standard]),
	);
}

/** The result for a report; `reveal` shows secrets instead of masking them. */
export function doctorResult(report: DoctorReport, reveal = false): ToolView {
	const summary = doctorSummary(report);
	if (!report.ok) return view(summary, el('p', { class: 'tool-error-text' }, report.error.message));
	const mask = reveal ? SHOWN : HIDDEN;
	const client = CLIENT_PAGE[report.format];
	const findings = [...report.findings].sort(bySeverity);
	return view(
		summary,
		el('h3', null, 'Findings'),
		findings.length > 0
			? el('ul', { class: 'tool-findings' }, ...findings.map(doctorFinding))
			: el('p', { class: 'tool-ok' }, 'Nothing to flag in these exchanges.'),
		el('h3', null, 'Exchanges'),
		report.exchanges.length > 0
			? el(
					'ol',
					{ class: 'doctor-timeline' },
					...report.exchanges.map((exchange, i) => timelineItem(exchange, i, mask)),
				)
			: el('p', null, 'The file lists no requests.'),
		el(
			'p',
			{ class: 'tool-hint' },
			client && link(client.href, client.text),
			client && ' · ',
			link('/troubleshoot/', 'Troubleshooting by client, server and framework'),
		),
	);
}
