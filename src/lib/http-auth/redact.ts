// Replaces the secrets in a transcript (credentials, cookies, tokens in URLs, bodies) so that it can
// go into a ticket, keeping its structure: the same lines or the same JSON, so the 401 doctor reads
// the copy as it read the original. The doctor's display masks values with the same functions.

import { isFieldLine, readStartLine } from './http-text.ts';
import { readPaste } from './transcript.ts';

/** What a secret becomes. */
export type Mask = (secret: string) => string;

export const REDACTED: Mask = () => 'REDACTED';
export const BODY_REMOVED = '[body removed]';

// Header fields whose value is a secret: the credentials and cookie fields (masked part by part
// below) and any whose name says so.
const SECRET_FIELD =
	/^(?:(?:proxy-)?authorization|(?:set-)?cookie)$|token|secret|api-?key|password|session|signature/i;
// Query and fragment parameters whose value is a secret (RFC 6750 §2.3, OAuth codes, API keys).
const SECRET_PARAMETER =
	/^(?:[\w-]*token|[\w-]*secret|password|passwd|pwd|api[-_]?key|key|code|sig|signature|session(?:id)?|auth|jwt)$/i;

const isSecretField = (name: string) => SECRET_FIELD.test(name.toLowerCase());

/** A field's value with its secret parts masked: the credentials after the scheme, cookie values. */
export function redactFieldValue(name: string, value: string, mask: Mask): string {
	const lower = name.toLowerCase();
	if (lower === 'authorization' || lower === 'proxy-authorization') {
		const match = /^(\s*\S+)([ \t]+)(\S[\s\S]*)$/.exec(value);
		return match ? `${match[1]}${match[2]}${mask(match[3]!)}` : mask(value);
	}
	if (lower === 'cookie')
		return value.replace(
			/(^|;\s*)([^=;]+)=([^;]*)/g,
			(_, sep, key, v) => `${sep}${key}=${mask(v)}`,
		);
	if (lower === 'set-cookie')
		return value.replace(/^([^=;]+)=([^;]*)/, (_, key, v) => `${key}=${mask(v)}`);
	if (lower === 'location' || lower === 'referer' || lower === 'content-location') {
		return redactUrl(value, mask);
	}
	return isSecretField(name) ? mask(value) : value;
}

/** A URL (or request-target) with secret query and fragment parameters, and any password, masked. */
export function redactUrl(url: string, mask: Mask): string {
	return url
		.replace(
			/^([a-z][a-z0-9+.-]*:\/\/[^/?#@:]*:)([^/?#@]*)@/i,
			(_, head, password) => `${head}${mask(password)}@`,
		)
		.replace(/([?&#;])([^=&#;?]+)=([^&#;]*)/g, (whole, sep, key, value) =>
			SECRET_PARAMETER.test(safeDecode(key)) ? `${sep}${key}=${mask(value)}` : whole,
		);
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

export type RedactResult = { ok: true; text: string } | { ok: false; error: { message: string } };

/** The input with its secrets replaced by `mask` and its bodies removed, in the same format. */
export function redactTranscript(input: string, mask: Mask = REDACTED): RedactResult {
	const { text, format, lines } = readPaste(input);
	if (format === 'har') return redactHar(text, mask);
	return { ok: true, text: (format === 'curl' ? redactCurl : redactHttp)(lines, mask).join('\n') };
}

/** A field line, a request line or anything else, with its secrets masked. */
function redactLine(line: string, mask: Mask): string {
	const start = readStartLine(line);
	if (start?.kind === 'request')
		return line.replace(start.target, () => redactUrl(start.target, mask));
	if (start || !isFieldLine(line)) return line;
	// The name up to the first colon, and the whitespace after it, are kept as they are.
	const [, head, name, value] = /^(([^:]*):[ \t]*)(.*)$/s.exec(line)!;
	return head + redactFieldValue(name!.trim(), value!, mask);
}

function redactCurl(lines: string[], mask: Mask): string[] {
	const out: string[] = [];
	for (const line of lines) {
		if (line.startsWith('> ') || line.startsWith('< '))
			out.push(line.slice(0, 2) + redactLine(line.slice(2), mask));
		else if (line.startsWith('* ')) {
			// curl 8 repeats HTTP/2 request fields as "* [HTTP/2] [1] [authorization: Bearer …]".
			const field = /^(\* \[HTTP\/[23]\] \[\d+\] \[)([^:\]]+): (.*)\]$/.exec(line);
			out.push(
				field
					? `${field[1]}${field[2]}: ${redactFieldValue(field[2]!, field[3]!, mask)}]`
					: line.replace(/https?:\/\/[^\s'"]+/g, (url) => redactUrl(url, mask)),
			);
		} else if (/^[<>]?$/.test(line.trim()) || /^[{}] \[/.test(line)) out.push(line);
		else if (out.at(-1) !== BODY_REMOVED) out.push(BODY_REMOVED);
	}
	return out;
}

function redactHttp(lines: string[], mask: Mask): string[] {
	const out: string[] = [];
	let inFields = false;
	let secretField = false;
	for (const line of lines) {
		if (readStartLine(line)) {
			inFields = true;
			out.push(redactLine(line, mask));
		} else if (line.trim() === '') {
			inFields = false;
			out.push(line);
		} else if (inFields && /^[ \t]/.test(line)) {
			// A continuation line belongs to the field before it.
			out.push(secretField ? `${/^[ \t]*/.exec(line)![0]}${mask(line.trim())}` : line);
		} else if (inFields) {
			secretField = isFieldLine(line) && isSecretField(line.slice(0, line.indexOf(':')));
			out.push(redactLine(line, mask));
		} else if (out.at(-1) !== BODY_REMOVED) out.push(BODY_REMOVED);
	}
	return out;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const isObject = (value: Json | undefined): value is { [key: string]: Json } =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A HAR file with header values, cookies and secret parameters masked, bodies (content.text,
 * postData.text) removed and every URL-like string cleaned. The walk keeps its own stack, so a
 * deeply nested file cannot overflow the call stack.
 */
function redactHar(text: string, mask: Mask): RedactResult {
	let document: Json;
	try {
		document = JSON.parse(text) as Json;
	} catch {
		return { ok: false, error: { message: 'The text starts with "{" but is not valid JSON' } };
	}
	const stack: Array<{ value: Json; key: string }> = [{ value: document, key: '' }];
	while (stack.length > 0) {
		const { value, key: parentKey } = stack.pop()!;
		if (Array.isArray(value)) {
			value.forEach((item, i) => {
				if (
					isObject(item) &&
					typeof item['name'] === 'string' &&
					typeof item['value'] === 'string'
				) {
					item['value'] = redactPair(parentKey, item['name'], item['value'], mask);
				}
				if (typeof item === 'string') value[i] = redactUrl(item, mask);
				else stack.push({ value: item, key: parentKey });
			});
		} else if (isObject(value)) {
			for (const [key, item] of Object.entries(value)) {
				if (key === 'text' && (parentKey === 'content' || parentKey === 'postData'))
					value[key] = BODY_REMOVED;
				else if (typeof item === 'string')
					value[key] = key === 'value' ? item : redactUrl(item, mask);
				else stack.push({ value: item, key });
			}
		}
	}
	try {
		return { ok: true, text: JSON.stringify(document, null, 2) };
	} catch {
		return {
			ok: false,
			error: { message: 'The HAR file is nested too deeply to be written out again' },
		};
	}
}

/** A name/value pair of a HAR list: a header, a cookie, a query or form parameter. */
function redactPair(list: string, name: string, value: string, mask: Mask): string {
	if (list === 'headers') return redactFieldValue(name, value, mask);
	if (list === 'cookies' || list === 'params') return mask(value);
	if (list === 'queryString') return SECRET_PARAMETER.test(name) ? mask(value) : value;
	return value;
}
