import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { frontmatterLine } from '../../content-files.ts';
import type { Page, Rule } from '../page.ts';

/**
 * Facts the site states once, as data rendered by a component (src/data/). A table that restates
 * one drifts from it, so the rule reports any hand-written table, in the body or as a frontmatter
 * `table`, that matches the shape of one of them.
 */
const SHARED_FACTS: ReadonlyArray<{
	directive: string;
	data: string;
	what: string;
	/** Whether a table's body rows (its caption and column headers left out) restate the fact. */
	matches: (rows: string[]) => boolean;
}> = [
	{
		directive: 'bearer-errors',
		data: 'src/data/bearer-errors.ts',
		what: 'maps Bearer error codes to statuses',
		// Two or more of the codes, each on a row that names a status.
		matches: (rows) =>
			BEARER_CODES.filter((code) =>
				rows.some((row) => row.includes(code) && /(?<![\w.§])40[013](?![\w.])/.test(row)),
			).length >= 2,
	},
	{
		directive: 'status-decision',
		data: 'src/data/status-decision.ts',
		what: 'sets out the 401/403/404 decision',
		// A row of its own for each of 401, 403 and 404: rows that name only that one of them.
		matches: (rows) => {
			const decided = rows.flatMap((row) => {
				const named = ['401', '403', '404'].filter((status) =>
					new RegExp(`(?<![\\w.§])${status}(?![\\w.])`).test(row),
				);
				return named.length === 1 ? named : [];
			});
			return new Set(decided).size === 3;
		},
	},
	{
		directive: 'proxy-headers',
		data: 'src/data/proxy-headers.ts',
		what: 'sets out how far the authentication headers travel',
		matches: (rows) => {
			const text = rows.join('\n');
			return (
				/Proxy-Authenticate|Proxy-Authorization/.test(text) &&
				/WWW-Authenticate|(?<!Proxy-)Authorization/.test(text) &&
				/\bhop\b|end[ -]to[ -]end/i.test(text)
			);
		},
	},
	{
		directive: 'shared-cache',
		data: 'src/data/shared-cache.ts',
		what: 'lists what lets a shared cache reuse an authenticated response',
		matches: (rows) => {
			const text = rows.join('\n');
			return ['must-revalidate', 's-maxage', 'public'].every((directive) =>
				new RegExp(`(?<![\\w-])${directive}(?![\\w-])`).test(text),
			);
		},
	},
];

const BEARER_CODES = ['invalid_request', 'invalid_token', 'insufficient_scope'];

/** Every table on the page as its first line and its body rows, one text line per row. */
function tablesOf({ file, tree }: Page): Array<{ line: number; rows: string[] }> {
	const tables: Array<{ line: number; rows: string[] }> = [];
	const table = file.data['table'] as
		{ rows?: Array<{ label?: unknown; cells?: unknown[] }> } | undefined;
	if (Array.isArray(table?.rows)) {
		const rows = table.rows.map((row) =>
			[row?.label, ...(row?.cells ?? [])].map(String).join(' | '),
		);
		tables.push({ line: frontmatterLine(file, ['table']), rows });
	}
	visit(tree, 'table', (node) => {
		// The first row holds the column headers.
		const rows = node.children
			.slice(1)
			.map((row) => row.children.map((cell) => toString(cell)).join(' | '));
		tables.push({ line: node.position?.start.line ?? 1, rows });
	});
	return tables;
}

export const oneSource: Rule = {
	name: 'one-source',
	check: (pages) =>
		pages.flatMap((page) =>
			tablesOf(page).flatMap(({ line, rows }) =>
				SHARED_FACTS.filter((fact) => fact.matches(rows)).map((fact) => ({
					file: page.file.path,
					line,
					message: `this table ${fact.what}, which the site states once in ${fact.data}: place it with ::${fact.directive} and write only context around it`,
				})),
			),
		),
};
