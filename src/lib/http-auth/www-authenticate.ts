// Parser for WWW-Authenticate / Proxy-Authenticate field values, RFC 9110 §11:
//
//   WWW-Authenticate = #challenge
//   challenge        = auth-scheme [ 1*SP ( token68 / #auth-param ) ]
//   auth-param       = token BWS "=" BWS ( token / quoted-string )
//   token68          = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
//
// Commas separate both challenges and the parameters inside one challenge, so after each comma
// we look ahead: `token BWS "="` continues the current challenge, anything else starts a new one.
// Every step is a linear scan with sticky regexes, so hostile input cannot cause backtracking blowups.

import { describeCharAt, preview } from './encoding.ts';
import { TOKEN as TOKEN_CHARS } from './http-text.ts';

/** `value` is unescaped; `quoted` says whether it was written as a quoted string or as a token. */
export type AuthParam = { name: string; value: string; quoted: boolean };
export type Challenge = { scheme: string; token68?: string; params: AuthParam[] };
export type WwwAuthenticateError = { message: string; offset: number };
export type WwwAuthenticateResult =
	{ ok: true; challenges: Challenge[] } | { ok: false; error: WwwAuthenticateError };

/** A challenge's parameter, by its name in lower case; names are case-insensitive (§11.2). */
export const findParam = (challenge: Challenge, name: string): AuthParam | undefined =>
	challenge.params.find((p) => p.name.toLowerCase() === name);

const TOKEN = new RegExp(TOKEN_CHARS, 'y');
const TOKEN68 = /[0-9A-Za-z._~+/-]+=*/y;
const OWS = /[ \t]*/y;
const SP = / +/y;
// §5.6.1: recipients tolerate empty list elements such as ", ,".
const SEPARATORS = /[ \t,]*/y;

/** End of the match of a sticky regex at `start`, or `start` when it does not match. */
function scan(pattern: RegExp, text: string, start: number): number {
	pattern.lastIndex = start;
	return pattern.test(text) ? pattern.lastIndex : start;
}

/** Thrown by the steps below and caught once, in parseWwwAuthenticate. */
class ParseError extends Error {
	offset: number;
	constructor(message: string, offset: number) {
		super(message);
		this.offset = offset;
	}
}

function fail(message: string, offset: number): never {
	throw new ParseError(message, offset);
}

/** True when only OWS stands between `index` and the next comma or the end. */
function atElementEnd(text: string, index: number): boolean {
	const next = scan(OWS, text, index);
	return next === text.length || text[next] === ',';
}

function startsParam(text: string, index: number): boolean {
	const nameEnd = scan(TOKEN, text, index);
	return nameEnd > index && text[scan(OWS, text, nameEnd)] === '=';
}

export function parseWwwAuthenticate(value: string): WwwAuthenticateResult {
	const challenges: Challenge[] = [];
	try {
		// Each challenge ends at the end of the value or at the comma before the next one.
		for (let index = scan(SEPARATORS, value, 0); index < value.length;) {
			const { challenge, end } = parseChallenge(value, index);
			challenges.push(challenge);
			index = scan(SEPARATORS, value, end);
		}
		if (challenges.length === 0) {
			fail('Expected at least one challenge, such as Basic realm="example"', value.length);
		}
	} catch (error) {
		if (!(error instanceof ParseError)) throw error;
		return { ok: false, error: { message: error.message, offset: error.offset } };
	}
	return { ok: true, challenges };
}

function parseChallenge(text: string, start: number): { challenge: Challenge; end: number } {
	const schemeEnd = scan(TOKEN, text, start);
	if (schemeEnd === start) {
		fail(
			`Expected an authentication scheme such as Basic or Bearer, found ${describeCharAt(text, start)}`,
			start,
		);
	}
	const challenge: Challenge = { scheme: text.slice(start, schemeEnd), params: [] };
	const afterSpace = scan(SP, text, schemeEnd);

	if (afterSpace === schemeEnd) {
		if (atElementEnd(text, schemeEnd)) return { challenge, end: schemeEnd };
		const next = scan(OWS, text, schemeEnd);
		if (text[next] === '=') {
			fail(
				`Unexpected "=" after "${preview(challenge.scheme)}": a parameter must follow a scheme and a space, and a token68 challenge takes no parameters`,
				next,
			);
		}
		fail(
			`Expected a space after the scheme "${preview(challenge.scheme)}", found ${describeCharAt(text, schemeEnd)}`,
			schemeEnd,
		);
	}

	// The token68 form only wins when it is the whole list element, so `realm=x` stays a parameter
	// while `abc==` (token68 padding) does not.
	const token68End = scan(TOKEN68, text, afterSpace);
	if (token68End > afterSpace && atElementEnd(text, token68End)) {
		challenge.token68 = text.slice(afterSpace, token68End);
		return { challenge, end: token68End };
	}

	return { challenge, end: parseParams(text, afterSpace, challenge) };
}

/** Returns the index where the challenge ends: the end of the value, or the comma before the next challenge. */
function parseParams(text: string, start: number, challenge: Challenge): number {
	const seen = new Set<string>();
	let index = start;
	for (;;) {
		if (!atElementEnd(text, index)) {
			const { param, end } = parseParam(text, index);
			const key = param.name.toLowerCase();
			if (seen.has(key)) {
				fail(
					`Parameter "${preview(param.name)}" appears twice in the ${preview(challenge.scheme)} challenge`,
					index,
				);
			}
			seen.add(key);
			challenge.params.push(param);
			index = end;
		}
		const comma = scan(OWS, text, index);
		if (comma === text.length) return comma;
		if (text[comma] !== ',') {
			fail(
				`Expected "," between parameters or the end of the value, found ${describeCharAt(text, comma)}`,
				comma,
			);
		}
		const next = scan(SEPARATORS, text, comma);
		if (next === text.length) return next;
		if (!startsParam(text, next)) return comma;
		index = next;
	}
}

function parseParam(text: string, start: number): { param: AuthParam; end: number } {
	const nameEnd = scan(TOKEN, text, start);
	if (nameEnd === start) {
		fail(`Expected a parameter name, found ${describeCharAt(text, start)}`, start);
	}
	const name = text.slice(start, nameEnd);
	const equals = scan(OWS, text, nameEnd);
	if (text[equals] !== '=') {
		fail(
			`Expected "=" after parameter name "${preview(name)}", found ${describeCharAt(text, equals)}`,
			equals,
		);
	}
	const valueStart = scan(OWS, text, equals + 1);
	if (text[valueStart] === '"') {
		const { value, end } = parseQuotedString(text, valueStart);
		return { param: { name, value, quoted: true }, end };
	}
	const valueEnd = scan(TOKEN, text, valueStart);
	if (valueEnd === valueStart) {
		fail(
			`Expected a token or a quoted string as the value of "${preview(name)}", found ${describeCharAt(text, valueStart)}`,
			valueStart,
		);
	}
	return { param: { name, value: text.slice(valueStart, valueEnd), quoted: false }, end: valueEnd };
}

// qdtext = HTAB / SP / %x21 / %x23-5B / %x5D-7E / obs-text. obs-text is %x80-FF in bytes; a JS string
// has already been decoded, so every code unit from 0x80 up is accepted as its counterpart.
function isQdtext(code: number): boolean {
	return (
		code === 0x09 ||
		code === 0x20 ||
		code === 0x21 ||
		(code >= 0x23 && code <= 0x5b) ||
		(code >= 0x5d && code <= 0x7e) ||
		code >= 0x80
	);
}

// quoted-pair = "\" ( HTAB / SP / VCHAR / obs-text )
function isEscapable(code: number): boolean {
	return code === 0x09 || (code >= 0x20 && code <= 0x7e) || code >= 0x80;
}

function parseQuotedString(text: string, start: number): { value: string; end: number } {
	let value = '';
	let runStart = start + 1;
	for (let i = start + 1; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === 0x22) return { value: value + text.slice(runStart, i), end: i + 1 };
		if (code === 0x5c) {
			if (i + 1 === text.length) break;
			if (!isEscapable(text.charCodeAt(i + 1))) {
				fail(
					`${describeCharAt(text, i + 1)} cannot be escaped with a backslash in a quoted string`,
					i + 1,
				);
			}
			// Drop the backslash; the escaped character begins the next run.
			value += text.slice(runStart, i);
			runStart = i + 1;
			i++;
		} else if (!isQdtext(code)) {
			fail(`${describeCharAt(text, i)} is not allowed inside a quoted string`, i);
		}
	}
	return fail(`Unterminated quoted string starting at ${start}`, start);
}
