// The <basic-auth-tool> element, which enhances the form BasicAuthTool.astro renders.
// Tool.astro loads this module after the page's first paint.
import { decodeBasicCredentials, encodeBasicCredentials } from '../../lib/http-auth/basic.ts';
import { referencesIn } from '../../lib/tools/references.ts';
import { curlCommand } from '../../lib/tools/shell.ts';
import { el, enhance, pre, references, renderSoon, show, type ToolParts } from './client.ts';

const value = (form: HTMLFormElement, name: string) =>
	(form.elements.namedItem(name) as HTMLInputElement).value;

function failure(parts: ToolParts, lead: string, message: string) {
	show(
		parts,
		`${lead}: ${message}`,
		el('p', { class: 'tool-error-text' }, message),
		references(referencesIn(message)),
	);
}

function encode(parts: ToolParts, form: HTMLFormElement) {
	let header: string;
	try {
		header = encodeBasicCredentials(value(form, 'user'), value(form, 'password'));
	} catch (error) {
		return failure(parts, 'Cannot encode', error instanceof Error ? error.message : String(error));
	}
	show(
		parts,
		`Encoded: Authorization: ${header}`,
		pre(`Authorization: ${header}`, 'Header'),
		pre(curlCommand(header), 'curl command'),
		el(
			'p',
			{ class: 'tool-hint' },
			'Anyone who sees this header can decode it: base64 hides nothing. Send it over HTTPS only.',
		),
	);
}

function decode(parts: ToolParts, form: HTMLFormElement) {
	const text = value(form, 'header');
	if (text.trim() === '')
		return show(
			parts,
			'Paste a header value such as Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ== to decode it.',
		);
	const result = decodeBasicCredentials(text);
	if (!result.ok) return failure(parts, 'Cannot decode', result.error.message);
	show(
		parts,
		`Decoded: user-id ${result.user}, password ${result.password}`,
		el(
			'dl',
			null,
			el('dt', null, 'User-id'),
			el('dd', null, el('code', null, result.user), result.user === '' ? ' (empty)' : null),
			el('dt', null, 'Password'),
			el('dd', null, el('code', null, result.password), result.password === '' ? ' (empty)' : null),
		),
	);
}

class BasicAuthTool extends HTMLElement {
	connectedCallback() {
		for (const [name, run] of [
			['encode', encode],
			['decode', decode],
		] as const) {
			const form = this.querySelector<HTMLFormElement>(`[data-form="${name}"]`)!;
			const parts = enhance(form, this.querySelector<HTMLElement>(`[data-output="${name}"]`)!, () =>
				run(parts, form),
			);
			renderSoon(() => run(parts, form));
		}
	}
}
customElements.define('basic-auth-tool', BasicAuthTool);
