// The Basic scheme, RFC 7617, always with charset UTF-8 (§2.1): credentials are
// base64(UTF-8(user-id ":" password)).

import { base64ToBytes, bytesToBase64, decodeUtf8, describeCharAt, preview } from './encoding.ts';

export type BasicDecodeResult =
	{ ok: true; user: string; password: string } | { ok: false; error: { message: string } };

// RFC 7617 §2 forbids control characters (C0, DEL and, via Unicode "Cc", C1).
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

function checkPart(label: string, text: string): void {
	const match = CONTROL.exec(text);
	if (match) {
		throw new Error(
			`The ${label} contains the control character ${describeCharAt(text, match.index)} at position ${match.index}; RFC 7617 §2 does not allow control characters`,
		);
	}
	// A lone surrogate has no UTF-8 encoding; TextEncoder would silently turn it into U+FFFD.
	if (!text.isWellFormed()) {
		throw new Error(
			`The ${label} contains an unpaired UTF-16 surrogate, which cannot be encoded as UTF-8`,
		);
	}
}

/** Returns the whole header value, e.g. `Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==`; throws on input RFC 7617 forbids. */
export function encodeBasicCredentials(user: string, password: string): string {
	const colon = user.indexOf(':');
	if (colon !== -1) {
		throw new Error(
			`The user-id contains a colon at position ${colon}; RFC 7617 §2 does not allow one because the first colon separates user-id and password`,
		);
	}
	checkPart('user-id', user);
	checkPart('password', password);
	return `Basic ${bytesToBase64(new TextEncoder().encode(`${user}:${password}`))}`;
}

function fail(message: string): BasicDecodeResult {
	return { ok: false, error: { message } };
}

/** Describes what is wrong with strict RFC 4648 §4 base64 (padding required), or returns null. */
function base64Problem(text: string): string | null {
	const bad = text.search(/[^A-Za-z0-9+/=]/);
	if (bad !== -1) {
		const hint =
			text[bad] === '-' || text[bad] === '_'
				? ' (that is base64url; Basic uses standard base64 with + and /)'
				: '';
		return `Invalid base64: ${describeCharAt(text, bad)} at position ${bad} of the credentials is not in the base64 alphabet${hint}`;
	}
	if (!/^[^=]*={0,2}$/.test(text)) {
		return 'Invalid base64: "=" padding may only appear at the end, at most twice';
	}
	if (text.length % 4 !== 0) {
		return `Invalid base64: the length ${text.length} is not a multiple of 4 (is "=" padding missing or is a character missing?)`;
	}
	return null;
}

export function decodeBasicCredentials(headerValue: string): BasicDecodeResult {
	const text = headerValue.trim();
	if (text === '')
		return fail('The value is empty; expected "Basic" followed by base64 credentials');
	const space = text.indexOf(' ');
	const scheme = space === -1 ? text : text.slice(0, space);
	if (scheme.toLowerCase() === 'authorization:') {
		return fail('Paste only the header value, without the "Authorization:" field name');
	}
	if (scheme.toLowerCase() !== 'basic') {
		return fail(`Expected the Basic scheme, found "${preview(scheme)}"`);
	}
	if (space === -1) return fail('Missing credentials after "Basic"');

	const credentials = text.slice(space).replace(/^ +/, '');
	const problem = base64Problem(credentials);
	if (problem !== null) return fail(problem);

	const decoded = decodeUtf8(base64ToBytes(credentials));
	if (decoded === null) {
		return fail(
			'The decoded bytes are not valid UTF-8 (RFC 7617 §2.1); the client may have used a legacy charset such as ISO-8859-1',
		);
	}
	const colon = decoded.indexOf(':');
	if (colon === -1) {
		return fail(
			'The decoded credentials contain no colon, so user-id and password cannot be told apart (RFC 7617 §2)',
		);
	}
	return { ok: true, user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}
