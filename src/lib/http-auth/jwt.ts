// Decodes a JWT (RFC 7519) and reports problems with its claims. It never verifies the signature:
// that needs the key, and a page that pretended otherwise would teach the wrong lesson.

import { base64UrlToBytes, decodeUtf8, describeCharAt, preview } from './encoding.ts';
import type { Severity } from './severity.ts';

export type JwtFindingCode =
	| 'expired'
	| 'not-yet-valid'
	| 'issued-in-future'
	| 'alg-none'
	| 'no-exp'
	| 'aud-mismatch'
	| 'iss-mismatch'
	| 'bad-time-claim'
	| 'signature-not-verified';
export type JwtFinding = { code: JwtFindingCode; severity: Severity; message: string };
export type JwtOptions = {
	clockSkewSeconds?: number;
	expectedAudience?: string;
	expectedIssuer?: string;
};
export type JwtInspection =
	| {
			ok: true;
			header: Record<string, unknown>;
			payload: Record<string, unknown>;
			findings: JwtFinding[];
	  }
	| { ok: false; error: { message: string } };

const PART_NAMES = ['header', 'payload', 'signature'] as const;

function fail(message: string): JwtInspection {
	return { ok: false, error: { message } };
}

/** Strict base64url as JWS uses it (RFC 7515 §2): no padding, no whitespace, no + or /. */
function base64UrlProblem(part: string, name: string): string | null {
	const bad = part.search(/[^A-Za-z0-9_-]/);
	if (bad !== -1) {
		const why = part[bad] === '=' ? ' (JWTs omit "=" padding)' : '';
		return `The ${name} is not base64url: ${describeCharAt(part, bad)} at position ${bad} is not allowed${why} (RFC 7515 §2)`;
	}
	if (part.length % 4 === 1) {
		return `The ${name} is not base64url: a length of ${part.length} cannot be produced by base64url encoding (RFC 7515 §2)`;
	}
	return null;
}

function decodeJsonObject(part: string, name: string): Record<string, unknown> | string {
	if (part === '') return `The ${name} is empty (RFC 7519 §7.2)`;
	const text = decodeUtf8(base64UrlToBytes(part));
	if (text === null) return `The ${name} does not decode to UTF-8 text (RFC 7519 §7.2)`;
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		return `The ${name} is not valid JSON: ${error instanceof Error ? error.message : String(error)} (RFC 7519 §7.2)`;
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		const found = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
		return `The ${name} must be a JSON object, found ${found} (RFC 7519 §7.2)`;
	}
	return value as Record<string, unknown>;
}

function formatDate(seconds: number): string {
	const date = new Date(seconds * 1000);
	// Dates beyond ±275,760 years are invalid and toISOString would throw.
	return Number.isNaN(date.getTime()) ? `${seconds}` : `${seconds} (${date.toISOString()})`;
}

function describeValue(value: unknown): string {
	return value === undefined ? 'missing' : preview(shortJson(value, 3), 60);
}

/** JSON-like text that stays cheap for huge or deeply nested values (JSON.stringify would overflow). */
function shortJson(value: unknown, depth: number): string {
	if (typeof value !== 'object' || value === null) return JSON.stringify(value);
	const isArray = Array.isArray(value);
	const [open, close] = isArray ? ['[', ']'] : ['{', '}'];
	if (depth === 0) return `${open}…${close}`;
	const entries = isArray ? value.entries() : Object.entries(value).values();
	const items: string[] = [];
	for (const [key, item] of entries) {
		if (items.length === 3) {
			items.push('…');
			break;
		}
		const text = shortJson(item, depth - 1);
		items.push(isArray ? text : `${JSON.stringify(key)}:${text}`);
	}
	return `${open}${items.join(',')}${close}`;
}

export function inspectJwt(
	token: string,
	nowSeconds: number,
	options: JwtOptions = {},
): JwtInspection {
	const text = token.trim().replace(/^bearer(?: +|$)/i, '');
	if (text === '') return fail('The token is empty');
	const parts = text.split('.');
	if (parts.length === 5) {
		return fail(
			'This token has five parts, so it is an encrypted JWT (JWE, RFC 7516 §7.1); its contents cannot be inspected without the decryption key',
		);
	}
	if (parts.length !== 3) {
		return fail(
			`A JWT has three base64url parts separated by dots, header.payload.signature (RFC 7519 §3, RFC 7515 §7.1); this has ${parts.length}`,
		);
	}
	for (const [i, name] of PART_NAMES.entries()) {
		const problem = base64UrlProblem(parts[i]!, name);
		if (problem !== null) return fail(problem);
	}
	const header = decodeJsonObject(parts[0]!, 'header');
	if (typeof header === 'string') return fail(header);
	const payload = decodeJsonObject(parts[1]!, 'payload');
	if (typeof payload === 'string') return fail(payload);

	return { ok: true, header, payload, findings: findingsFor(header, payload, nowSeconds, options) };
}

function findingsFor(
	header: Record<string, unknown>,
	payload: Record<string, unknown>,
	now: number,
	options: JwtOptions,
): JwtFinding[] {
	const findings: JwtFinding[] = [];
	const add = (code: JwtFindingCode, severity: Severity, message: string) =>
		findings.push({ code, severity, message });
	const { clockSkewSeconds: skew = 0, expectedAudience, expectedIssuer } = options;
	const skewNote = skew === 0 ? '' : ` allowing ${skew} s of clock skew`;

	const alg = header['alg'];
	if (typeof alg === 'string' && alg.toLowerCase() === 'none') {
		add(
			'alg-none',
			'error',
			'The header says "alg": "none": an Unsecured JWT with no signature at all (RFC 7519 §6.1); never accept it as proof of identity',
		);
	}

	// NumericDate (RFC 7519 §2) is a JSON number of seconds since 1970-01-01T00:00:00Z.
	const numericDate = (claim: 'exp' | 'nbf' | 'iat', section: string): number | undefined => {
		if (!Object.hasOwn(payload, claim)) return undefined;
		const value = payload[claim];
		if (typeof value === 'number' && Number.isFinite(value)) return value;
		add(
			'bad-time-claim',
			'error',
			`"${claim}" must be a NumericDate, a number of seconds since 1970 (RFC 7519 §2, §${section}), but it is ${describeValue(value)}`,
		);
		return undefined;
	};

	const exp = numericDate('exp', '4.1.4');
	if (!Object.hasOwn(payload, 'exp')) {
		add(
			'no-exp',
			'warning',
			'There is no "exp" claim, so the token never expires (RFC 7519 §4.1.4)',
		);
	} else if (exp !== undefined && exp <= now - skew) {
		add(
			'expired',
			'error',
			`The token expired at ${formatDate(exp)}; it is now ${formatDate(now)}${skewNote} (RFC 7519 §4.1.4)`,
		);
	}

	const nbf = numericDate('nbf', '4.1.5');
	if (nbf !== undefined && nbf > now + skew) {
		add(
			'not-yet-valid',
			'error',
			`The token is not valid before ${formatDate(nbf)}; it is now ${formatDate(now)}${skewNote} (RFC 7519 §4.1.5)`,
		);
	}

	const iat = numericDate('iat', '4.1.6');
	if (iat !== undefined && iat > now + skew) {
		add(
			'issued-in-future',
			'warning',
			`The token claims to be issued at ${formatDate(iat)}, which is in the future; it is now ${formatDate(now)}${skewNote}. Check the clocks (RFC 7519 §4.1.6)`,
		);
	}

	if (expectedAudience !== undefined) {
		const aud = payload['aud'];
		const audiences = typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud : [];
		if (!audiences.includes(expectedAudience)) {
			add(
				'aud-mismatch',
				'error',
				aud === undefined
					? `There is no "aud" claim, but the audience "${preview(expectedAudience)}" was expected (RFC 7519 §4.1.3)`
					: `"aud" is ${describeValue(aud)}, which does not contain the expected audience "${preview(expectedAudience)}" (RFC 7519 §4.1.3)`,
			);
		}
	}

	if (expectedIssuer !== undefined && payload['iss'] !== expectedIssuer) {
		add(
			'iss-mismatch',
			'error',
			`"iss" is ${describeValue(payload['iss'])}, not the expected issuer "${preview(expectedIssuer)}" (RFC 7519 §4.1.1)`,
		);
	}

	add(
		'signature-not-verified',
		'info',
		`The signature was not checked: this only decodes the token. Verify it${typeof alg === 'string' ? ` (${preview(alg)})` : ''} with the key before trusting any claim (RFC 7519 §7.2)`,
	);
	return findings;
}
