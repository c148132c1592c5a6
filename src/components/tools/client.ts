// Browser-side helpers shared by the tools' custom elements. A result is built as a view
// (src/lib/tools/view.ts) and becomes DOM nodes here: what the reader typed only ever reaches the
// page as text nodes, and nothing here talks to the network or to storage.

import { fragmentValue } from '../../lib/tools/fragment.ts';
import type { ToolView, ViewNode } from '../../lib/tools/view.ts';

function toDom(node: ViewNode): Node {
	if (typeof node === 'string') return document.createTextNode(node);
	const element = document.createElement(node.tag);
	for (const [name, value] of Object.entries(node.attributes)) element.setAttribute(name, value);
	element.append(...node.children.map(toDom));
	return element;
}

export type ToolParts = { summary: HTMLElement; result: HTMLElement };

/**
 * Runs `update` on every input and on submit (so Enter works) without ever submitting the form
 * anywhere. The page was built with the example's result in place, and CSS shows the form and
 * output from the first frame (src/scripts/head-init.ts). Until this module arrives, the forms'
 * `method="dialog"` makes a submission do nothing, rather than load the page again with what was
 * typed in its address.
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

/**
 * Whether the reader changed the form before its module arrived. The module loads on the reader's
 * first input, so the typing or tapping that woke it may already be in the form, unseen by `update`.
 */
export function edited(form: HTMLFormElement): boolean {
	return [...form.elements].some((control) =>
		control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')
			? control.checked !== control.defaultChecked
			: (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) &&
				control.value !== control.defaultValue,
	);
}

/** Replaces the result and the live summary together. */
export function show(parts: ToolParts, { summary, content }: ToolView): void {
	if (parts.summary.textContent !== summary) parts.summary.textContent = summary;
	parts.result.replaceChildren(...content.map(toDom));
}

/**
 * A value another tool handed over in the address fragment (`#token=…`), or null. The fragment is
 * then dropped from the address, so the value stays out of the history and of a copied link.
 */
export function takeFragmentValue(name: string): string | null {
	const value = fragmentValue(location.hash, name);
	if (value !== null) history.replaceState(history.state, '', location.pathname + location.search);
	return value;
}
