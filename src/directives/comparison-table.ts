/**
 * A table kept as data (a page's frontmatter `table`, a shared fact's table), drawn one way
 * wherever it appears: in its own scrolling box, named by its caption.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { splitInlineCode } from '../lib/inline-code.ts';
import type { TableData } from '../lib/table.ts';

/** Plain text in which `backticks` make code. */
export const withInlineCode = (text: string): ElementContent[] =>
	splitInlineCode(text).map((part) =>
		part.code ? h('code', part.text) : { type: 'text', value: part.text },
	);

export const comparisonTable = ({ caption, columns, rows }: TableData): Element =>
	h('section.table-scroll', { tabIndex: 0, ariaLabel: caption }, [
		h('table.comparison-table', [
			h('caption', caption),
			h('thead', [
				h('tr', [
					h('td'),
					...columns.map((column) => h('th', { scope: 'col' }, withInlineCode(column))),
				]),
			]),
			h(
				'tbody',
				rows.map((row) =>
					h('tr', [
						h('th', { scope: 'row' }, withInlineCode(row.label)),
						...row.cells.map((cell) => h('td', withInlineCode(cell))),
					]),
				),
			),
		]),
	]);
