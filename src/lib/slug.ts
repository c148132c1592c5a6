/**
 * Heading ids exactly as the site's Markdown pipeline makes them (github-slugger): lowercase, drop every
 * character that is not a letter, mark, decimal or letter number, connector (`_`), hyphen or space, then
 * turn each space into a hyphen. Matches github-slugger 2 for every character up to Unicode 13; it is
 * reimplemented here so the command-line checks do not depend on a transitive package.
 */
const removed = /[^\p{L}\p{M}\p{Nd}\p{Nl}\p{Pc} -]/gu;

/** The slug of one heading text, ignoring earlier headings. */
export function slug(text: string): string {
	return text.toLowerCase().replace(removed, '').replace(/ /g, '-');
}

/**
 * A slugger for one page: a repeated slug gets `-1`, `-2`, … like github-slugger, so
 * two "## Example" headings become `#example` and `#example-1`.
 */
export function createSlugger(): (text: string) => string {
	const seen = new Map<string, number>();
	return (text) => {
		const base = slug(text);
		let result = base;
		while (seen.has(result)) {
			const count = (seen.get(base) ?? 0) + 1;
			seen.set(base, count);
			result = `${base}-${count}`;
		}
		seen.set(result, 0);
		return result;
	};
}
