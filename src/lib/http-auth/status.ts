// Picks the status code for a request that failed authentication or authorization. The questions
// are asked in the order src/data/status-decision.ts states for the pages (a unit test keeps the two
// in step), and the first that applies decides. There is no 200: a request that should succeed gets
// null, not a fake error.

import { rfc, type Reference } from './references.ts';

export type StatusAnswers = {
	wellFormed: boolean;
	credentialsSent: boolean;
	credentialsValid: boolean;
	allowed: boolean;
	hideExistence: boolean;
	challengerIsProxy: boolean;
	captiveNetwork: boolean;
};
export type StatusCode = 400 | 401 | 403 | 404 | 407 | 511;
export type StatusHeader = { name: string; value: string };
export type StatusChoice = {
	status: StatusCode;
	reason: string;
	/** The authentication header to send (a challenge), or null when none belongs on this response. */
	header: StatusHeader | null;
	explanation: string;
	/** A raw HTTP/1.1 response with \n line endings. */
	exampleResponse: string;
	rfc: Reference[];
};

const REASONS: Record<StatusCode, string> = {
	400: 'Bad Request',
	401: 'Unauthorized',
	403: 'Forbidden',
	404: 'Not Found',
	407: 'Proxy Authentication Required',
	511: 'Network Authentication Required',
};

type Body = { type: string; text: string; extraHeaders?: StatusHeader[] };

function choice(
	status: StatusCode,
	header: StatusHeader | null,
	explanation: string,
	body: Body,
	references: Reference[],
): StatusChoice {
	const headers = [
		...(header ? [header] : []),
		...(body.extraHeaders ?? []),
		{ name: 'Content-Type', value: body.type },
		{ name: 'Content-Length', value: String(new TextEncoder().encode(body.text).length) },
	];
	const exampleResponse = [
		`HTTP/1.1 ${status} ${REASONS[status]}`,
		...headers.map(({ name, value }) => `${name}: ${value}`),
		'',
		body.text,
	].join('\n');
	return { status, reason: REASONS[status], header, explanation, exampleResponse, rfc: references };
}

const json = (message: string): Body => ({
	type: 'application/json',
	text: JSON.stringify({ message }),
});
const challenge = (value: string): StatusHeader => ({ name: 'WWW-Authenticate', value });

/** Returns null when nothing is wrong, i.e. the request should simply succeed. */
export function chooseStatus(answers: StatusAnswers): StatusChoice | null {
	if (answers.captiveNetwork) {
		return choice(
			511,
			null,
			'The network you are on (a hotel or airport Wi-Fi, say) wants you to sign in before it lets traffic through. It is not the server asking: 511 carries no WWW-Authenticate challenge, only a page that links to the login, and caches must not store it.',
			{
				type: 'text/html; charset=utf-8',
				text: '<html><head><title>Network Authentication Required</title></head><body><p>Please <a href="https://login.example.net/">sign in to the network</a> to get access.</p></body></html>',
				extraHeaders: [{ name: 'Cache-Control', value: 'no-store' }],
			},
			[rfc(6585, '6')],
		);
	}
	if (answers.challengerIsProxy && !(answers.credentialsSent && answers.credentialsValid)) {
		return choice(
			407,
			{ name: 'Proxy-Authenticate', value: 'Basic realm="corporate proxy"' },
			'A proxy between the client and the server wants credentials. It is 401 for proxies: the challenge goes in Proxy-Authenticate and the client answers with Proxy-Authorization, which the proxy consumes.',
			{ type: 'text/plain; charset=utf-8', text: 'Proxy authentication required.' },
			[rfc(9110, '15.5.8'), rfc(9110, '11.7.1')],
		);
	}
	if (!answers.wellFormed) {
		return choice(
			400,
			challenge(
				'Bearer realm="api", error="invalid_request", error_description="The access token was sent in more than one way"',
			),
			'The authentication part of the request is malformed (the token sent in more than one way, a repeated or unsupported parameter), so there is no single credential to judge. Send 400; with Bearer tokens the error code is invalid_request. A token that merely fails to parse is an invalid token and gets a 401 instead, and the rest of the input is validated only once the caller is allowed.',
			json('The access token was sent in more than one way'),
			[rfc(9110, '15.5.1'), rfc(6750, '3.1')],
		);
	}
	if (!answers.credentialsSent) {
		return choice(
			401,
			challenge('Bearer realm="api"'),
			'The client sent no credentials. Send 401 with a challenge saying how to authenticate; because the client simply did not know authentication was needed, the challenge carries no error code.',
			json('Authentication required'),
			[rfc(9110, '15.5.2'), rfc(9110, '11.6.1'), rfc(6750, '3.1')],
		);
	}
	if (!answers.credentialsValid) {
		return choice(
			401,
			challenge(
				'Bearer realm="api", error="invalid_token", error_description="The access token is invalid or has expired"',
			),
			'The client sent credentials but they are wrong, expired or revoked. Send 401 again, with a challenge; for Bearer tokens error="invalid_token" tells the client to get a new token.',
			json('The access token is invalid or has expired'),
			[rfc(9110, '15.5.2'), rfc(9110, '11.6.1'), rfc(6750, '3.1')],
		);
	}
	if (!answers.allowed) {
		if (answers.hideExistence) {
			return choice(
				404,
				null,
				'The client is authenticated but not allowed, and even admitting the resource exists would leak information. An origin server may answer 404 instead of 403 in that case.',
				json('Not found'),
				[rfc(9110, '15.5.5'), rfc(9110, '15.5.4')],
			);
		}
		return choice(
			403,
			challenge('Bearer realm="api", error="insufficient_scope", scope="admin"'),
			'The server knows who the client is, and the answer is no. Sending the same credentials again will not help, which is what separates 403 from 401; with Bearer tokens, insufficient_scope can name the scope that would be needed.',
			json('You do not have permission to access this resource'),
			[rfc(9110, '15.5.4'), rfc(6750, '3.1')],
		);
	}
	return null;
}
