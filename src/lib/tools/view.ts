// The tools' results as plain data: the same view renders to HTML at build time (the example each
// tool page shows from its first frame) and to DOM nodes in the browser (src/components/tools/client.ts).
// Everything a reader typed stays a string child, so it can only ever become text.

import { withBase } from '../url.ts';
import type { Reference } from '../http-auth/references.ts';
import type { Severity } from '../http-auth/severity.ts';

export type ViewElement = { tag: string; attributes: Record<string, string>; children: ViewNode[] };
export type ViewNode = ViewElement | string;
export type Child = ViewNode | null | undefined | false;

/** What a tool shows: a one-line summary for the live region, and the result below it. */
export type ToolView = { summary: string; content: ViewNode[] };

const present = (children: Child[]) =>
	children.filter((child): child is ViewNode => Boolean(child));

/** An element with attributes and children; falsy children are left out. */
export function el(
	tag: string,
	attributes: Record<string, string> | null = null,
	...children: Child[]
): ViewElement {
	return {
		tag,
		attributes: attributes ?? {},
		children: present(children),
	};
}

export const view = (summary: string, ...content: Child[]): ToolView => ({
	summary,
	content: present(content),
});

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

/** HTML for the build: text and attribute values escaped, no void elements (the views use none). */
export function viewToHtml(nodes: ViewNode | ViewNode[]): string {
	if (Array.isArray(nodes)) return nodes.map(viewToHtml).join('');
	if (typeof nodes === 'string') return escape(nodes);
	const attributes = Object.entries(nodes.attributes)
		.map(([name, value]) => ` ${name}="${escape(value)}"`)
		.join('');
	return `<${nodes.tag}${attributes}>${viewToHtml(nodes.children)}</${nodes.tag}>`;
}

/** A link to an RFC section or to a page of this site; anything else stays plain text. */
export function link(href: string, text: string): ViewElement {
	if (href.startsWith('https://')) return el('a', { href }, text);
	if (href.startsWith('/')) return el('a', { href: withBase(href) }, text);
	return el('span', null, text);
}

/** "See RFC 9110 §11.5, RFC 7617 §2." — or nothing when there is nothing to cite. */
export function references(list: Array<Reference | undefined>): ViewElement | null {
	const cited = list.filter((reference): reference is Reference => reference !== undefined);
	if (cited.length === 0) return null;
	const links = cited.flatMap((reference, i) => [
		...(i > 0 ? [', '] : []),
		link(reference.url, reference.label),
	]);
	return el('p', { class: 'tool-refs' }, 'See ', ...links, '.');
}

/** "1 problem", "2 problems": English plurals the tools need, all with a plain -s. */
export const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export const SEVERITY_LABEL: Record<Severity, string> = {
	error: 'Error',
	warning: 'Warning',
	info: 'Note',
};

/** One finding of a .tool-findings list: a visible severity word (not colour alone), then the rest. */
export function findingItem(severity: Severity, code: string | undefined, ...children: Child[]) {
	return el(
		'li',
		{ class: `tool-finding tool-${severity}`, ...(code ? { 'data-code': code } : {}) },
		el('span', { class: 'tool-badge' }, SEVERITY_LABEL[severity]),
		' ',
		...children,
	);
}

/** A list of findings, each with its references. */
export function findingList(
	items: Array<{ severity: Severity; message: string; references: Reference[]; code?: string }>,
): ViewElement {
	return el(
		'ul',
		{ class: 'tool-findings' },
		...items.map((item) =>
			findingItem(item.severity, item.code, item.message, references(item.references)),
		),
	);
}

/** Preformatted output that wraps instead of scrolling sideways. */
export function pre(text: string, label?: string): ViewElement {
	const block = el('pre', { class: 'tool-pre' }, el('code', null, text));
	return label ? el('div', null, el('p', { class: 'tool-label' }, label), block) : block;
}
