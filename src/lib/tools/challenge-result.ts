// The challenge inspector's result for what the reader pasted: a WWW-Authenticate (or
// Proxy-Authenticate) value, or a raw response.

import type { Challenge } from '../http-auth/index.ts';
import { parseWwwAuthenticate } from '../http-auth/www-authenticate.ts';
import { readAuthInput, type ChallengeField } from './auth-input.ts';
import {
	clientReply,
	explainParam,
	explainToken68,
	findProblems,
	quote,
	schemeInfo,
} from './challenges.ts';
import { referencesIn, rfc } from '../http-auth/references.ts';
import { el, findingList, link, plural, pre, references, view, type ToolView } from './view.ts';

function challengeCard(challenge: Challenge, index: number, total: number, field: ChallengeField) {
	const info = schemeInfo(challenge.scheme);
	const reply = clientReply(challenge, field);
	const token = challenge.token68 === undefined ? null : explainToken68(challenge.scheme);
	const params = [
		...(token
			? [
					el('dt', null, el('code', null, challenge.token68!)),
					el('dd', null, token.text, references([token.reference])),
				]
			: []),
		...challenge.params.flatMap((param) => {
			const written = param.quoted ? quote(param.value) : param.value;
			const explanation = explainParam(challenge.scheme, param.name, param.value);
			return [
				el('dt', null, el('code', null, `${param.name}=${written}`)),
				el('dd', null, explanation.text, references([explanation.reference])),
			];
		}),
	];
	return el(
		'li',
		{ class: 'tool-card' },
		el('h3', null, `Challenge ${index + 1} of ${total}: ${challenge.scheme}`),
		el(
			'p',
			null,
			info.summary,
			' ',
			info.guide ? link(info.guide, `More about ${info.name}`) : null,
		),
		references([info.reference]),
		params.length > 0 ? el('dl', null, ...params) : el('p', null, 'No parameters.'),
		pre(reply.lines.join('\n'), 'A client answers with:'),
		el('p', { class: 'tool-hint' }, reply.note),
	);
}

function parseError(value: string, message: string, offset: number) {
	const marked = value.slice(offset, offset + 1);
	return [
		el('p', { class: 'tool-error-text' }, message),
		el(
			'p',
			null,
			`At offset ${offset} (character ${offset + 1} of ${value.length}), marked below:`,
		),
		el(
			'pre',
			{ class: 'tool-pre' },
			el(
				'code',
				null,
				value.slice(0, offset),
				el('mark', null, marked === '' ? '⏎ end' : marked),
				value.slice(offset + 1),
			),
		),
		references(referencesIn(message).length > 0 ? referencesIn(message) : [rfc(9110, '11.6.1')]),
	];
}

/** Each challenge explained, with the problems found in the header and its response. */
export function challengeResult(text: string): ToolView {
	if (text.trim() === '')
		return view('Paste a WWW-Authenticate value or a raw response to see it explained.');
	const input = readAuthInput(text);
	const head = [
		input.statusLine ? el('p', null, 'Status line: ', el('code', null, input.statusLine)) : null,
		...input.notes.map((note) => el('p', { class: 'tool-hint' }, note)),
	];
	if (input.value === null) {
		const message =
			input.status === 401
				? 'This 401 has no WWW-Authenticate field, but a 401 must carry at least one challenge.'
				: 'No WWW-Authenticate or Proxy-Authenticate line was found in these headers.';
		return view(
			message,
			...head,
			el('p', { class: 'tool-error-text' }, message),
			references([rfc(9110, '15.5.2')]),
		);
	}
	const parsed = parseWwwAuthenticate(input.value);
	if (!parsed.ok) {
		const { message, offset } = parsed.error;
		return view(
			`Could not parse the ${input.field} value at offset ${offset}: ${message}`,
			...head,
			...parseError(input.value, message, offset),
		);
	}
	const { challenges } = parsed;
	const problems = findProblems(challenges, input.status, input.field);
	const flagged = problems.filter((p) => p.severity !== 'info').length;
	return view(
		`${plural(challenges.length, 'challenge')} (${challenges.map((c) => c.scheme).join(', ')}); ${flagged === 0 ? 'no problems found' : plural(flagged, 'problem')}.`,
		...head,
		el('h3', null, 'Problems'),
		problems.length > 0
			? findingList(
					problems.map((p) => ({
						severity: p.severity,
						message: p.message,
						references: p.reference ? [p.reference] : [],
					})),
				)
			: el('p', { class: 'tool-ok' }, 'Nothing to flag.'),
		el(
			'ol',
			{ class: 'tool-cards' },
			...challenges.map((c, i) => challengeCard(c, i, challenges.length, input.field)),
		),
	);
}
