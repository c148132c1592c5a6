// The status chooser's result: the status a server should send for the answers given, with its
// challenge header, an example response and a link that keeps the answers.

import { chooseStatus, type StatusAnswers } from '../http-auth/status.ts';
import { answersToQuery } from './status-query.ts';
import { el, pre, references, view, type ToolView } from './view.ts';

export function statusResult(answers: StatusAnswers): ToolView {
	const permalink = el(
		'p',
		{ class: 'tool-hint' },
		el('a', { href: `?${answersToQuery(answers)}` }, 'Link to this answer'),
		' (the address bar holds it too).',
	);
	const choice = chooseStatus(answers);
	if (choice === null) {
		return view(
			'Nothing is wrong: answer with a 2xx status such as 200 OK.',
			el('h3', null, '2xx: let the request through'),
			el(
				'p',
				null,
				'The request carries one well-formed credential, it is valid and the caller is allowed, so no authentication status applies. Now validate the rest of the input (a 400 if it is wrong), then send the resource with 200 OK (or 201, 204, as the method calls for).',
			),
			permalink,
		);
	}
	const title = `${choice.status} ${choice.reason}`;
	const header = choice.header ? `, with ${choice.header.name}` : ', without a challenge header';
	return view(
		`Send ${title}${header}.`,
		el('h3', null, title),
		el('p', null, choice.explanation),
		choice.header
			? el(
					'p',
					null,
					'Challenge header: ',
					el('code', null, `${choice.header.name}: ${choice.header.value}`),
				)
			: el('p', null, 'No WWW-Authenticate or Proxy-Authenticate header belongs on this response.'),
		pre(choice.exampleResponse, 'Example response'),
		references(choice.rfc),
		permalink,
	);
}
