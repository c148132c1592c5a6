// Explains parsed challenges (from parseWwwAuthenticate): what each scheme and parameter means, what is
// wrong with them, and what a client should send back. Plain data in, plain data out.

import type { Challenge } from '../http-auth/index.ts';
import type { ChallengeField } from './auth-input.ts';
import { rfc, type Reference } from './references.ts';

export type Severity = 'error' | 'warning' | 'info';
export type Problem = { severity: Severity; message: string; reference?: Reference };
export type SchemeInfo = {
	name: string;
	summary: string;
	/** Supported by browsers or by nearly every HTTP client; unknown schemes should come after these. */
	wellSupported: boolean;
	reference?: Reference;
	/** A page of this site about the scheme. */
	guide?: string;
};
export type Explanation = { text: string; reference?: Reference };

const SCHEMES: Record<string, SchemeInfo> = {
	basic: {
		name: 'Basic',
		summary:
			'User-id and password joined by a colon, then base64-encoded. Base64 is an encoding, not encryption, so Basic belongs on HTTPS only.',
		wellSupported: true,
		reference: rfc(7617, '2'),
		guide: '/schemes/basic/',
	},
	bearer: {
		name: 'Bearer',
		summary:
			'An access token, usually issued by an OAuth 2.0 authorization server. Whoever holds the token can use it, so it must stay secret.',
		wellSupported: true,
		reference: rfc(6750, '3'),
		guide: '/schemes/bearer/',
	},
	digest: {
		name: 'Digest',
		summary:
			'Challenge and response: the client hashes the password together with the server’s nonce, so the password itself never crosses the wire.',
		wellSupported: true,
		reference: rfc(7616, '3.3'),
		guide: '/schemes/digest/',
	},
	negotiate: {
		name: 'Negotiate',
		summary:
			'SPNEGO: client and server settle on Kerberos (or NTLM) and exchange tokens, usually inside a Windows domain. The result is tied to the connection.',
		wellSupported: true,
		reference: rfc(4559, '4'),
		guide: '/schemes/negotiate/',
	},
	ntlm: {
		name: 'NTLM',
		summary:
			'Microsoft’s older handshake in three messages over one kept-alive connection. No RFC defines it; prefer Negotiate where you can.',
		wellSupported: true,
		guide: '/schemes/negotiate/',
	},
	dpop: {
		name: 'DPoP',
		summary:
			'An OAuth access token bound to a key pair: every request also carries a signed proof in a DPoP header.',
		wellSupported: false,
		reference: rfc(9449, '7.1'),
	},
};

/** What the tool knows about a scheme; unknown schemes get a neutral description. */
export function schemeInfo(scheme: string): SchemeInfo {
	return (
		SCHEMES[scheme.toLowerCase()] ?? {
			name: scheme,
			summary:
				'A scheme this tool does not know. Scheme names are case-insensitive tokens, and each scheme defines its own parameters; many clients give up on schemes they do not recognise.',
			wellSupported: false,
			reference: rfc(9110, '11.1'),
		}
	);
}

const BEARER_ERRORS: Record<string, { status: number; text: string }> = {
	invalid_request: {
		status: 400,
		text: 'The request is malformed: a parameter is missing, repeated or unsupported, or the token was sent in more than one way. It belongs on a 400 Bad Request.',
	},
	invalid_token: {
		status: 401,
		text: 'The token is expired, revoked or malformed. It belongs on a 401; the client may get a new token and try again.',
	},
	insufficient_scope: {
		status: 403,
		text: 'The token is valid but does not grant enough. It belongs on a 403 Forbidden, ideally with scope naming what is needed.',
	},
};

const DIGEST_ALGORITHMS = ['md5', 'sha-256', 'sha-512-256'];

const list = (value: string) => value.split(/[\s,]+/).filter((item) => item !== '');
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** What one auth-param means, given its scheme and value. */
export function explainParam(scheme: string, name: string, value: string): Explanation {
	const key = name.toLowerCase();
	const isBearer = scheme.toLowerCase() === 'bearer';
	switch (key) {
		case 'realm':
			return {
				text: `Names the protection space “${value}”. Credentials that work for one resource in this realm on the same origin are expected to work for the others. Most browsers no longer show it in their login prompts.`,
				reference: rfc(9110, '11.5'),
			};
		case 'charset':
			return {
				text:
					value.toLowerCase() === 'utf-8'
						? 'The server wants the user-id and password encoded as UTF-8 before hashing or base64. UTF-8 is the only value allowed.'
						: `Only “UTF-8” is allowed here, not “${value}”.`,
				reference: scheme.toLowerCase() === 'digest' ? rfc(7616, '3.3') : rfc(7617, '2.1'),
			};
		case 'scope': {
			const scopes = list(value);
			return {
				text: `The ${plural(scopes.length, 'scope')} a token needs for this resource (${scopes.join(', ') || 'none'}), separated by spaces and case-sensitive. Meant for programs, not for showing to people.`,
				reference: rfc(6750, '3'),
			};
		}
		case 'error': {
			const known = BEARER_ERRORS[value];
			return known
				? { text: known.text, reference: rfc(6750, '3.1') }
				: {
						text: `“${value}” is not one of the three codes Bearer defines (invalid_request, invalid_token, insufficient_scope); extensions such as DPoP add their own.`,
						reference: rfc(6750, '3.1'),
					};
		}
		case 'error_description':
			return {
				text: 'A human-readable explanation for the developer of the client. Not meant for end users.',
				reference: rfc(6750, '3'),
			};
		case 'error_uri':
			return {
				text: 'The address of a page that explains the error to a developer.',
				reference: rfc(6750, '3'),
			};
		case 'resource_metadata':
			return {
				text: 'Where the protected resource publishes its metadata, from which a client finds the authorization server to get a token from.',
				reference: rfc(9728, '5.1'),
			};
		case 'algs':
			return {
				text: `The signature algorithms the server accepts for DPoP proofs: ${list(value).join(', ')}.`,
				reference: rfc(9449, '7.1'),
			};
		case 'nonce':
			return {
				text: 'A value the server makes up for this challenge. The client hashes it into its response, which stops old responses from being replayed.',
				reference: rfc(7616, '3.3'),
			};
		case 'opaque':
			return {
				text: 'Data the server wants back unchanged: the client copies it into its Authorization header.',
				reference: rfc(7616, '3.3'),
			};
		case 'qop': {
			const options = list(value);
			return {
				text: `Quality of protection the server accepts: ${options.join(', ')}. “auth” authenticates the request; “auth-int” also protects the body. The client picks one.`,
				reference: rfc(7616, '3.3'),
			};
		}
		case 'algorithm': {
			const weak = value.toLowerCase().startsWith('md5');
			return {
				text: `The hash to use: ${value}.${weak ? ' MD5 is the historic default and is weak; offer SHA-256 as well, in a challenge of its own listed first.' : ''} A “-sess” suffix hashes in the client nonce once per session.`,
				reference: rfc(7616, '3.3'),
			};
		}
		case 'stale':
			return {
				text:
					value.toLowerCase() === 'true'
						? 'The nonce has expired but the credentials were right: retry with the new nonce without asking the user again.'
						: 'The credentials themselves were rejected (or this is a first challenge), not just an old nonce.',
				reference: rfc(7616, '3.3'),
			};
		case 'domain': {
			const uris = list(value);
			return {
				text: `${plural(uris.length, 'URI')} that share this protection space (${uris.join(', ')}). The client may send credentials there without waiting for a challenge.`,
				reference: rfc(7616, '3.3'),
			};
		}
		case 'userhash':
			return {
				text:
					value.toLowerCase() === 'true'
						? 'The server accepts a hashed user name, so the client can keep the name itself off the wire.'
						: 'The client sends the user name as it is.',
				reference: rfc(7616, '3.3'),
			};
		default:
			return {
				text: `A parameter this tool does not know${isBearer ? ' for Bearer' : ''}. Its meaning comes from the ${schemeInfo(scheme).name} scheme’s specification; parameter names are case-insensitive.`,
				reference: rfc(9110, '11.2'),
			};
	}
}

/** What a token68 (a single opaque value instead of parameters) means for this scheme. */
export function explainToken68(scheme: string): Explanation {
	return scheme.toLowerCase() === 'negotiate' || scheme.toLowerCase() === 'ntlm'
		? {
				text: 'A base64 token from the server: the next step of a handshake already in progress. The client passes it to its Kerberos or NTLM library and answers with the token that comes out.',
				reference: rfc(4559, '4'),
			}
		: {
				text: 'A single opaque value (token68) instead of parameters; its meaning comes from the scheme.',
				reference: rfc(9110, '11.2'),
			};
}

const SKIP_SEPARATORS = /[ \t,]*/y;
const SKIP_OWS = /[ \t]*/y;

function skip(pattern: RegExp, text: string, index: number): number {
	pattern.lastIndex = index;
	return pattern.test(text) ? pattern.lastIndex : index;
}

function quotedStringEnd(text: string, start: number): number {
	for (let i = start + 1; i < text.length; i++) {
		if (text[i] === '\\') i++;
		else if (text[i] === '"') return i + 1;
	}
	return text.length;
}

/**
 * For each challenge, whether each parameter's value was written as a quoted string. The parser unescapes
 * values, so this walks the original text again along the same grammar. Only call it with a value that
 * parsed; if the walk loses its place, it answers true (quoted) so that nothing is flagged wrongly.
 */
export function paramQuoting(value: string, challenges: Challenge[]): boolean[][] {
	let index = 0;
	let lost = false;
	return challenges.map((challenge) => {
		index = skip(SKIP_SEPARATORS, value, index);
		if (lost || !value.startsWith(challenge.scheme, index)) {
			lost = true;
			return challenge.params.map(() => true);
		}
		index += challenge.scheme.length;
		if (challenge.token68 !== undefined) {
			index = skip(SKIP_OWS, value, index) + challenge.token68.length;
			return [];
		}
		return challenge.params.map((param) => {
			index = skip(SKIP_SEPARATORS, value, index);
			if (lost || !value.startsWith(param.name, index)) {
				lost = true;
				return true;
			}
			index = skip(SKIP_OWS, value, skip(SKIP_OWS, value, index + param.name.length) + 1);
			if (value[index] === '"') {
				index = quotedStringEnd(value, index);
				return true;
			}
			index += param.value.length;
			return false;
		});
	});
}

const param = (challenge: Challenge, name: string) =>
	challenge.params.find((p) => p.name.toLowerCase() === name)?.value;

/** Everything worth flagging in a parsed set of challenges, most serious first. */
export function findProblems(
	challenges: Challenge[],
	quoting: boolean[][],
	status: number | null,
	field: ChallengeField = 'WWW-Authenticate',
): Problem[] {
	const problems: Problem[] = [];
	const add = (severity: Severity, message: string, reference?: Reference) =>
		problems.push(reference ? { severity, message, reference } : { severity, message });

	if (status === 407 && field === 'WWW-Authenticate') {
		add(
			'error',
			'A 407 answers with Proxy-Authenticate, not WWW-Authenticate.',
			rfc(9110, '15.5.8'),
		);
	}
	if (status !== null && status !== 407 && field === 'Proxy-Authenticate') {
		add(
			'warning',
			`Proxy-Authenticate belongs on a 407 from a proxy; this response is a ${status}.`,
			rfc(9110, '11.7.1'),
		);
	}

	let missingStatusNoted = false;
	challenges.forEach((challenge, i) => {
		const at = `Challenge ${i + 1} (${challenge.scheme})`;
		const scheme = challenge.scheme.toLowerCase();
		challenge.params.forEach((p, j) => {
			if (p.name.toLowerCase() === 'realm' && quoting[i]?.[j] === false) {
				add(
					'warning',
					`${at}: realm=${p.value} is not quoted. Senders must write realm as a quoted string: realm="${p.value}".`,
					rfc(9110, '11.5'),
				);
			}
		});
		if (scheme === 'basic') {
			if (param(challenge, 'realm') === undefined) {
				add('error', `${at}: Basic requires a realm parameter.`, rfc(7617, '2'));
			}
			const charset = param(challenge, 'charset');
			if (charset !== undefined && charset.toLowerCase() !== 'utf-8') {
				add('warning', `${at}: charset may only be "UTF-8", not "${charset}".`, rfc(7617, '2.1'));
			}
			if (challenge.token68 !== undefined) {
				add(
					'warning',
					`${at}: a Basic challenge takes parameters (realm, charset), not a token68 value.`,
					rfc(7617, '2'),
				);
			}
		}
		if (scheme === 'digest') {
			for (const required of ['realm', 'nonce']) {
				if (param(challenge, required) === undefined) {
					add('error', `${at}: Digest requires a ${required} parameter.`, rfc(7616, '3.3'));
				}
			}
			const algorithm = param(challenge, 'algorithm');
			const base = (algorithm ?? 'MD5').toLowerCase().replace(/-sess$/, '');
			if (!DIGEST_ALGORITHMS.includes(base)) {
				add(
					'warning',
					`${at}: "${algorithm}" is not a Digest algorithm; the defined ones are MD5, SHA-256 and SHA-512-256, each with a -sess variant.`,
					rfc(7616, '3.3'),
				);
			} else if (base === 'md5') {
				const other = challenges.some(
					(c) =>
						c.scheme.toLowerCase() === 'digest' &&
						!(param(c, 'algorithm') ?? 'md5').toLowerCase().startsWith('md5'),
				);
				if (!other) {
					add(
						'info',
						`${at}: only MD5 is offered${algorithm === undefined ? ' (the default when algorithm is absent)' : ''}. Add a SHA-256 challenge before it for clients that support it.`,
						rfc(7616, '3.3'),
					);
				}
			}
		}
		if (scheme === 'bearer') {
			const error = param(challenge, 'error');
			if (error !== undefined) {
				const known = BEARER_ERRORS[error];
				if (!known) {
					add(
						'warning',
						`${at}: error="${error}" is not one of the codes Bearer defines.`,
						rfc(6750, '3.1'),
					);
				} else if (status === null) {
					if (!missingStatusNoted) {
						add(
							'info',
							`${at}: error="${error}" belongs on a ${known.status}. Paste the whole response, status line included, to check the status against it.`,
							rfc(6750, '3.1'),
						);
						missingStatusNoted = true;
					}
				} else if (status !== known.status) {
					add(
						'error',
						`${at}: error="${error}" belongs on a ${known.status}, but this response is a ${status}.`,
						rfc(6750, '3.1'),
					);
				}
			}
		}
	});

	const firstWellSupported = challenges.findIndex((c) => schemeInfo(c.scheme).wellSupported);
	const lastWellSupported = challenges.findLastIndex((c) => schemeInfo(c.scheme).wellSupported);
	const lessKnown = challenges.filter(
		(c, i) => i < lastWellSupported && !schemeInfo(c.scheme).wellSupported,
	);
	if (firstWellSupported !== -1 && lessKnown.length > 0) {
		add(
			'warning',
			`${lessKnown.map((c) => c.scheme).join(', ')} ${lessKnown.length === 1 ? 'comes' : 'come'} before a widely supported scheme. Many clients fail to parse a challenge with a scheme they do not know, so list well-supported schemes such as Basic first.`,
			rfc(9110, '11.3'),
		);
	}

	const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
	return problems.sort((a, b) => rank[a.severity] - rank[b.severity]);
}

export type ClientReply = { lines: string[]; note: string };

const quote = (text: string) => `"${text.replace(/["\\]/g, '\\$&')}"`;

/** The header (or headers) a client sends back to satisfy a challenge, with a short note. */
export function clientReply(
	challenge: Challenge,
	field: ChallengeField = 'WWW-Authenticate',
): ClientReply {
	const header = field === 'Proxy-Authenticate' ? 'Proxy-Authorization' : 'Authorization';
	const scheme = challenge.scheme.toLowerCase();
	switch (scheme) {
		case 'basic':
			return {
				lines: [`${header}: Basic <base64 of user-id:password>`],
				note: 'Encode the user-id, a colon and the password as UTF-8, then base64. The Basic tool on this site does it in the browser.',
			};
		case 'bearer': {
			const error = param(challenge, 'error');
			const scope = param(challenge, 'scope');
			const note =
				error === 'invalid_token'
					? 'Get a new token first (refresh it or sign in again): sending the same one will fail again.'
					: error === 'insufficient_scope'
						? `Get a token that grants ${scope ? `the scope “${scope}”` : 'more scope'}; this token is not enough.`
						: error === 'invalid_request'
							? 'Fix the request first: send the token once, in the Authorization header only.'
							: 'Send the access token the authorization server issued for this API.';
			return { lines: [`${header}: Bearer <access token>`], note };
		}
		case 'digest': {
			const algorithm = param(challenge, 'algorithm') ?? 'MD5';
			const qops = list(param(challenge, 'qop') ?? '');
			const qop = qops.includes('auth') ? 'auth' : qops[0];
			const opaque = param(challenge, 'opaque');
			const parts = [
				'username="<user name>"',
				`realm=${quote(param(challenge, 'realm') ?? '<realm>')}`,
				'uri="<request target>"',
				`algorithm=${algorithm}`,
				`nonce=${quote(param(challenge, 'nonce') ?? '<nonce>')}`,
				...(qop ? ['nc=00000001', 'cnonce="<client nonce>"', `qop=${qop}`] : []),
				`response="<${algorithm} hash>"`,
				...(opaque !== undefined ? [`opaque=${quote(opaque)}`] : []),
			];
			return {
				lines: [`${header}: Digest ${parts.join(', ')}`],
				note: `The response is a ${algorithm} hash over the user name, realm, password, nonce, method and URI, computed by the client’s HTTP library.`,
			};
		}
		case 'negotiate':
			return {
				lines: [`${header}: Negotiate <base64 SPNEGO token>`],
				note: 'The token comes from the operating system’s Kerberos library (GSS-API or SSPI), on the same connection.',
			};
		case 'ntlm':
			return {
				lines: [`${header}: NTLM <base64 NTLM message>`],
				note: 'The handshake takes three messages on one kept-alive connection.',
			};
		case 'dpop':
			return {
				lines: [`${header}: DPoP <access token>`, 'DPoP: <proof JWT signed with the client’s key>'],
				note: 'A fresh proof is signed for every request, naming its method and URL.',
			};
		default:
			return {
				lines: [`${header}: ${challenge.scheme} <credentials>`],
				note: `The form of the credentials is set by the ${challenge.scheme} scheme’s specification.`,
			};
	}
}
