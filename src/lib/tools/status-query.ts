// The status chooser's questions, and its answers as a query string so an answer can be linked:
// ?wellFormed=1&credentialsSent=0&… Unknown or missing values fall back to the defaults.

import type { StatusAnswers } from '../http-auth/index.ts';

export type QuestionKey = keyof StatusAnswers;
export type Question = { key: QuestionKey; question: string; hint: string; initial: boolean };

/** In the order a server meets them while handling a request; the defaults describe a request that succeeds. */
export const QUESTIONS: readonly Question[] = [
	{
		key: 'captiveNetwork',
		question: 'Is the network itself asking the user to sign in, like hotel or airport Wi-Fi?',
		hint: 'A captive portal intercepts traffic before it reaches any server.',
		initial: false,
	},
	{
		key: 'challengerIsProxy',
		question: 'Is a proxy between client and server the one that wants credentials?',
		hint: 'For example a corporate forward proxy, not the site or API itself.',
		initial: false,
	},
	{
		key: 'wellFormed',
		question: 'Is the authentication part of the request well formed?',
		hint: 'One credential, sent one way: no token in both the header and the query string, no repeated Authorization field or parameter. A token that does not parse counts as invalid, below.',
		initial: true,
	},
	{
		key: 'credentialsSent',
		question: 'Did the client send credentials?',
		hint: 'An Authorization header (or whatever the scheme uses).',
		initial: true,
	},
	{
		key: 'credentialsValid',
		question: 'Are the credentials valid?',
		hint: 'Not expired, not revoked, the right password. Only matters when credentials were sent.',
		initial: true,
	},
	{
		key: 'allowed',
		question: 'Is this client allowed to do this?',
		hint: 'Its role or scopes cover the resource and the method.',
		initial: true,
	},
	{
		key: 'hideExistence',
		question: 'Must the resource’s existence stay hidden from clients that are not allowed?',
		hint: 'For example a private repository that outsiders should not learn about. Only matters when the client is not allowed.',
		initial: false,
	},
];

export const INITIAL_ANSWERS = Object.fromEntries(
	QUESTIONS.map((q) => [q.key, q.initial]),
) as StatusAnswers;

const TRUE = new Set(['1', 'true', 'yes']);
const FALSE = new Set(['0', 'false', 'no']);

/** Answers from a query string such as `?wellFormed=1&credentialsSent=0`; anything else keeps its default. */
export function answersFromQuery(search: string): StatusAnswers {
	const params = new URLSearchParams(search);
	const answers = { ...INITIAL_ANSWERS };
	for (const { key } of QUESTIONS) {
		const value = params.get(key)?.toLowerCase();
		if (value !== undefined && TRUE.has(value)) answers[key] = true;
		else if (value !== undefined && FALSE.has(value)) answers[key] = false;
	}
	return answers;
}

/** `wellFormed=1&credentialsSent=0&…`, every question in order, without the leading "?". */
export function answersToQuery(answers: StatusAnswers): string {
	return QUESTIONS.map(({ key }) => `${key}=${answers[key] ? 1 : 0}`).join('&');
}
