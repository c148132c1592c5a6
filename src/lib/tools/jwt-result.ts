// The JWT inspector's result: findings, the time claims against a clock, the header and the payload.

import { inspectJwt, type JwtFinding } from '../http-auth/jwt.ts';
import { referencesIn, rfc, type Reference } from '../http-auth/references.ts';
import { SEVERITIES } from '../http-auth/severity.ts';
import { isoDate, localDateTime, relativeTime } from './relative-time.ts';
import {
	el,
	findingList,
	plural,
	references,
	pre,
	SEVERITY_LABEL,
	view,
	type ToolView,
} from './view.ts';

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

const MAX_SKEW_SECONDS = 86_400;

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
		return count === 0 ? [] : [plural(count, SEVERITY_LABEL[severity].toLowerCase())];
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

/** The form's fields, as typed. */
export type JwtFields = { token: string; skew: string; aud: string; iss: string };

/**
 * The clock the time claims are compared with, in seconds: the reader's device (and time zone) in
 * the browser; at build time, for the example the page starts with, a fixed time in UTC
 * (EXAMPLE_NOW in example-clock.ts).
 */
export type Clock = { now: number; source: 'device' | 'example' };

export function jwtResult(fields: JwtFields, clock: Clock): ToolView {
	if (fields.token.trim() === '') return view('Paste a JWT to decode it.');
	const skew = parseSkew(fields.skew);
	const expectedAudience = optionalText(fields.aud);
	const expectedIssuer = optionalText(fields.iss);
	const result = inspectJwt(fields.token, clock.now, {
		clockSkewSeconds: skew.ok ? skew.seconds : 0,
		...(expectedAudience === undefined ? {} : { expectedAudience }),
		...(expectedIssuer === undefined ? {} : { expectedIssuer }),
	});
	const skewNote = skew.ok ? null : el('p', { class: 'tool-error-text' }, skew.message);
	if (!result.ok) {
		const { message } = result.error;
		return view(
			`Not a readable JWT: ${message}`,
			skewNote,
			el('p', { class: 'tool-error-text' }, message),
			references(referencesIn(message)),
		);
	}
	const { header, payload, findings } = result;
	const alg = typeof header['alg'] === 'string' ? header['alg'] : 'unknown';
	const times = timeClaims(payload, clock.now);
	const local = (seconds: number) =>
		clock.source === 'device' ? localDateTime(seconds) : localDateTime(seconds, 0);
	const against =
		clock.source === 'device'
			? 'your device’s clock'
			: 'a fixed time for this example, not your clock';
	return view(
		`Decoded a token signed with ${alg}: ${countFindings(findings)}. The signature was not verified.`,
		skewNote,
		el('h3', null, 'Findings'),
		findingList(
			findings.map((f) => ({
				severity: f.severity,
				message: f.message,
				references: referencesIn(f.message),
				code: f.code,
			})),
		),
		el('h3', null, 'Times'),
		el(
			'p',
			{ class: 'tool-hint' },
			`Compared with ${against}: ${isoDate(clock.now) ?? ''} (${local(clock.now)}).`,
		),
		times.length === 0
			? el(
					'p',
					null,
					'The payload has no time claims (exp, nbf, iat, auth_time) with numeric values.',
				)
			: el(
					'dl',
					null,
					...times.flatMap((claim) => [
						el('dt', null, el('code', null, claim.name), ` ${claim.meaning}`),
						el(
							'dd',
							null,
							claim.iso === null
								? `${claim.seconds} is too large to be a date.`
								: el(
										'span',
										null,
										el('time', { datetime: claim.iso }, claim.iso),
										` · ${local(claim.seconds)} · `,
										el('strong', null, claim.relative),
									),
							references([claim.reference]),
						),
					]),
				),
		el('h3', null, 'Header'),
		pre(prettyJson(header)),
		el('h3', null, 'Payload'),
		pre(prettyJson(payload)),
	);
}
