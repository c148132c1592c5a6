// Reads what someone pastes into the challenge inspector: a bare WWW-Authenticate value, one or more
// header lines, or a whole raw response (status line, headers, maybe a body; `curl -i` or `curl -v`
// output). Returns the status, if any, and the challenge field's value with its lines joined by ", ",
// the way RFC 9110 §5.3 combines repeated field lines.

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

const STATUS_LINE = /^HTTP\/\d(?:\.\d)?[ \t]+(\d{3})(?:[ \t].*)?$/i;
const HEADER_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)[ \t]*:(.*)$/;

/** Splits pasted text into trimmed lines, dropping `curl -v`'s "< " prefix when the response carries it. */
function linesOf(text: string): string[] {
	const lines = text.split(/\r\n|\r|\n/);
	const verbose = lines.some((line) => /^< HTTP\//i.test(line));
	return verbose
		? lines.filter((line) => line.startsWith('<')).map((line) => line.replace(/^< ?/, ''))
		: lines;
}

export function readAuthInput(text: string): AuthInput {
	const lines = linesOf(text);
	const start = lines.findIndex((line) => line.trim() !== '');
	const first = start === -1 ? '' : (lines[start] ?? '').trim();
	const statusMatch = STATUS_LINE.exec(first);
	const notes: string[] = [];

	if (!statusMatch && !HEADER_LINE.test(first)) {
		// A bare value, perhaps wrapped over several lines or with one challenge per line.
		const value = lines
			.map((line) => line.trim())
			.filter((line) => line !== '')
			.join(', ');
		return { status: null, statusLine: null, field: 'WWW-Authenticate', value, raw: false, notes };
	}

	const fields = { 'www-authenticate': [] as string[], 'proxy-authenticate': [] as string[] };
	let current: string[] | null = null;
	for (const line of lines.slice(start + (statusMatch ? 1 : 0))) {
		if (line.trim() === '') break; // the body starts after the first empty line
		if (/^[ \t]/.test(line)) {
			// obs-fold (RFC 9112 §5.2): a continuation of the previous field line.
			if (current && current.length > 0) {
				current[current.length - 1] = `${current[current.length - 1]} ${line.trim()}`;
			}
			continue;
		}
		const header = HEADER_LINE.exec(line);
		const name = header?.[1]?.toLowerCase();
		current = name === 'www-authenticate' || name === 'proxy-authenticate' ? fields[name] : null;
		current?.push((header?.[2] ?? '').trim());
	}

	const status = statusMatch ? Number(statusMatch[1]) : null;
	const www = fields['www-authenticate'];
	const proxy = fields['proxy-authenticate'];
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
		statusLine: statusMatch ? first : null,
		field,
		value: chosen.length > 0 ? chosen.filter((value) => value !== '').join(', ') : null,
		raw: true,
		notes,
	};
}
