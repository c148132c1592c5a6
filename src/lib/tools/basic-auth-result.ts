// The Basic encoder's two results: credentials encoded into a header, and a header decoded back.

import { decodeBasicCredentials, encodeBasicCredentials } from '../http-auth/basic.ts';
import { referencesIn } from '../http-auth/references.ts';
import { el, pre, references, view, type ToolView } from './view.ts';

/** Wraps text in single quotes for a POSIX shell; a quote inside becomes '\'' (close, escaped quote, reopen). */
export const shellQuote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

const failure = (lead: string, message: string): ToolView =>
	view(
		`${lead}: ${message}`,
		el('p', { class: 'tool-error-text' }, message),
		references(referencesIn(message)),
	);

/** The Authorization header for a user-id and password, and a curl command that sends it. */
export function encodeResult(user: string, password: string): ToolView {
	let header: string;
	try {
		header = encodeBasicCredentials(user, password);
	} catch (error) {
		return failure('Cannot encode', error instanceof Error ? error.message : String(error));
	}
	return view(
		`Encoded: Authorization: ${header}`,
		pre(`Authorization: ${header}`, 'Header'),
		pre(`curl -H ${shellQuote(`Authorization: ${header}`)} https://example.com/`, 'curl command'),
		el(
			'p',
			{ class: 'tool-hint' },
			'Anyone who sees this header can decode it: base64 hides nothing. Send it over HTTPS only.',
		),
	);
}

/** The user-id and password inside a Basic header value. */
export function decodeResult(text: string): ToolView {
	if (text.trim() === '')
		return view('Paste a header value such as Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ== to decode it.');
	const result = decodeBasicCredentials(text);
	if (!result.ok) return failure('Cannot decode', result.error.message);
	return view(
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
