import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import { lineIn, type Problem, type Rule } from '../page.ts';

/**
 * Every "RFC NNNN" a reader sees in the body is the text of a link to a section of that RFC. Headings
 * are exempt: they are plain text in the table of contents, like the title.
 */
export const rfcLink: Rule = {
	name: 'rfc-link',
	check: (pages) =>
		pages.flatMap(({ file, tree }) => {
			const definitions = new Map<string, string>();
			visit(tree, 'definition', (node) => void definitions.set(node.identifier, node.url));
			const targetOf = (node: Nodes) =>
				node.type === 'link'
					? node.url
					: node.type === 'linkReference'
						? (definitions.get(node.identifier) ?? '')
						: undefined;
			const problems: Problem[] = [];
			visitParents(tree, 'text', (text, ancestors) => {
				if (ancestors.some((node) => node.type === 'heading')) return;
				const href = ancestors.map(targetOf).findLast((target) => target !== undefined);
				for (const match of text.value.matchAll(/\bRFC[ \u00a0]?(\d{3,5})\b/g)) {
					const message = citationProblem(match[1] ?? '', href);
					if (message) problems.push({ file: file.path, line: lineIn(text, match.index), message });
				}
			});
			return problems;
		}),
};

/** Why a mention of RFC `number`, linked to `href` or not linked, is no citation of a section. */
function citationProblem(number: string, href: string | undefined): string | undefined {
	const example = `[RFC ${number} §N](https://www.rfc-editor.org/rfc/rfc${number}#section-N)`;
	if (href === undefined)
		return `"RFC ${number}" is not a link: cite the section you rely on as ${example}`;
	const cited = citedRfc(href);
	if (cited === undefined)
		return `the link for "RFC ${number}" does not point at a section: use ${example}`;
	if (cited !== number)
		return `the link text names RFC ${number} but its URL points at RFC ${cited}: make them agree`;
	return undefined;
}

/** The RFC a URL cites at section level (`…/rfc9110#section-11.6.1`), or `undefined`. */
function citedRfc(href: string): string | undefined {
	const match =
		/^https:\/\/(?:www\.)?rfc-editor\.org\/rfc\/rfc(\d+)(?:\.html)?#section-\d/.exec(href) ??
		/^https:\/\/datatracker\.ietf\.org\/doc\/html\/rfc(\d+)#section-\d/.exec(href);
	return match?.[1];
}
