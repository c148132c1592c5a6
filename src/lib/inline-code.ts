export type InlinePart = { code: boolean; text: string };

/**
 * Splits a table cell written in plain text with `backticks` into text and code parts, so data in
 * frontmatter can show header names as code without allowing arbitrary HTML.
 */
export function splitInlineCode(text: string): InlinePart[] {
	return text
		.split(/(`[^`]+`)/)
		.filter((part) => part !== '')
		.map((part) =>
			part.startsWith('`') && part.endsWith('`') && part.length > 1
				? { code: true, text: part.slice(1, -1) }
				: { code: false, text: part },
		);
}
