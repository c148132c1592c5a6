// Reads what someone pastes into the challenge inspector: a bare WWW-Authenticate value, one or more
// header lines, or a whole raw response (status line, headers, maybe a body; `curl -i` or `curl -v`
// output). Returns the status, if any, and the challenge field's value with its lines joined by ", ",
// the way RFC 9110 §5.3 combines repeated field lines.

import {
	curlLines,
	fieldValues,
	isCurlVerbose,
	isFieldLine,
	readFields,
	readStartLine,
	splitLines,
} from '../http-auth/http-text.ts';

export type ChallengeField = 'WWW-Authenticate' | 'Proxy-Authenticate';

export type AuthInput = {
	/** Status code from the status line; null when there was none. */
	status: number | null;
	/** The status line as pasted, without a `curl -v` "< " prefix; null when there was none. */
	statusLine: string | null;
	/** Which field the value comes from; a bare value counts as WWW-Authenticate. */
	field: ChallengeField;
	/** The field's lines joined with ", "; null when header lines were pasted but none carries a challenge. */
	value: string | null;
	/** True when the text was header lines or a response rather than a bare value. */
	raw: boolean;
	/** Things worth telling the reader about the input itself, such as a second challenge field that was set aside. */
	notes: string[];
};

export function readAuthInput(text: string): AuthInput {
	// Of a `curl -v` transcript, only the response's lines, without their "< ".
	const pasted = splitLines(text);
	const lines = isCurlVerbose(pasted) ? curlLines(pasted, '<') : pasted;
	const start = lines.findIndex((line) => line.trim() !== '');
	const first = start === -1 ? '' : (lines[start] ?? '').trim();
	const startLine = readStartLine(first);
	const statusLine = startLine?.kind === 'response' ? startLine : null;
	const notes: string[] = [];

	if (!statusLine && !isFieldLine(first)) {
		// A bare value, perhaps wrapped over several lines or with one challenge per line.
		const value = lines
			.map((line) => line.trim())
			.filter((line) => line !== '')
			.join(', ');
		return { status: null, statusLine: null, field: 'WWW-Authenticate', value, raw: false, notes };
	}

	// The body starts after the first empty line, and is not read.
	const { fields } = readFields(lines, start + (statusLine ? 1 : 0));
	const www = fieldValues(fields, 'WWW-Authenticate');
	const proxy = fieldValues(fields, 'Proxy-Authenticate');
	const status = statusLine ? statusLine.status : null;
	const useProxy = proxy.length > 0 && (www.length === 0 || status === 407);
	const chosen = useProxy ? proxy : www;
	const other = useProxy ? www : proxy;
	const field: ChallengeField = useProxy ? 'Proxy-Authenticate' : 'WWW-Authenticate';
	if (chosen.length > 0 && other.length > 0) {
		const otherName: ChallengeField = useProxy ? 'WWW-Authenticate' : 'Proxy-Authenticate';
		notes.push(
			`The response also has ${otherName}; only ${field} is explained here. Paste that field on its own to read it.`,
		);
	}
	if (chosen.length > 1) {
		notes.push(`${chosen.length} ${field} lines were combined into one list, separated by commas.`);
	}
	return {
		status,
		statusLine: statusLine ? first : null,
		field,
		value: chosen.length > 0 ? chosen.filter((value) => value !== '').join(', ') : null,
		raw: true,
		notes,
	};
}
