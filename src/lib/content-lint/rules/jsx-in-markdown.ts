import { visit } from 'unist-util-visit';
import { lineIn, type Problem, type Rule } from '../page.ts';

/**
 * A `.md` file places components with directives (`::name`, `:::name` … `:::`): a JSX tag there is raw
 * HTML to the Markdown parser, and would reach the page as an unknown element.
 */
export const jsxInMarkdown: Rule = {
	name: 'jsx-in-markdown',
	check: (pages) =>
		pages
			.filter(({ file }) => file.path.endsWith('.md'))
			.flatMap(({ file, tree }) => {
				const problems: Problem[] = [];
				visit(tree, 'html', (html) => {
					for (const match of html.value.matchAll(/<([A-Z][A-Za-z]*)/g)) {
						problems.push({
							file: file.path,
							line: lineIn(html, match.index),
							message: `<${match[1]}> is MDX: in a .md file write the component as a directive (see "Components and Markdown" in CONTRIBUTING.md)`,
						});
					}
				});
				return problems;
			}),
};
