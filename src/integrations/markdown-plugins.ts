/**
 * Sätteri plugins that give Markdown and MDX the same components, tables and links (code blocks are
 * Shiki's, src/integrations/code-blocks.ts). They do their work at compile time, so no element needs
 * a component at render time: optimised MDX keeps its static parts as HTML strings, and Markdown
 * entries render during content sync, outside Vite.
 */
import { fileURLToPath } from 'node:url';
import {
	defineHastPlugin,
	defineMdastPlugin,
	type HastPluginEntry,
	type MdastNode,
	type MdastPluginDefinition,
	type MdastVisitorContext,
} from 'satteri';
import { buildDirective, type DirectiveNode } from '../directives/index.ts';
import { tableScroll } from '../lib/content-elements.ts';
import { PAGE_FACTS_KEY, type PageFacts } from '../lib/page-facts.ts';
import { wordsIn } from '../lib/reading-time.ts';
import { linkWithBase } from '../lib/url.ts';

const scrollingTables = defineHastPlugin({
	name: 'site:scrolling-tables',
	element: {
		filter: ['table'],
		visit(node, ctx) {
			// A table kept as data comes in a box of its own (src/directives/comparison-table.ts).
			const parent = ctx.parent(node);
			const classes = parent?.type === 'element' ? parent.properties['className'] : undefined;
			if (Array.isArray(classes) && classes.includes('table-scroll')) return;
			ctx.wrapNode(node, tableScroll());
		},
	},
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
 * Directives (`:::callout` … `:::`, `::bearer-errors`) become the HTML their builders make
 * (src/directives/), in Markdown and MDX alike; an unknown or misused one stops the build. A
 * factory, which Sätteri calls for each file, so that ids count from 1 on every page.
 */
export const contentDirectives = (): MdastPluginDefinition => {
	let lastId = 0;
	const nextId = () => ++lastId;
	return defineMdastPlugin({
		name: 'site:directives',
		// Error messages give the line, and text directives need their source back (below).
		options: { position: true },
		containerDirective: (node, ctx) => placeDirective(node, ctx, nextId),
		leafDirective: (node, ctx) => placeDirective(node, ctx, nextId),
		// Inline `:name` would be a text directive, so `user:pass` or `10:30` would vanish from the
		// page. The site has none, so they stay text, exactly as written.
		textDirective(node, ctx) {
			const { start, end } = node.position ?? {};
			if (start?.offset === undefined || end?.offset === undefined) return;
			ctx.replaceNode(node, { type: 'text', value: ctx.source.slice(start.offset, end.offset) });
		},
	});
};

function placeDirective(node: DirectiveNode, ctx: MdastVisitorContext, nextId: () => number) {
	const parent = ctx.parent(node);
	const parentName = parent?.type === 'containerDirective' ? parent.name : undefined;
	try {
		ctx.replaceNode(node, buildDirective(node, parentName, nextId));
	} catch (error) {
		const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : 'A Markdown file';
		const line = node.position?.start.line;
		throw new Error(`${file}${line ? `:${line}` : ''}: ${(error as Error).message}.`);
	}
}

/**
 * Counts what the page around a body needs to know (src/lib/page-facts.ts): the words in its
 * paragraphs, headings and table cells (not code, not link targets), its code blocks and its
 * directives. It runs before `contentDirectives`, on the body as written.
 */
export const pageFacts = (): MdastPluginDefinition => {
	const facts: PageFacts = { words: 0, hasCode: false, directives: [] };
	const count = (node: Readonly<MdastNode>, ctx: MdastVisitorContext) => {
		facts.words += wordsIn(ctx.textContent(node));
	};
	const note = ({ name }: DirectiveNode) => {
		if (!facts.directives.includes(name)) facts.directives.push(name);
	};
	return defineMdastPlugin({
		name: 'site:page-facts',
		paragraph: count,
		heading: count,
		tableCell: count,
		code() {
			facts.hasCode = true;
		},
		containerDirective: note,
		leafDirective: note,
		// Astro returns what a plugin adds to the frontmatter as the entry's `remarkPluginFrontmatter`.
		after(_root, ctx) {
			if (ctx.data.astro) ctx.data.astro.frontmatter[PAGE_FACTS_KEY] = facts;
		},
	});
};
