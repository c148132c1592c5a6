// Explains parsed challenges (from parseWwwAuthenticate): what each scheme and parameter means, what is
// wrong with them, and what a client should send back. Plain data in, plain data out.

import { findParam, type Challenge } from '../http-auth/www-authenticate.ts';
import { rfc, type Reference } from '../http-auth/references.ts';
import { bySeverity, type Severity } from '../http-auth/severity.ts';
import type { ChallengeField } from './auth-input.ts';
import { plural } from './view.ts';
import { BEARER_CASES } from '../../data/bearer-errors.ts';

export type Problem = { severity: Severity; message: string; reference?: Reference };
export type Explanation = { text: string; reference?: Reference };
export type ClientReply = { lines: string[]; note: string };
export type SchemeInfo = {
	name: string;
	summary: string;
	/** Supported by browsers or by nearly every HTTP client; unknown schemes should come after these. */
	wellSupported: boolean;
	reference?: Reference;
	/** A page of this site about the scheme. */
	guide?: string;
	/** What a token68 value (one opaque value instead of parameters) means in this scheme. */
	token68?: Explanation;
	/** What a client sends back in `header` (Authorization or Proxy-Authorization). */
	reply: (challenge: Challenge, header: string) => ClientReply;
};

/** The entry for `key` in a table; never something inherited, such as `constructor`. */
const lookup = <T>(table: Record<string, T>, key: string): T | undefined =>
	Object.hasOwn(table, key) ? table[key] : undefined;

const param = (challenge: Challenge, name: string) => findParam(challenge, name)?.value;
const isScheme = (challenge: Challenge, name: string) => challenge.scheme.toLowerCase() === name;
const list = (value: string) => value.split(/[\s,]+/).filter((item) => item !== '');

/** A value as a quoted string, escaping what must be escaped. */
export const quote = (text: string) => `"${text.replace(/["\\]/g, '\\$&')}"`;

const DIGEST = rfc(7616, '3.3');
const BEARER_ERROR = rfc(6750, '3.1');

/** A Bearer error code's case in src/data/bearer-errors.ts (RFC 6750 §3.1); undefined for others. */
const bearerCase = (code: string) => BEARER_CASES.find((c) => c.error === code);

const DIGEST_ALGORITHMS = ['md5', 'sha-256', 'sha-512-256'];

/** What the client does about a Bearer challenge, by its error code (src/data/bearer-errors.ts). */
function bearerReply(challenge: Challenge, header: string): ClientReply {
	const error = param(challenge, 'error');
	const known = (error !== undefined && bearerCase(error)) || BEARER_CASES.find((c) => !c.error)!;
	const scope = param(challenge, 'scope');
	const client = known.client.charAt(0).toLowerCase() + known.client.slice(1);
	return {
		lines: [`${header}: Bearer <access token>`],
		note: `The client ${client}.${scope ? ` The scope it needs: “${scope}”.` : ''}`,
	};
}

function digestReply(challenge: Challenge, header: string): ClientReply {
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

const HANDSHAKE_TOKEN: Explanation = {
	text: 'A base64 token from the server: the next step of a handshake already in progress. The client passes it to its Kerberos or NTLM library and answers with the token that comes out.',
	reference: rfc(4559, '4'),
};

/** The schemes this tool knows, by lower-case name. */
const SCHEMES: Record<string, SchemeInfo> = {
	basic: {
		name: 'Basic',
		summary:
			'User-id and password joined by a colon, then base64-encoded. Base64 is an encoding, not encryption, so Basic belongs on HTTPS only.',
		wellSupported: true,
		reference: rfc(7617, '2'),
		guide: '/schemes/basic/',
		reply: (_, header) => ({
			lines: [`${header}: Basic <base64 of user-id:password>`],
			note: 'Encode the user-id, a colon and the password as UTF-8, then base64. The Basic tool on this site does it in the browser.',
		}),
	},
	bearer: {
		name: 'Bearer',
		summary:
			'An access token, usually issued by an OAuth 2.0 authorization server. Whoever holds the token can use it, so it must stay secret.',
		wellSupported: true,
		reference: rfc(6750, '3'),
		guide: '/schemes/bearer/',
		reply: bearerReply,
	},
	digest: {
		name: 'Digest',
		summary:
			'Challenge and response: the client hashes the password together with the server’s nonce, so the password itself never crosses the wire.',
		wellSupported: true,
		reference: DIGEST,
		guide: '/schemes/digest/',
		reply: digestReply,
	},
	negotiate: {
		name: 'Negotiate',
		summary:
			'SPNEGO: client and server settle on Kerberos (or NTLM) and exchange tokens, usually inside a Windows domain. The result is tied to the connection.',
		wellSupported: true,
		reference: rfc(4559, '4'),
		guide: '/schemes/negotiate/',
		token68: HANDSHAKE_TOKEN,
		reply: (_, header) => ({
			lines: [`${header}: Negotiate <base64 SPNEGO token>`],
			note: 'The token comes from the operating system’s Kerberos library (GSS-API or SSPI), on the same connection.',
		}),
	},
	ntlm: {
		name: 'NTLM',
		summary:
			'Microsoft’s older handshake in three messages over one kept-alive connection. No RFC defines it; prefer Negotiate where you can.',
		wellSupported: true,
		guide: '/schemes/negotiate/',
		token68: HANDSHAKE_TOKEN,
		reply: (_, header) => ({
			lines: [`${header}: NTLM <base64 NTLM message>`],
			note: 'The handshake takes three messages on one kept-alive connection.',
		}),
	},
	dpop: {
		name: 'DPoP',
		summary:
			'An OAuth access token bound to a key pair: every request also carries a signed proof in a DPoP header.',
		wellSupported: false,
		reference: rfc(9449, '7.1'),
		reply: (_, header) => ({
			lines: [`${header}: DPoP <access token>`, 'DPoP: <proof JWT signed with the client’s key>'],
			note: 'A fresh proof is signed for every request, naming its method and URL.',
		}),
	},
};

/** What the tool knows about a scheme; unknown schemes get a neutral description. */
export function schemeInfo(scheme: string): SchemeInfo {
	return (
		lookup(SCHEMES, scheme.toLowerCase()) ?? {
			name: scheme,
			summary:
				'A scheme this tool does not know. Scheme names are case-insensitive tokens, and each scheme defines its own parameters; many clients give up on schemes they do not recognise.',
			wellSupported: false,
			reference: rfc(9110, '11.1'),
			reply: (challenge, header) => ({
				lines: [`${header}: ${challenge.scheme} <credentials>`],
				note: `The form of the credentials is set by the ${challenge.scheme} scheme’s specification.`,
			}),
		}
	);
}

/** What each auth-param this tool knows means, given its value and its challenge's scheme. */
const PARAMS: Record<string, (value: string, scheme: string) => Explanation> = {
	realm: (value) => ({
		text: `Names the protection space “${value}”. Credentials that work for one resource in this realm on the same origin are expected to work for the others. Most browsers no longer show it in their login prompts.`,
		reference: rfc(9110, '11.5'),
	}),
	charset: (value, scheme) => ({
		text:
			value.toLowerCase() === 'utf-8'
				? 'The server wants the user-id and password encoded as UTF-8 before hashing or base64. UTF-8 is the only value allowed.'
				: `Only “UTF-8” is allowed here, not “${value}”.`,
		reference: scheme.toLowerCase() === 'digest' ? DIGEST : rfc(7617, '2.1'),
	}),
	scope: (value) => {
		const scopes = list(value);
		return {
			text: `The ${plural(scopes.length, 'scope')} a token needs for this resource (${scopes.join(', ') || 'none'}), separated by spaces and case-sensitive. Meant for programs, not for showing to people.`,
			reference: rfc(6750, '3'),
		};
	},
	error: (value) => {
		const known = bearerCase(value);
		const codes = BEARER_CASES.flatMap((c) => c.error ?? []).join(', ');
		return {
			text: known
				? `${known.when}. It belongs on a ${known.status}.`
				: `“${value}” is not one of the codes Bearer defines (${codes}); extensions such as DPoP add their own.`,
			reference: BEARER_ERROR,
		};
	},
	error_description: () => ({
		text: 'A human-readable explanation for the developer of the client. Not meant for end users.',
		reference: rfc(6750, '3'),
	}),
	error_uri: () => ({
		text: 'The address of a page that explains the error to a developer.',
		reference: rfc(6750, '3'),
	}),
	resource_metadata: () => ({
		text: 'Where the protected resource publishes its metadata, from which a client finds the authorization server to get a token from.',
		reference: rfc(9728, '5.1'),
	}),
	algs: (value) => ({
		text: `The signature algorithms the server accepts for DPoP proofs: ${list(value).join(', ')}.`,
		reference: rfc(9449, '7.1'),
	}),
	nonce: () => ({
		text: 'A value the server makes up for this challenge. The client hashes it into its response, which stops old responses from being replayed.',
		reference: DIGEST,
	}),
	opaque: () => ({
		text: 'Data the server wants back unchanged: the client copies it into its Authorization header.',
		reference: DIGEST,
	}),
	qop: (value) => ({
		text: `Quality of protection the server accepts: ${list(value).join(', ')}. “auth” authenticates the request; “auth-int” also protects the body. The client picks one.`,
		reference: DIGEST,
	}),
	algorithm: (value) => ({
		text: `The hash to use: ${value}.${value.toLowerCase().startsWith('md5') ? ' MD5 is the historic default and is weak; offer SHA-256 as well, in a challenge of its own listed first.' : ''} A “-sess” suffix hashes in the client nonce once per session.`,
		reference: DIGEST,
	}),
	stale: (value) => ({
		text:
			value.toLowerCase() === 'true'
				? 'The nonce has expired but the credentials were right: retry with the new nonce without asking the user again.'
				: 'The credentials themselves were rejected (or this is a first challenge), not just an old nonce.',
		reference: DIGEST,
	}),
	domain: (value) => {
		const uris = list(value);
		return {
			text: `${plural(uris.length, 'URI')} that share this protection space (${uris.join(', ')}). The client may send credentials there without waiting for a challenge.`,
			reference: DIGEST,
		};
	},
	userhash: (value) => ({
		text:
			value.toLowerCase() === 'true'
				? 'The server accepts a hashed user name, so the client can keep the name itself off the wire.'
				: 'The client sends the user name as it is.',
		reference: DIGEST,
	}),
};

/** What one auth-param means, given its scheme and value. */
export function explainParam(scheme: string, name: string, value: string): Explanation {
	const explain = lookup(PARAMS, name.toLowerCase());
	if (explain) return explain(value, scheme);
	const forBearer = scheme.toLowerCase() === 'bearer' ? ' for Bearer' : '';
	return {
		text: `A parameter this tool does not know${forBearer}. Its meaning comes from the ${schemeInfo(scheme).name} scheme’s specification; parameter names are case-insensitive.`,
		reference: rfc(9110, '11.2'),
	};
}

/** What a token68 (a single opaque value instead of parameters) means for this scheme. */
export function explainToken68(scheme: string): Explanation {
	return (
		schemeInfo(scheme).token68 ?? {
			text: 'A single opaque value (token68) instead of parameters; its meaning comes from the scheme.',
			reference: rfc(9110, '11.2'),
		}
	);
}

/** The header (or headers) a client sends back to satisfy a challenge, with a short note. */
export function clientReply(
	challenge: Challenge,
	field: ChallengeField = 'WWW-Authenticate',
): ClientReply {
	const header = field === 'Proxy-Authenticate' ? 'Proxy-Authorization' : 'Authorization';
	return schemeInfo(challenge.scheme).reply(challenge, header);
}

// The rules. Each looks at one thing and returns the problem it finds, or nothing; findProblems
// runs them in reading order: the field against the status, each challenge, then their order.

type Context = { challenges: Challenge[]; status: number | null; field: ChallengeField };
type FieldRule = (context: Context) => Problem | undefined;
/** A rule about one challenge; findProblems names the challenge at the start of the message. */
type ChallengeRule = (challenge: Challenge, context: Context) => Problem | undefined;

const problem = (severity: Severity, message: string, reference: Reference): Problem => ({
	severity,
	message,
	reference,
});

const wwwAuthenticateOn407: FieldRule = ({ status, field }) =>
	status === 407 && field === 'WWW-Authenticate'
		? problem(
				'error',
				'A 407 answers with Proxy-Authenticate, not WWW-Authenticate.',
				rfc(9110, '15.5.8'),
			)
		: undefined;

const proxyAuthenticateOffA407: FieldRule = ({ status, field }) =>
	status !== null && status !== 407 && field === 'Proxy-Authenticate'
		? problem(
				'warning',
				`Proxy-Authenticate belongs on a 407 from a proxy; this response is a ${status}.`,
				rfc(9110, '11.7.1'),
			)
		: undefined;

const unquotedRealm: ChallengeRule = (challenge) => {
	const realm = findParam(challenge, 'realm');
	if (!realm || realm.quoted) return undefined;
	return problem(
		'warning',
		`realm=${realm.value} is not quoted. Senders must write realm as a quoted string: realm="${realm.value}".`,
		rfc(9110, '11.5'),
	);
};

const basicWithoutRealm: ChallengeRule = (challenge) =>
	isScheme(challenge, 'basic') && param(challenge, 'realm') === undefined
		? problem('error', 'Basic requires a realm parameter.', rfc(7617, '2'))
		: undefined;

const basicCharsetNotUtf8: ChallengeRule = (challenge) => {
	const charset = param(challenge, 'charset');
	if (!isScheme(challenge, 'basic') || charset === undefined || charset.toLowerCase() === 'utf-8')
		return undefined;
	return problem('warning', `charset may only be "UTF-8", not "${charset}".`, rfc(7617, '2.1'));
};

const basicWithToken68: ChallengeRule = (challenge) =>
	isScheme(challenge, 'basic') && challenge.token68 !== undefined
		? problem(
				'warning',
				'a Basic challenge takes parameters (realm, charset), not a token68 value.',
				rfc(7617, '2'),
			)
		: undefined;

const digestRequires =
	(name: string): ChallengeRule =>
	(challenge) =>
		isScheme(challenge, 'digest') && param(challenge, name) === undefined
			? problem('error', `Digest requires a ${name} parameter.`, DIGEST)
			: undefined;

/** The Digest algorithm without its -sess suffix, in lower case; MD5 when absent. */
const digestHash = (challenge: Challenge) =>
	(param(challenge, 'algorithm') ?? 'MD5').toLowerCase().replace(/-sess$/, '');

const unknownDigestAlgorithm: ChallengeRule = (challenge) =>
	isScheme(challenge, 'digest') && !DIGEST_ALGORITHMS.includes(digestHash(challenge))
		? problem(
				'warning',
				`"${param(challenge, 'algorithm')}" is not a Digest algorithm; the defined ones are MD5, SHA-256 and SHA-512-256, each with a -sess variant.`,
				DIGEST,
			)
		: undefined;

const digestOnlyMd5: ChallengeRule = (challenge, { challenges }) => {
	if (!isScheme(challenge, 'digest') || digestHash(challenge) !== 'md5') return undefined;
	const offersMd5 = (c: Challenge) =>
		(param(c, 'algorithm') ?? 'MD5').toLowerCase().startsWith('md5');
	if (challenges.some((c) => isScheme(c, 'digest') && !offersMd5(c))) return undefined;
	const absent = param(challenge, 'algorithm') === undefined;
	return problem(
		'info',
		`only MD5 is offered${absent ? ' (the default when algorithm is absent)' : ''}. Add a SHA-256 challenge before it for clients that support it.`,
		DIGEST,
	);
};

/** A Bearer challenge's error code and what RFC 6750 says of it (undefined for an unknown code). */
function bearerError(challenge: Challenge) {
	const code = isScheme(challenge, 'bearer') ? param(challenge, 'error') : undefined;
	return code === undefined ? undefined : { code, known: bearerCase(code) };
}

const unknownBearerError: ChallengeRule = (challenge) => {
	const error = bearerError(challenge);
	if (!error || error.known) return undefined;
	return problem(
		'warning',
		`error="${error.code}" is not one of the codes Bearer defines.`,
		BEARER_ERROR,
	);
};

/** Said once, on the first challenge it applies to: the status is what is missing, not the challenge. */
const bearerErrorWithoutStatus: ChallengeRule = (challenge, { challenges, status }) => {
	const error = bearerError(challenge);
	if (status !== null || !error?.known) return undefined;
	if (challenges.find((c) => bearerError(c)?.known) !== challenge) return undefined;
	return problem(
		'info',
		`error="${error.code}" belongs on a ${error.known.status}. Paste the whole response, status line included, to check the status against it.`,
		BEARER_ERROR,
	);
};

const bearerErrorOnWrongStatus: ChallengeRule = (challenge, { status }) => {
	const error = bearerError(challenge);
	if (status === null || !error?.known || error.known.status === status) return undefined;
	return problem(
		'error',
		`error="${error.code}" belongs on a ${error.known.status}, but this response is a ${status}.`,
		BEARER_ERROR,
	);
};

const unknownSchemeFirst: FieldRule = ({ challenges }) => {
	const supported = (c: Challenge) => schemeInfo(c.scheme).wellSupported;
	const lastSupported = challenges.findLastIndex(supported);
	const lessKnown = challenges.filter((c, i) => i < lastSupported && !supported(c));
	if (lessKnown.length === 0) return undefined;
	return problem(
		'warning',
		`${lessKnown.map((c) => c.scheme).join(', ')} ${lessKnown.length === 1 ? 'comes' : 'come'} before a widely supported scheme. Many clients fail to parse a challenge with a scheme they do not know, so list well-supported schemes such as Basic first.`,
		rfc(9110, '11.3'),
	);
};

const FIELD_RULES: FieldRule[] = [wwwAuthenticateOn407, proxyAuthenticateOffA407];
const CHALLENGE_RULES: ChallengeRule[] = [
	unquotedRealm,
	basicWithoutRealm,
	basicCharsetNotUtf8,
	basicWithToken68,
	digestRequires('realm'),
	digestRequires('nonce'),
	unknownDigestAlgorithm,
	digestOnlyMd5,
	unknownBearerError,
	bearerErrorWithoutStatus,
	bearerErrorOnWrongStatus,
];
const ORDER_RULES: FieldRule[] = [unknownSchemeFirst];

const found = (item: Problem | undefined): item is Problem => item !== undefined;

/** Everything worth flagging in a parsed set of challenges, most serious first. */
export function findProblems(
	challenges: Challenge[],
	status: number | null,
	field: ChallengeField = 'WWW-Authenticate',
): Problem[] {
	const context: Context = { challenges, status, field };
	const inChallenges = challenges.flatMap((challenge, i) =>
		CHALLENGE_RULES.map((rule) => rule(challenge, context))
			.filter(found)
			.map((p) => ({ ...p, message: `Challenge ${i + 1} (${challenge.scheme}): ${p.message}` })),
	);
	return [
		...FIELD_RULES.map((rule) => rule(context)).filter(found),
		...inChallenges,
		...ORDER_RULES.map((rule) => rule(context)).filter(found),
	].sort(bySeverity);
}
