// Turns what someone pasted or dropped into the 401 doctor into a list of exchanges (a request and
// the response to it): a HAR 1.2 file, the output of `curl -v`, or raw HTTP/1.x messages. Raw text
// is read by http-text.ts, the reader the challenge inspector uses too.

import {
	fieldValues,
	isCurlVerbose,
	readCurlVerbose,
	readHttpMessages,
	splitLines,
	type HeaderField,
	type HttpMessage,
} from './http-text.ts';

export type TranscriptFormat = 'har' | 'curl' | 'http';

export type Exchange = { method: string | null; url: string | null; status: number | null };

/** An exchange with the fields the doctor's rules read. */
export type TranscriptExchange = Exchange & {
	/** The request-target as written (the url itself in a HAR file); null without a request. */
	target: string | null;
	/** The request's fields; null when there is no request (a response pasted on its own). */
	request: HeaderField[] | null;
	/** The response's fields; null when the request got no response. */
	response: HeaderField[] | null;
};

export type Transcript =
	| { ok: true; format: TranscriptFormat; exchanges: TranscriptExchange[] }
	| { ok: false; error: { message: string } };

const ABSOLUTE_URL = /^https?:\/\//i;

const fail = (message: string): Transcript => ({ ok: false, error: { message } });

/** The paste, trimmed and without a byte order mark, and its format. */
export function readPaste(input: string): {
	text: string;
	format: TranscriptFormat;
	lines: string[];
} {
	const text = input
		.trim()
		.replace(/^\uFEFF/, '')
		.trim();
	if (text.startsWith('{')) return { text, format: 'har', lines: [] };
	const lines = splitLines(text);
	return { text, format: isCurlVerbose(lines) ? 'curl' : 'http', lines };
}

export function readTranscript(input: string): Transcript {
	const { text, format, lines } = readPaste(input);
	if (text === '') {
		return fail('Nothing to read: paste the output of curl -v, raw HTTP messages or a HAR file');
	}
	if (format === 'har') return readHar(text);
	const exchanges = format === 'curl' ? pairCurl(lines) : pair(readHttpMessages(lines));
	if (exchanges.length === 0) {
		return fail(
			'No request line (such as GET /path HTTP/1.1) and no status line (such as HTTP/1.1 401 Unauthorized) was found: paste the output of curl -v, a raw request and response, or a HAR file',
		);
	}
	return { ok: true, format, exchanges };
}

// ---------------------------------------------------------------------------------------------
// HAR 1.2 (as Chrome, Firefox and Safari export it): log.entries[], each with request and response.

type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

function readHar(text: string): Transcript {
	let document: unknown;
	try {
		document = JSON.parse(text);
	} catch (error) {
		// The engine's message quotes the input, which may hold a secret: keep only the position.
		const position = /position (\d+)/.exec(String(error))?.[1];
		return fail(
			`The text starts with "{" but is not valid JSON${position === undefined ? '' : ` (the error is at character ${Number(position) + 1})`}, so it cannot be read as a HAR file`,
		);
	}
	const log = isObject(document) ? document['log'] : undefined;
	const entries = isObject(log) ? log['entries'] : undefined;
	if (!Array.isArray(entries)) {
		return fail(
			'This JSON has no log.entries list, so it is not a HAR file: export one from the network panel of the browser’s developer tools ("Save all as HAR")',
		);
	}
	return { ok: true, format: 'har', exchanges: entries.map(harExchange) };
}

function harFields(headers: unknown): HeaderField[] {
	if (!Array.isArray(headers)) return [];
	return headers.flatMap((header) =>
		isObject(header) && typeof header['name'] === 'string' && typeof header['value'] === 'string'
			? [{ name: header['name'], value: header['value'] }]
			: [],
	);
}

function harExchange(entry: unknown): TranscriptExchange {
	const request = isObject(entry) && isObject(entry['request']) ? entry['request'] : null;
	const response = isObject(entry) && isObject(entry['response']) ? entry['response'] : null;
	const method = typeof request?.['method'] === 'string' ? request['method'] : null;
	const url = typeof request?.['url'] === 'string' ? request['url'] : null;
	// Chrome writes status 0 for a request that got no response (blocked, cancelled, failed).
	const code = response?.['status'];
	const status = typeof code === 'number' && Number.isInteger(code) && code >= 100 ? code : null;
	return {
		method,
		url,
		status,
		target: url,
		request: request && harFields(request['headers']),
		response: response && status !== null ? harFields(response['headers']) : null,
	};
}

// ---------------------------------------------------------------------------------------------
// Raw HTTP and curl -v: requests and responses in order, each response answering the request before it.

// 1xx responses other than 101 are interim (RFC 9110 §15.2): the final response follows them.
const isInterim = (status: number) => status >= 100 && status < 200 && status !== 101;

/** Requests and responses paired in order; curl's messages say whether they went over TLS. */
function pair(messages: Array<HttpMessage & { tls?: boolean }>): TranscriptExchange[] {
	const exchanges: TranscriptExchange[] = [];
	let waiting: TranscriptExchange | null = null;
	for (const message of messages) {
		if (message.kind === 'request') {
			waiting = {
				method: message.method,
				url: requestUrl(message),
				status: null,
				target: message.target,
				request: message.fields,
				response: null,
			};
			exchanges.push(waiting);
		} else if (isInterim(message.status)) {
			continue;
		} else if (waiting) {
			waiting.status = message.status;
			waiting.response = message.fields;
			waiting = null;
		} else {
			const { status, fields } = message;
			exchanges.push({
				method: null,
				url: null,
				status,
				target: null,
				request: null,
				response: fields,
			});
		}
	}
	return exchanges;
}

/**
 * A request's url: its target when that is absolute (a request to a proxy), else, for curl, its Host
 * on the connection curl used. A raw request with a path alone has none.
 */
function requestUrl(request: { target: string; fields: HeaderField[]; tls?: boolean }) {
	if (ABSOLUTE_URL.test(request.target)) return request.target;
	const host = fieldValues(request.fields, 'Host')[0];
	if (request.tls === undefined || host === undefined) return null;
	return `${request.tls ? 'https' : 'http'}://${host}${request.target}`;
}

/** curl's exchanges, leaving out a CONNECT to a proxy and its answer, which open a tunnel. */
function pairCurl(lines: string[]): TranscriptExchange[] {
	let tunnel = false;
	return pair(
		readCurlVerbose(lines).filter((message) => {
			if (message.kind === 'request') {
				tunnel = message.method === 'CONNECT';
				return !tunnel;
			}
			if (!tunnel) return true;
			if (!isInterim(message.status)) tunnel = false;
			return false;
		}),
	);
}
