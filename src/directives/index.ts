/**
 * The site's components in Markdown and MDX. A writer places one with a directive: `:::callout{type="tip"}`
 * on a line, the content, then `:::`; or `::bearer-errors` for one without content. The Markdown
 * plugin (src/integrations/markdown-plugins.ts) asks the directive's builder for its HTML, here.
 */
import type { MdastNode } from 'satteri';
import { callout } from './callout.ts';
import { cardGrid, linkCard } from './card-grid.ts';
import { codeTab, codeTabs } from './code-tabs.ts';
import { factList } from './fact-list.ts';
import { bearerErrors, proxyHeaders, sharedCache, statusDecision } from './shared-fact.ts';
import type { Built, DirectiveSpec } from './directive.ts';

/** Every directive, by the name writers use. */
export const DIRECTIVES: Readonly<Record<string, DirectiveSpec<string, string>>> = {
	'bearer-errors': bearerErrors,
	callout,
	'card-grid': cardGrid,
	'code-tab': codeTab,
	'code-tabs': codeTabs,
	'fact-list': factList,
	'link-card': linkCard,
	'proxy-headers': proxyHeaders,
	'shared-cache': sharedCache,
	'status-decision': statusDecision,
};

/** A directive as the Markdown parser gives it: `:::name` around content, or `::name` on a line. */
export type DirectiveNode = Readonly<
	Extract<MdastNode, { type: 'containerDirective' | 'leafDirective' }>
>;

const names = (list: readonly string[]) => list.join(', ');

/**
 * The directive's HTML; `parent` names the directive it sits directly inside. Throws, saying what
 * is wrong and how to write it, if it is misused.
 */
export function buildDirective(
	node: DirectiveNode,
	parent: string | undefined,
	nextId: () => number,
): Built {
	const { name } = node;
	const spec = DIRECTIVES[name];
	if (!spec) {
		throw new Error(`"${name}" names no component: use one of ${names(Object.keys(DIRECTIVES))}`);
	}
	if (spec.content === 'markdown' && node.type === 'leafDirective') {
		throw new Error(
			`${name} goes around content: write :::${name} on a line, the content, then :::`,
		);
	}
	if (spec.content === 'none' && node.type === 'containerDirective') {
		throw new Error(`${name} takes no content: write ::${name} on a line of its own`);
	}
	if (spec.inside && parent !== spec.inside) {
		throw new Error(`${name} goes directly inside a ${spec.inside}`);
	}
	const { required = [], optional = [] } = spec;
	const known = [...required, ...optional];
	const attributes: Record<string, string> = {};
	for (const [key, value] of Object.entries(node.attributes ?? {})) {
		if (!known.includes(key)) {
			const takes = known.length ? `use ${names(known)}` : 'it takes none';
			throw new Error(`${name} has no "${key}" attribute: ${takes}`);
		}
		attributes[key] = value ?? '';
	}
	const missing = required.filter((key) => !attributes[key]);
	if (missing.length) {
		throw new Error(`${name} needs ${missing.map((key) => `${key}="…"`).join(' and ')}`);
	}
	return spec.build({ attributes, children: node.children, nextId });
}
