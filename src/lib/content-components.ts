/**
 * The site's components in Markdown. A writer places one with a directive (`:::callout{type="tip"}`
 * … `:::`, or `::status-flow` for one without content); the Markdown pipeline turns it into a
 * placeholder element, and the page renders the component there. Markdown pages so stay out of Vite,
 * where a page with components (an MDX module) costs several times more to build.
 * Plain functions, shared by the build plugin, the page and the content lint.
 */

/** Every component a content page may use, by name, in MDX (`<CodeTabs>`) and in Markdown. */
export const CONTENT_COMPONENTS = [
	'BearerErrors',
	'Callout',
	'CardGrid',
	'ChallengeSequence',
	'CodeTab',
	'CodeTabs',
	'ComparisonTable',
	'FactList',
	'LinkCard',
	'ProxyHeaders',
	'SharedCache',
	'StatusDecision',
	'StatusFlow',
] as const;

export type ContentComponent = (typeof CONTENT_COMPONENTS)[number];

/** The directive that stands for a component: `CodeTabs` is `code-tabs`. */
export const directiveName = (component: string): string =>
	component.replace(/(?<=[a-z0-9])([A-Z])/g, '-$1').toLowerCase();

const byDirective = new Map<string, ContentComponent>(
	CONTENT_COMPONENTS.map((name) => [directiveName(name), name]),
);

/** The component a directive names, or `undefined` when there is none by that name. */
export const componentOf = (directive: string): ContentComponent | undefined =>
	byDirective.get(directive);

/** Components whose props are lists, which a directive's text attributes cannot carry. */
const MDX_ONLY = new Set<ContentComponent>(['FactList']);

/** What is wrong with a directive's name in a Markdown file, if anything. */
export function directiveProblem(name: string): string | undefined {
	const component = componentOf(name);
	if (!component) {
		const known = CONTENT_COMPONENTS.filter((known) => !MDX_ONLY.has(known)).map(directiveName);
		return `"${name}" names no component: use one of ${known.join(', ')}`;
	}
	if (MDX_ONLY.has(component)) {
		return `${component} takes a list, which a directive cannot pass: use it in an .mdx file`;
	}
	return undefined;
}

/** The element the Markdown pipeline leaves where a component goes. */
export const PLACEHOLDER = 'site-component';

/** A stretch of rendered Markdown: plain HTML, or a component with its props and inner HTML. */
export type BodyPart =
	{ html: string } | { component: ContentComponent; props: Record<string, string>; inner: string };

const NAMED: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" };

/** An attribute value as written in the HTML, back to its text. */
const decode = (value: string) =>
	value.replace(
		/&(?:#x([0-9a-f]+)|#(\d+)|(amp|quot|lt|gt|apos));/gi,
		(entity, hex, decimal, name) =>
			hex || decimal
				? String.fromCodePoint(parseInt(hex ?? decimal, hex ? 16 : 10))
				: (NAMED[name.toLowerCase()] ?? entity),
	);

/**
 * Splits rendered Markdown at its top-level placeholders. A placeholder's inner HTML is left
 * whole, to be split again when it is rendered (code tabs hold code tabs).
 */
export function splitBody(html: string): BodyPart[] {
	const tag = new RegExp(
		`<${PLACEHOLDER} data-name="([^"]*)" data-props="([^"]*)">|</${PLACEHOLDER}>`,
		'g',
	);
	const parts: BodyPart[] = [];
	let depth = 0;
	let textStart = 0;
	let open: { name: string; props: string; innerStart: number } | undefined;
	for (const match of html.matchAll(tag)) {
		if (match[1] !== undefined) {
			if (depth === 0) {
				if (match.index > textStart) parts.push({ html: html.slice(textStart, match.index) });
				open = { name: match[1], props: match[2]!, innerStart: match.index + match[0].length };
			}
			depth += 1;
			continue;
		}
		depth -= 1;
		if (depth < 0) throw new Error(`An unmatched </${PLACEHOLDER}> in the rendered Markdown.`);
		if (depth > 0 || !open) continue;
		const component = CONTENT_COMPONENTS.find((name) => name === open!.name);
		if (!component) throw new Error(`No component named ${open.name}.`);
		const props = JSON.parse(decode(open.props)) as Record<string, string>;
		parts.push({ component, props, inner: html.slice(open.innerStart, match.index) });
		textStart = match.index + match[0].length;
	}
	if (depth !== 0) throw new Error(`An unclosed <${PLACEHOLDER}> in the rendered Markdown.`);
	if (textStart < html.length) parts.push({ html: html.slice(textStart) });
	return parts;
}

/** Whether a component appears anywhere in the parts, at any depth. */
export const usesComponent = (parts: BodyPart[], component: ContentComponent): boolean =>
	parts.some(
		(part) =>
			'component' in part &&
			(part.component === component || usesComponent(splitBody(part.inner), component)),
	);
