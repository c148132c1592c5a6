import { h } from 'hastscript';
import { around, defineDirective, html, isDirective } from './directive.ts';

/** `:::card-grid` … `:::`: a grid of link cards, and nothing else. */
export const cardGrid = defineDirective({
	content: 'markdown',
	build({ children }) {
		if (!children.every((child) => isDirective(child, 'link-card'))) {
			throw new Error('card-grid holds only ::link-card lines');
		}
		return around(h('ul.card-grid'), children);
	},
});

/** `::link-card{href="/faq/" title="…" description="…"}`; the site's base path is added to the link like any other. */
export const linkCard = defineDirective({
	content: 'none',
	required: ['href', 'title', 'description'],
	inside: 'card-grid',
	build: ({ attributes: { href, title, description } }) =>
		html(h('li.link-card', [h('a', { href }, title), h('p', description)])),
});
