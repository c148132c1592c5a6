// The <jwt-inspector> element, which enhances the form JwtTool.astro renders.
// Tool.astro loads this module after the page's first paint.
import { inspectJwt } from '../../lib/http-auth/jwt.ts';
import {
	countFindings,
	optionalText,
	parseSkew,
	prettyJson,
	timeClaims,
} from '../../lib/tools/jwt-view.ts';
import { referencesIn } from '../../lib/tools/references.ts';
import { isoDate, localDateTime } from '../../lib/tools/relative-time.ts';
import {
	el,
	enhance,
	findingList,
	pre,
	references,
	show,
	type ToolParts,
	renderSoon,
} from './client.ts';

function render(parts: ToolParts, form: HTMLFormElement) {
	const field = (name: string) =>
		(form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement).value;
	const token = field('token');
	if (token.trim() === '') return show(parts, 'Paste a JWT to decode it.');
	const skew = parseSkew(field('skew'));
	const expectedAudience = optionalText(field('aud'));
	const expectedIssuer = optionalText(field('iss'));
	const now = Math.floor(Date.now() / 1000);
	const result = inspectJwt(token, now, {
		clockSkewSeconds: skew.ok ? skew.seconds : 0,
		...(expectedAudience === undefined ? {} : { expectedAudience }),
		...(expectedIssuer === undefined ? {} : { expectedIssuer }),
	});
	const skewNote = skew.ok ? null : el('p', { class: 'tool-error-text' }, skew.message);
	if (!result.ok) {
		const { message } = result.error;
		return show(
			parts,
			`Not a readable JWT: ${message}`,
			skewNote,
			el('p', { class: 'tool-error-text' }, message),
			references(referencesIn(message)),
		);
	}
	const { header, payload, findings } = result;
	const alg = typeof header['alg'] === 'string' ? header['alg'] : 'unknown';
	const times = timeClaims(payload, now);
	show(
		parts,
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
			`Compared with your device’s clock: ${isoDate(now) ?? ''} (${localDateTime(now)}).`,
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
										` · ${localDateTime(claim.seconds)} · `,
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

class JwtInspector extends HTMLElement {
	connectedCallback() {
		const form = this.querySelector('form')!;
		const parts = enhance(form, this.querySelector<HTMLElement>('.tool-output')!, () =>
			render(parts, form),
		);
		renderSoon(() => render(parts, form));
	}
}
customElements.define('jwt-inspector', JwtInspector);
