/*
 * Code samples under tabs. Every panel is in the page with its label, which is what a reader
 * without JavaScript sees; src/components/CodeTabs.astro turns the labels into an ARIA tablist.
 */
import { h } from 'hastscript';
import { around, defineDirective, html, isDirective } from './directive.ts';

/** `::::code-tabs{label="…"}` holds `:::code-tab` blocks; the label names the group for assistive technology. */
export const codeTabs = defineDirective({
	content: 'markdown',
	required: ['label'],
	build({ attributes: { label }, children }) {
		if (!children.every((child) => isDirective(child, 'code-tab'))) {
			throw new Error('code-tabs holds only :::code-tab blocks');
		}
		return around(h('code-tabs.code-tabs', { dataLabel: label }), children);
	},
});

/** `:::code-tab{label="curl"}` … `:::`: one tab, named by its label. */
export const codeTab = defineDirective({
	content: 'markdown',
	required: ['label'],
	inside: 'code-tabs',
	build({ attributes: { label }, children, nextId }) {
		const id = `tab-${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${nextId()}`;
		return around(h('div.code-tab', { id, dataTabLabel: label }), [
			html(h('p.code-tab-label', label)),
			...children,
		]);
	},
});
