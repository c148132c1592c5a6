/**
 * Which status a server sends when a request cannot be served as asked, and in which order it asks,
 * stated once. Pages show it with `::status-decision`; the status chooser
 * (src/lib/http-auth/status.ts) asks the same questions, and a unit test keeps the two in step.
 */
import { rfcSection, type SharedFact } from './fact.ts';

export interface DecisionStep {
	/** The condition that, when true, decides the status. */
	when: string;
	status: string;
	challenge: string;
	/** The sections behind the row, as "RFC 9110 §15.5.1" labels. */
	cites: readonly string[];
}

export const DECISION_STEPS: readonly DecisionStep[] = [
	{
		when: 'The network itself wants the user to sign in (a captive portal)',
		status: '`511 Network Authentication Required`',
		challenge: 'None; the body links to the sign-in page',
		cites: ['RFC 6585 §6'],
	},
	{
		when: 'A proxy on the path wants credentials and has no valid ones',
		status: '`407 Proxy Authentication Required`',
		challenge: '`Proxy-Authenticate`',
		cites: ['RFC 9110 §15.5.8'],
	},
	{
		when: 'The authentication part of the request is malformed: the token sent in more than one way, a repeated or unsupported parameter',
		status: '`400 Bad Request`',
		challenge: 'For Bearer, `error="invalid_request"`',
		cites: ['RFC 9110 §15.5.1', 'RFC 6750 §3.1'],
	},
	{
		when: 'No credentials were sent',
		status: '`401 Unauthorized`',
		challenge: '`WWW-Authenticate`, with no error code',
		cites: ['RFC 9110 §15.5.2', 'RFC 6750 §3.1'],
	},
	{
		when: 'The credentials are wrong, expired, revoked or malformed',
		status: '`401 Unauthorized`',
		challenge: '`WWW-Authenticate`; for Bearer, `error="invalid_token"`',
		cites: ['RFC 9110 §15.5.2', 'RFC 6750 §3.1'],
	},
	{
		when: 'The caller is not allowed, and the resource must stay hidden',
		status: '`404 Not Found`',
		challenge: 'None',
		cites: ['RFC 9110 §15.5.4'],
	},
	{
		when: 'The caller is not allowed',
		status: '`403 Forbidden`',
		challenge: 'Optional; for Bearer, `error="insufficient_scope"`',
		cites: ['RFC 9110 §15.5.4', 'RFC 6750 §3.1'],
	},
	{
		when: 'The caller is allowed: only now check the operation’s own input (body, parameters)',
		status: 'A 2xx such as `200 OK`, or `400 Bad Request` for invalid input',
		challenge: 'None',
		cites: ['RFC 9110 §15.5.1'],
	},
];

/** The RFC sections the rows cite, each once, in order of first use. */
const sources = [...new Set(DECISION_STEPS.flatMap((step) => step.cites))].map((label) => {
	const [, rfc, section] = /^RFC (\d+) §(.+)$/.exec(label) ?? [];
	return rfcSection(Number(rfc), section ?? '');
});

export const STATUS_DECISION: SharedFact = {
	table: {
		caption: 'Which status to send: the first row that is true decides',
		columns: ['If this is true', 'Send', 'Challenge', 'Defined in'],
		rows: DECISION_STEPS.map((step, index) => ({
			label: String(index + 1),
			cells: [step.when, step.status, step.challenge, step.cites.join('; ')],
		})),
	},
	notes: [
		[
			'A 400 can come at two points. A malformed authentication request (row 3) leaves no single credential to judge, so it is refused before credentials are checked. The operation’s own input (row 8) is checked only once the caller is known and allowed, so that anonymous and unauthorized callers learn nothing about it. ',
			{ text: 'Why this order', href: '/compare/400-vs-401/#which-check-runs-first' },
			'.',
		],
	],
	sources,
};
