/**
 * Sätteri hast plugins that give Markdown and MDX the same tables and links (code blocks: Shiki's,
 * src/integrations/code-blocks.ts). They do their work at compile time, so no element needs a component at render time: optimised MDX keeps
 * its static parts as HTML strings, and Markdown entries render during content sync, outside Vite.
 */
import { fileURLToPath } from 'node:url';
import {
	defineHastPlugin,
	defineMdastPlugin,
	type HastPluginEntry,
	type MdastNode,
	type MdastVisitorContext,
} from 'satteri';
import { PLACEHOLDER, componentOf, directiveProblem } from '../lib/content-components.ts';
import { tableScroll } from '../lib/content-html.ts';
import { linkWithBase } from '../lib/url.ts';

const scrollingTables = defineHastPlugin({
	name: 'site:scrolling-tables',
	element: { filter: ['table'], visit: (node, ctx) => ctx.wrapNode(node, tableScroll()) },
});

const baseLinks = (base: string) =>
	defineHastPlugin({
		name: 'site:base-links',
		element: {
			filter: ['a'],
			visit(node, ctx) {
				const href = node.properties['href'];
				if (typeof href !== 'string') return;
				const based = linkWithBase(href, base);
				if (based !== href) ctx.setProperty(node, 'href', based);
			},
		},
	});

/** The plugins for `satteri({ hastPlugins })`; `base` is the site's base path. */
export function contentHtml(base: string): HastPluginEntry[] {
	// At the domain root links stay as written, and visiting every link would only cost time.
	return base === '/' ? [scrollingTables] : [scrollingTables, baseLinks(base)];
}

/**
 * Markdown's component directives (`:::callout` … `:::`, `::status-flow`) become placeholders that
 * the page renders as components (src/lib/content-components.ts). An unknown name stops the build.
 */
export const componentDirectives = defineMdastPlugin({
	name: 'site:component-directives',
	// Text directives need their source back (below).
	options: { position: true },
	containerDirective: (node, ctx) => placeComponent(node, ctx),
	leafDirective: (node, ctx) => placeComponent(node, ctx),
	// Inline `:name` would be a text directive, so `user:pass` or `10:30` would vanish from the
	// page. The site has none, so they stay text, exactly as written.
	textDirective(node, ctx) {
		const { start, end } = node.position ?? {};
		if (start?.offset === undefined || end?.offset === undefined) return;
		ctx.replaceNode(node, { type: 'text', value: ctx.source.slice(start.offset, end.offset) });
	},
});

type Directive = Readonly<Extract<MdastNode, { type: 'containerDirective' | 'leafDirective' }>>;

function placeComponent(node: Directive, ctx: MdastVisitorContext): void {
	const problem = directiveProblem(node.name);
	if (problem) {
		const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : 'A Markdown file';
		const line = node.position?.start.line;
		throw new Error(`${file}${line ? `:${line}` : ''}: ${problem}.`);
	}
	const props = JSON.stringify(node.attributes ?? {});
	ctx.setProperty(node, 'data', {
		hName: PLACEHOLDER,
		hProperties: { dataName: componentOf(node.name), dataProps: props },
	});
}
