// The JWT inspector's result: findings, the time claims against a clock, the header and the payload.

import { inspectJwt } from '../http-auth/jwt.ts';
import { countFindings, optionalText, parseSkew, prettyJson, timeClaims } from './jwt-view.ts';
import { referencesIn } from '../http-auth/references.ts';
import { isoDate, localDateTime } from './relative-time.ts';
import { el, findingList, references, pre, view, type ToolView } from './view.ts';

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
