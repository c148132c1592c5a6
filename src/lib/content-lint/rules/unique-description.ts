import type { Rule } from '../page.ts';
import { repeatedField } from '../unique-field.ts';

/** No two pages share a description: it is the meta description search engines show. */
export const uniqueDescription: Rule = {
	name: 'unique-description',
	check: (pages) => repeatedField(pages, () => 'description'),
};
