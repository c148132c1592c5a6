import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Problem, Rule } from '../page.ts';

/** A heading has something under it (text, a list, a component or a sub-heading) before the next section. */
export const emptySection: Rule = {
	name: 'empty-section',
	check: (pages) =>
		pages.flatMap(({ file, tree }) => {
			const problems: Problem[] = [];
			visit(tree, 'heading', (heading, index, parent) => {
				const next = parent?.children[(index ?? 0) + 1];
				if (next && !(next.type === 'heading' && next.depth <= heading.depth)) return;
				problems.push({
					file: file.path,
					line: heading.position?.start.line ?? 1,
					message: `section "${toString(heading)}" is empty: write its content or remove the heading`,
				});
			});
			return problems;
		}),
};
