/**
 * The Bearer error codes and the status each one takes (RFC 6750 §3.1), stated once. Pages show it
 * with `::bearer-errors`; the tests check the challenge inspector and the Express snippet against it.
 */
import { rfcSection, type SharedFact } from './fact.ts';

export type BearerError = 'invalid_request' | 'invalid_token' | 'insufficient_scope';

export interface BearerCase {
	/** The `error` code, or null for a request that carried no usable credentials. */
	error: BearerError | null;
	status: 400 | 401 | 403;
	when: string;
	challenge: string;
	client: string;
}

export const BEARER_CASES: readonly BearerCase[] = [
	{
		error: null,
		status: 401,
		when: 'No token at all, or a scheme the server does not accept',
		challenge: '`Bearer realm="api"`, with no error code',
		client: 'Gets a token and sends it',
	},
	{
		error: 'invalid_request',
		status: 400,
		when: 'A required parameter is missing, a parameter is unsupported or repeated, the token is sent in more than one way, or the request is otherwise malformed',
		challenge: '`error="invalid_request"`',
		client: 'Changes how it builds the request; a new token would not help',
	},
	{
		error: 'invalid_token',
		status: 401,
		when: 'The token is expired, revoked, malformed or invalid for another reason',
		challenge: '`error="invalid_token"`',
		client: 'Gets a new token, for example with its refresh token, and retries once',
	},
	{
		error: 'insufficient_scope',
		status: 403,
		when: 'The token is valid but lacks the scope the resource requires',
		challenge: '`error="insufficient_scope"`, optionally with `scope` naming what is needed',
		client: 'Asks for a token with the named scope; refreshing the same grant will not help',
	},
];

const REASON = { 400: '400 Bad Request', 401: '401 Unauthorized', 403: '403 Forbidden' } as const;

/** The status RFC 6750 §3.1 gives an error code. */
export function bearerStatus(error: BearerError): 400 | 401 | 403 {
	const found = BEARER_CASES.find((c) => c.error === error);
	if (!found) throw new Error(`No Bearer case for ${error}.`);
	return found.status;
}

export const BEARER_ERRORS: SharedFact = {
	table: {
		caption: 'Bearer errors and the status each one takes',
		columns: ['Status', 'When', 'Challenge', 'What the client does'],
		rows: BEARER_CASES.map((c) => ({
			label: c.error ? `\`${c.error}\`` : 'No credentials',
			cells: [REASON[c.status], c.when, c.challenge, c.client],
		})),
	},
	notes: [
		[
			'A token that does not parse is a malformed token, so it is an `invalid_token` with a 401: a new token fixes it. `invalid_request` is about how the request carries the token, which a new token would not change.',
		],
	],
	sources: [rfcSection(6750, '3.1')],
};
