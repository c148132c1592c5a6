import { h } from 'hastscript';
import type { MdastNode } from 'satteri';
import { around, defineDirective, type Built } from './directive.ts';

const FORM = 'fact-list holds one list, each item the term in bold, a colon and the description';

/** `- **Term**: description` as a term and its description. */
function fact(item: MdastNode): Built {
	const [paragraph, ...more] = item.type === 'listItem' ? item.children : [];
	const [term, ...rest] = paragraph?.type === 'paragraph' ? paragraph.children : [];
	const [first, ...description] = rest;
	if (
		term?.type !== 'strong' ||
		first?.type !== 'text' ||
		!first.value.startsWith(':') ||
		more.length
	) {
		throw new Error(FORM);
	}
	const text = first.value.replace(/^:\s*/, '');
	return around(h('div'), [
		around(h('dt'), term.children),
		around(h('dd'), [...(text ? [{ ...first, value: text }] : []), ...description]),
	]);
}

/** `:::fact-list{label="…"}` around a list of `- **Term**: description`: a box of key facts. */
export const factList = defineDirective({
	content: 'markdown',
	optional: ['label'],
	build({ attributes: { label = 'Key facts' }, children }) {
		const [list, ...more] = children;
		if (list?.type !== 'list' || more.length) throw new Error(FORM);
		return around(h('section.fact-list', { ariaLabel: label }), [
			around(h('dl'), list.children.map(fact)),
		]);
	},
});
