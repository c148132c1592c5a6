import { externalLinkProblem } from '../allowed-hosts.ts';
import { linksOf } from '../links.ts';
import type { Rule } from '../page.ts';

/** Links to other sites go over https to a standard or a primary source. */
export const externalLinkHost: Rule = {
	name: 'external-link-host',
	check: (pages) =>
		pages.flatMap((page) =>
			linksOf(page)
				.filter((link) => /^https?:/i.test(link.href))
				.flatMap(({ href, line }) => {
					const message = externalLinkProblem(href);
					return message ? [{ file: page.file.path, line, message }] : [];
				}),
		),
};
