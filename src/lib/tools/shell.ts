// Shell quoting for the commands the tools print, POSIX sh style.

/** Wraps text in single quotes; a single quote inside becomes '\'' (close, escaped quote, reopen). */
export function shellQuote(text: string): string {
	return `'${text.replaceAll("'", `'\\''`)}'`;
}

/** `curl -H 'Authorization: Basic …' https://example.com/`, safe to paste into a POSIX shell. */
export function curlCommand(
	authorization: string,
	url = 'https://example.com/',
	header = 'Authorization',
): string {
	const target = /^[\w:/.?=&%~+-]+$/.test(url) ? url : shellQuote(url);
	return `curl -H ${shellQuote(`${header}: ${authorization}`)} ${target}`;
}
