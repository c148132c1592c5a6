// Helpers for the JWT inspector's display: the time claims as dates, the form's optional inputs, and a
// one-line summary of the findings for screen readers.

import type { JwtFinding } from '../http-auth/index.ts';
import { rfc, type Reference } from '../http-auth/references.ts';
import { SEVERITIES } from '../http-auth/severity.ts';
import { isoDate, relativeTime } from './relative-time.ts';
import { SEVERITY_LABEL } from './view.ts';

export type TimeClaim = {
	name: string;
	meaning: string;
	seconds: number;
	/** ISO 8601 in UTC, or null for a number too large to be a date. */
	iso: string | null;
	/** "in 5 minutes", "3 hours ago". */
	relative: string;
	reference: Reference;
};

const CLAIMS: ReadonlyArray<{ name: string; meaning: string; reference: Reference }> = [
	{ name: 'exp', meaning: 'Expires', reference: rfc(7519, '4.1.4') },
	{ name: 'nbf', meaning: 'Not valid before', reference: rfc(7519, '4.1.5') },
	{ name: 'iat', meaning: 'Issued at', reference: rfc(7519, '4.1.6') },
	{
		name: 'auth_time',
		meaning: 'User authenticated at',
		reference: {
			label: 'OpenID Connect Core §2',
			url: 'https://openid.net/specs/openid-connect-core-1_0.html#IDToken',
		},
	},
];

/** The time claims present as numbers, in a fixed order, with dates relative to `nowSeconds`. */
export function timeClaims(payload: Record<string, unknown>, nowSeconds: number): TimeClaim[] {
	return CLAIMS.flatMap(({ name, meaning, reference }) => {
		const seconds = Object.hasOwn(payload, name) ? payload[name] : undefined;
		if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return [];
		const iso = isoDate(seconds);
		const relative = iso === null ? '' : relativeTime(seconds, nowSeconds);
		return [{ name, meaning, seconds, iso, relative, reference }];
	});
}

export const MAX_SKEW_SECONDS = 86_400;

/** Reads the clock-skew field: blank is 0; otherwise a whole number of seconds up to a day. */
export function parseSkew(
	text: string,
): { ok: true; seconds: number } | { ok: false; message: string } {
	const trimmed = text.trim();
	if (trimmed === '') return { ok: true, seconds: 0 };
	if (/^\d{1,6}$/.test(trimmed) && Number(trimmed) <= MAX_SKEW_SECONDS) {
		return { ok: true, seconds: Number(trimmed) };
	}
	return {
		ok: false,
		message: `Clock skew must be a whole number of seconds from 0 to ${MAX_SKEW_SECONDS}; using 0.`,
	};
}

/** A blank optional field means "do not check". */
export function optionalText(text: string): string | undefined {
	const trimmed = text.trim();
	return trimmed === '' ? undefined : trimmed;
}

/** "1 error, 1 warning and 1 note" — for the live region. */
export function countFindings(findings: JwtFinding[]): string {
	const parts = SEVERITIES.flatMap((severity) => {
		const count = findings.filter((finding) => finding.severity === severity).length;
		const name = SEVERITY_LABEL[severity].toLowerCase();
		return count === 0 ? [] : [`${count} ${name}${count === 1 ? '' : 's'}`];
	});
	if (parts.length === 0) return 'no findings';
	return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** JSON for a <pre>; a structure too deep to print gives a message instead of throwing. */
export function prettyJson(value: unknown): string {
	try {
		return JSON.stringify(value, null, 2);
	} catch {
		return '(too deeply nested to display)';
	}
}
