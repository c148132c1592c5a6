// The <status-chooser> element, which enhances the form StatusChooserTool.astro renders.
// The component loads this module on the reader's first input, or at once for a linked answer.
import type { StatusAnswers } from '../../../lib/http-auth/status.ts';
import { QUESTIONS, answersFromQuery, answersToQuery } from '../../../lib/tools/status-query.ts';
import { statusResult } from '../../../lib/tools/status-result.ts';
import { edited, enhance, show } from '../client.ts';

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

class StatusChooser extends HTMLElement {
	connectedCallback() {
		const form = this.querySelector('form')!;
		const update = () => {
			const answers = read(form);
			const url = new URL(location.href);
			url.search = answersToQuery(answers);
			if (url.href !== location.href) history.replaceState(history.state, '', url);
			show(parts, statusResult(answers));
		};
		const parts = enhance(form, this.querySelector<HTMLElement>('.tool-output')!, update);
		// A shared link's answers win. Otherwise the form's own state counts: it shows from the first
		// frame, so the reader may have answered before this module arrived.
		if (location.search) write(form, answersFromQuery(location.search));
		if (edited(form)) update();
	}
}
customElements.define('status-chooser', StatusChooser);
