/**
 * What a directive's builder is given and what it returns. The builder's node stays in the
 * Markdown tree (mdast), and the pipeline turns it into the element it carries (`data.hName`,
 * `hProperties`, `hChildren`), so the hast plugins after it see that element like any other.
 */
import type { Element } from 'hast';
import type { Custom, MdastNode } from 'satteri';

/** A node a builder made. */
export type Built = Custom;

/** What a builder gets: the directive's attributes, as declared, and its content. */
export interface DirectiveInput<Required extends string, Optional extends string> {
	attributes: Readonly<Record<Required, string> & Partial<Record<Optional, string>>>;
	children: readonly MdastNode[];
	/** A number unique on the page, from 1, for ids. */
	nextId: () => number;
}

export interface DirectiveSpec<Required extends string = never, Optional extends string = never> {
	/** `markdown`: written around content (`:::name` … `:::`); `none`: a line of its own (`::name`). */
	content: 'markdown' | 'none';
	required?: readonly Required[];
	optional?: readonly Optional[];
	/** The directive it must sit directly inside, if any. */
	inside?: string;
	build(input: DirectiveInput<Required, Optional>): Built;
}

/** Declares a directive, so its builder's attributes get their types from the lists. */
export const defineDirective = <Required extends string = never, Optional extends string = never>(
	spec: DirectiveSpec<Required, Optional>,
) => spec;

const TYPE = 'directiveElement';

/** The element, whole: nothing in it is Markdown. */
export const html = (element: Element): Built => ({
	type: TYPE,
	data: { hName: element.tagName, hProperties: element.properties, hChildren: element.children },
});

/**
 * The element around Markdown content, which the pipeline renders as it renders the rest of the
 * page (code blocks highlighted, tables and links as everywhere).
 */
export const around = (element: Element, children: ReadonlyArray<MdastNode | Built>): Built => ({
	type: TYPE,
	data: { hName: element.tagName, hProperties: element.properties },
	children: [...children],
});

/** Whether a node is the directive `name` (code tabs hold only code tabs, a card grid only cards). */
export const isDirective = (node: MdastNode, name: string): boolean =>
	(node.type === 'containerDirective' || node.type === 'leafDirective') && node.name === name;
