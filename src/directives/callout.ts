import { h } from 'hastscript';
import { around, defineDirective, html } from './directive.ts';

const TITLES = { note: 'Note', tip: 'Tip', caution: 'Caution', danger: 'Danger' };
type CalloutType = keyof typeof TITLES;
const isType = (type: string): type is CalloutType => type in TITLES;

/** A box that sets a remark apart: `:::callout{type="tip" title="…"}` … `:::`. */
export const callout = defineDirective({
	content: 'markdown',
	optional: ['type', 'title'],
	build({ attributes: { type = 'note', title }, children }) {
		if (!isType(type)) {
			throw new Error(`callout type "${type}" is none of ${Object.keys(TITLES).join(', ')}`);
		}
		const heading = title ?? TITLES[type];
		return around(h('aside', { className: ['callout', `callout-${type}`], ariaLabel: heading }), [
			html(h('p.callout-title', heading)),
			...children,
		]);
	},
});
