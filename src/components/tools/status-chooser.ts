// The <status-chooser> element, which enhances the form StatusChooserTool.astro renders.
// Tool.astro loads this module after the page's first paint.
import { chooseStatus, type StatusAnswers } from '../../lib/http-auth/status.ts';
import { QUESTIONS, answersFromQuery, answersToQuery } from '../../lib/tools/status-query.ts';
import { el, enhance, pre, references, renderSoon, show, type ToolParts } from './client.ts';

function read(form: HTMLFormElement): StatusAnswers {
	const answers = answersFromQuery('');
	for (const { key } of QUESTIONS) {
		const checked = form.querySelector<HTMLInputElement>(`input[name="${key}"]:checked`);
		if (checked) answers[key] = checked.value === '1';
	}
	return answers;
}

function write(form: HTMLFormElement, answers: StatusAnswers) {
	for (const { key } of QUESTIONS) {
		const radio = form.querySelector<HTMLInputElement>(`#ws-${key}-${answers[key] ? 'yes' : 'no'}`);
		if (radio) radio.checked = true;
	}
}

function render(parts: ToolParts, answers: StatusAnswers) {
	const query = `?${answersToQuery(answers)}`;
	const permalink = el(
		'p',
		{ class: 'tool-hint' },
		el('a', { href: query }, 'Link to this answer'),
		' (the address bar holds it too).',
	);
	const choice = chooseStatus(answers);
	if (choice === null) {
		return show(
			parts,
			'Nothing is wrong: answer with a 2xx status such as 200 OK.',
			el('h3', null, '2xx: let the request through'),
			el(
				'p',
				null,
				'The request is well formed, authenticated and allowed, so no error status applies. Send the resource with 200 OK (or 201, 204, as the method calls for).',
			),
			permalink,
		);
	}
	const title = `${choice.status} ${choice.reason}`;
	const header = choice.header ? `, with ${choice.header.name}` : ', without a challenge header';
	show(
		parts,
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

class StatusChooser extends HTMLElement {
	connectedCallback() {
		const form = this.querySelector('form')!;
		const update = () => {
			const answers = read(form);
			const url = new URL(location.href);
			url.search = answersToQuery(answers);
			if (url.href !== location.href) history.replaceState(history.state, '', url);
			render(parts, answers);
		};
		const parts = enhance(form, this.querySelector<HTMLElement>('.tool-output')!, update);
		// A shared link's answers win. Otherwise the form's own state counts: it shows from the first
		// frame, so the reader may have answered before this module arrived.
		if (location.search) write(form, answersFromQuery(location.search));
		renderSoon(() => render(parts, read(form)));
	}
}
customElements.define('status-chooser', StatusChooser);
