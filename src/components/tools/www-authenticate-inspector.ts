// The <www-authenticate-inspector> element, which enhances the form WwwAuthenticateTool.astro renders.
// Tool.astro loads this module after the page's first paint.
import { parseWwwAuthenticate } from '../../lib/http-auth/www-authenticate.ts';
import { readAuthInput } from '../../lib/tools/auth-input.ts';
import {
	clientReply,
	explainParam,
	explainToken68,
	findProblems,
	paramQuoting,
	schemeInfo,
} from '../../lib/tools/challenges.ts';
import { referencesIn, rfc } from '../../lib/tools/references.ts';
import {
	el,
	enhance,
	findingList,
	link,
	pre,
	references,
	show,
	type ToolParts,
	renderSoon,
} from './client.ts';
import type { Challenge } from '../../lib/http-auth';
import type { ChallengeField } from '../../lib/tools/auth-input.ts';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function challengeCard(
	challenge: Challenge,
	index: number,
	total: number,
	quoted: boolean[],
	field: ChallengeField,
) {
	const info = schemeInfo(challenge.scheme);
	const reply = clientReply(challenge, field);
	const params = el('dl');
	if (challenge.token68 !== undefined) {
		const token = explainToken68(challenge.scheme);
		params.append(
			el('dt', null, el('code', null, challenge.token68)),
			el('dd', null, token.text, references([token.reference])),
		);
	}
	challenge.params.forEach((param, i) => {
		const written =
			quoted[i] === false ? param.value : `"${param.value.replace(/["\\]/g, '\\$&')}"`;
		const explanation = explainParam(challenge.scheme, param.name, param.value);
		params.append(
			el('dt', null, el('code', null, `${param.name}=${written}`)),
			el('dd', null, explanation.text, references([explanation.reference])),
		);
	});
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
		params.childElementCount > 0 ? params : el('p', null, 'No parameters.'),
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

function render(parts: ToolParts, text: string) {
	if (text.trim() === '')
		return show(parts, 'Paste a WWW-Authenticate value or a raw response to see it explained.');
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
		return show(
			parts,
			message,
			...head,
			el('p', { class: 'tool-error-text' }, message),
			references([rfc(9110, '15.5.2')]),
		);
	}
	const parsed = parseWwwAuthenticate(input.value);
	if (!parsed.ok) {
		const { message, offset } = parsed.error;
		return show(
			parts,
			`Could not parse the ${input.field} value at offset ${offset}: ${message}`,
			...head,
			...parseError(input.value, message, offset),
		);
	}
	const { challenges } = parsed;
	const quoting = paramQuoting(input.value, challenges);
	const problems = findProblems(challenges, quoting, input.status, input.field);
	const flagged = problems.filter((p) => p.severity !== 'info').length;
	const summary = `${plural(challenges.length, 'challenge')} (${challenges.map((c) => c.scheme).join(', ')}); ${flagged === 0 ? 'no problems found' : plural(flagged, 'problem')}.`;
	show(
		parts,
		summary,
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
			{ class: 'tool-cards', role: 'list' },
			...challenges.map((c, i) =>
				challengeCard(c, i, challenges.length, quoting[i] ?? [], input.field),
			),
		),
	);
}

class WwwAuthenticateInspector extends HTMLElement {
	connectedCallback() {
		const form = this.querySelector('form')!;
		const textarea = form.querySelector('textarea')!;
		const parts = enhance(form, this.querySelector<HTMLElement>('.tool-output')!, () =>
			render(parts, textarea.value),
		);
		renderSoon(() => render(parts, textarea.value));
	}
}
customElements.define('www-authenticate-inspector', WwwAuthenticateInspector);
