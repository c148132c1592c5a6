// Reads HTTP/1.x messages as people paste them: raw requests and responses (RFC 9112 §2.1: a start
// line, field lines, an empty line, a body), and the transcript `curl -v` prints, where request
// lines start with "> ", response lines with "< " and curl's own notes with "* ". The challenge
// inspector and the 401 doctor both read pasted text through this module.
//
// Every pattern is anchored at the start of one line and its parts cannot overlap, so a hostile
// line costs time linear in its length.

export type HeaderField = { name: string; value: string };

export type StartLine =
	| { kind: 'request'; method: string; target: string }
	| { kind: 'response'; status: number; line: string };

export type HttpMessage = StartLine & { fields: HeaderField[] };

/** A token (RFC 9110 §5.6.2): field names, methods, auth-schemes and parameter names. */
export const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
// RFC 9112 §3: method SP request-target SP HTTP-version. HTTP/2 and /3 are accepted as curl prints them.
const REQUEST_LINE = new RegExp(`^(${TOKEN}) +(\\S+) +HTTP\\/\\d(?:\\.\\d)?$`);
// RFC 9112 §4: HTTP-version SP status-code SP [ reason-phrase ]; curl prints "HTTP/2 401".
const STATUS_LINE = /^HTTP\/\d(?:\.\d)?[ \t]+(\d{3})(?:[ \t].*)?$/i;
const FIELD_LINE = new RegExp(`^(${TOKEN})[ \\t]*:(.*)$`);

export function splitLines(text: string): string[] {
	return text.split(/\r\n|\r|\n/);
}

/** The request or status line a line holds, or null. Trailing whitespace is ignored. */
export function readStartLine(line: string): StartLine | null {
	const text = line.trimEnd();
	const status = STATUS_LINE.exec(text);
	if (status) return { kind: 'response', status: Number(status[1]), line: text };
	const request = REQUEST_LINE.exec(text);
	return request ? { kind: 'request', method: request[1]!, target: request[2]! } : null;
}

export function isFieldLine(line: string): boolean {
	return FIELD_LINE.test(line);
}

/**
 * The field lines from `start` up to the empty line that ends them (or a start line, when a paste
 * left the empty line out). Continuation lines (obs-fold, RFC 9112 §5.2) join the field before
 * them; other lines are skipped. `end` is the index of the line that stopped the block.
 */
export function readFields(lines: string[], start: number): { fields: HeaderField[]; end: number } {
	// Each field's value in parts, joined once at the end: folding never copies a growing string.
	const parts: Array<{ name: string; values: string[] }> = [];
	let index = start;
	for (; index < lines.length; index++) {
		const line = lines[index]!;
		if (line.trim() === '' || readStartLine(line) !== null) break;
		if (/^[ \t]/.test(line)) {
			parts.at(-1)?.values.push(line.trim());
			continue;
		}
		const field = FIELD_LINE.exec(line);
		if (field) parts.push({ name: field[1]!, values: [field[2]!.trim()] });
	}
	const fields = parts.map(({ name, values }) => ({
		name,
		value: values.filter((value) => value !== '').join(' '),
	}));
	return { fields, end: index };
}

/** The values of every field line with this name, compared case-insensitively (RFC 9110 §5.1). */
export function fieldValues(fields: readonly HeaderField[], name: string): string[] {
	const wanted = name.toLowerCase();
	return fields.filter((field) => field.name.toLowerCase() === wanted).map((field) => field.value);
}

/** One field's lines combined with ", " as RFC 9110 §5.3 allows; null when the field is absent. */
export function fieldValue(fields: readonly HeaderField[], name: string): string | null {
	const values = fieldValues(fields, name);
	return values.length === 0 ? null : values.join(', ');
}

/**
 * Raw HTTP messages: each starts at a request or status line; its field lines follow up to an empty
 * line; whatever comes next, up to the next start line, is a body and is not read.
 */
export function readHttpMessages(lines: string[]): HttpMessage[] {
	const messages: HttpMessage[] = [];
	let index = 0;
	while (index < lines.length) {
		const start = readStartLine(lines[index]!);
		if (start === null) {
			index++;
			continue;
		}
		const { fields, end } = readFields(lines, index + 1);
		messages.push({ ...start, fields });
		index = end;
	}
	return messages;
}

/** The start line a `curl -v` line holds: a request line after "> ", a status line after "< ". */
function curlStartLine(line: string): StartLine | null {
	const start = /^[<>] /.test(line) ? readStartLine(line.slice(2)) : null;
	return start && (line[0] === '>') === (start.kind === 'request') ? start : null;
}

/** True when the text is `curl -v` output: a request line after "> " or a status line after "< ". */
export function isCurlVerbose(lines: string[]): boolean {
	return lines.some((line) => curlStartLine(line) !== null);
}

/** The lines curl prefixed with `mark` ('>' sent, '<' received), without the prefix. */
export function curlLines(lines: string[], mark: '>' | '<'): string[] {
	return lines
		.filter((line) => line.startsWith(`${mark} `) || line.trim() === mark)
		.map((line) => line.slice(2));
}

/**
 * The messages of a `curl -v` transcript, in order, each with whether it went over TLS: a
 * "* Connected to … port N" line opens a connection, and a later "* SSL connection using …" or
 * "* TLS…" line (or port 443) marks it as TLS. Lines of other kinds (bodies, curl's
 * "{ [5 bytes data]") are skipped.
 */
export function readCurlVerbose(lines: string[]): Array<HttpMessage & { tls: boolean }> {
	const messages: Array<HttpMessage & { tls: boolean }> = [];
	let tls: boolean | null = null; // null until curl reports a connection
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index]!;
		if (line.startsWith('* Connected to ')) tls = /\bport 443\b/.test(line);
		else if (tls !== null && /^\* (?:SSL connection using |TLS)/.test(line)) tls = true;
		const start = curlStartLine(line);
		if (!start) continue;
		// The message's own lines: those with the same prefix, up to curl's lone ">" or "<".
		const own: string[] = [];
		const mark = line[0]!;
		while (lines[index + 1]?.startsWith(`${mark} `) && lines[index + 1]!.trim() !== mark) {
			own.push(lines[++index]!.slice(2));
		}
		messages.push({ ...start, fields: readFields(own, 0).fields, tls: tls === true });
	}
	return messages;
}
