import type { Rule } from '../page.ts';
import { repeatedField } from '../unique-field.ts';

/** No two pages share a title (an FAQ's question is its title): it is the h1 and the search result. */
export const uniqueTitle: Rule = {
	name: 'unique-title',
	check: (pages) =>
		repeatedField(pages, ({ file }) => (file.collection === 'faq' ? 'question' : 'title')),
};
