import { visit } from 'unist-util-visit';
import { frontmatterLine } from '../content-files.ts';
import type { Page } from './page.ts';

export interface Link {
	href: string;
	line: number;
}

/**
 * Every link a reader can follow from a page: Markdown links (bare URLs included, which GFM makes links)
 * and reference definitions, the `href` of components and directives such as LinkCard, and the
 * frontmatter's `related` and `sources`.
 */
export function linksOf({ file, tree }: Page): Link[] {
	const links: Link[] = [];
	const add = (href: unknown, line = 1) => {
		if (typeof href === 'string') links.push({ href, line });
	};
	visit(tree, (node) => {
		const line = node.position?.start.line;
		if (node.type === 'link' || node.type === 'definition') add(node.url, line);
		if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
			const href = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'href');
			add(href?.value, line);
		}
		if (
			node.type === 'leafDirective' ||
			node.type === 'containerDirective' ||
			node.type === 'textDirective'
		) {
			add(node.attributes?.['href'], line);
		}
	});
	for (const key of ['related', 'sources']) {
		const items = file.data[key];
		if (!Array.isArray(items)) continue;
		items.forEach((item: { href?: unknown } | null, index) =>
			add(item?.href, frontmatterLine(file, [key, index, 'href'])),
		);
	}
	return links;
}
