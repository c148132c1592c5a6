// Browser-side helpers shared by the tools' custom elements. Everything the reader typed reaches the page
// through textContent (via `el`), never as HTML, and nothing here talks to the network or to storage.

import type { Reference } from '../../lib/tools/references.ts';
import { withBase } from '../../lib/url.ts';

type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string>;

/** createElement with attributes and children; strings become text nodes. */
export function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attributes: Attributes | null = null,
	...children: Child[]
): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes ?? {})) element.setAttribute(name, value);
	for (const child of children) if (child) element.append(child);
	return element;
}

/** A link to an RFC section or to a page of this site; anything else stays plain text. */
export function link(href: string, text: string): HTMLElement {
	if (href.startsWith('https://')) return el('a', { href }, text);
	if (href.startsWith('/')) return el('a', { href: withBase(href) }, text);
	return el('span', null, text);
}

/** "See RFC 9110 §11.5, RFC 7617 §2." — or nothing when there is nothing to cite. */
export function references(list: Array<Reference | undefined>): HTMLElement | null {
	const present = list.filter((reference): reference is Reference => reference !== undefined);
	if (present.length === 0) return null;
	const p = el('p', { class: 'tool-refs' }, 'See ');
	present.forEach((reference, i) => {
		if (i > 0) p.append(', ');
		p.append(link(reference.url, reference.label));
	});
	p.append('.');
	return p;
}

export type Severity = 'error' | 'warning' | 'info';
const SEVERITY_LABEL: Record<Severity, string> = {
	error: 'Error',
	warning: 'Warning',
	info: 'Note',
};

/** A list of findings, each with a visible severity word (not colour alone) and its references. */
export function findingList(
	items: Array<{ severity: Severity; message: string; references: Reference[]; code?: string }>,
): HTMLElement {
	return el(
		'ul',
		{ class: 'tool-findings' },
		...items.map((item) =>
			el(
				'li',
				{
					class: `tool-finding tool-${item.severity}`,
					...(item.code ? { 'data-code': item.code } : {}),
				},
				el('span', { class: 'tool-badge' }, SEVERITY_LABEL[item.severity]),
				' ',
				item.message,
				references(item.references),
			),
		),
	);
}

/** Preformatted output that wraps instead of scrolling sideways. */
export function pre(text: string, label?: string): HTMLElement {
	const block = el('pre', { class: 'tool-pre' }, el('code', null, text));
	return label ? el('div', null, el('p', { class: 'tool-label' }, label), block) : block;
}

export type ToolParts = { summary: HTMLElement; result: HTMLElement };

/**
 * Runs a tool's first render in a task of its own: showing the form and building the example's
 * result in one go made a task long enough to block input on a slow phone.
 */
export function renderSoon(render: () => void): void {
	setTimeout(render, 0);
}

/**
 * Runs `update` on every input and on submit (so Enter works) without ever submitting the form
 * anywhere. CSS shows the form and output, and hides the "needs JavaScript" note, from the first
 * frame of a page where scripts run (see src/scripts/head-init.ts). Until this module arrives, the
 * forms' `method="dialog"` makes a submission do nothing, rather than load the page again with
 * what was typed in its address.
 */
export function enhance(form: HTMLFormElement, output: HTMLElement, update: () => void): ToolParts {
	const summary = output.querySelector<HTMLElement>('.tool-summary')!;
	const result = output.querySelector<HTMLElement>('.tool-result')!;
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		update();
	});
	form.addEventListener('input', update);
	form.addEventListener('change', update);
	return { summary, result };
}

/** Replaces the result and the live summary together. */
export function show(parts: ToolParts, summary: string, ...content: Child[]): void {
	if (parts.summary.textContent !== summary) parts.summary.textContent = summary;
	parts.result.replaceChildren(
		...content.filter((child): child is Node | string => Boolean(child)),
	);
}
