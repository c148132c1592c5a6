/**
 * The HTML the content pipeline puts around Markdown's code blocks and tables, as hast (the HTML
 * syntax tree the Markdown plugins edit). Plain functions with unit tests, so the plugins in
 * src/integrations/markdown-plugins.ts stay thin.
 */
import type { Element, ElementContent } from 'hast';

const element = (
	tagName: string,
	properties: Element['properties'],
	children: ElementContent[] = [],
): Element => ({ type: 'element', tagName, properties, children });

const text = (value: string): ElementContent => ({ type: 'text', value });

/** Reads `title="…"` (or single quotes) from a code fence's meta string. */
export function fenceTitle(meta: string | undefined): string | undefined {
	return /title=(["'])(.*?)\1/.exec(meta ?? '')?.[2];
}

/** Languages not worth a caption: there is nothing to tell the reader. */
const UNLABELLED = new Set(['plaintext', 'text', 'txt']);

/**
 * A highlighted `<pre>` in a figure: the fence title (or else the language) as its caption, and a
 * copy button that stays hidden until its script runs, so no dead control shows without JavaScript.
 * Search indexes the code, not the caption and button around it.
 */
export function codeFigure(pre: Element, language: string, title?: string): Element {
	const label = title ?? (UNLABELLED.has(language) ? undefined : language);
	const caption = label
		? [
				element(
					'figcaption',
					{
						className: title ? ['code-title'] : ['code-title', 'code-language'],
						dataPagefindIgnore: '',
					},
					[text(label)],
				),
			]
		: [];
	const button = element('button', { type: 'button', className: ['copy-button'] }, [
		text('Copy'),
		element('span', { className: ['sr-only'] }, [text(' code')]),
	]);
	return element('figure', { className: ['code-block'] }, [
		...caption,
		pre,
		element('copy-code', { hidden: true, dataPagefindIgnore: '' }, [button]),
	]);
}

/** Plain text as a code block, as Shiki writes one for `text`: the block's colours, no tokens. */
export const plainPre = (code: string, properties: Element['properties'] = {}): Element =>
	element('pre', { className: ['astro-code'], tabIndex: 0, ...properties }, [
		element('code', {}, [text(code)]),
	]);

/** The box a Markdown table scrolls in on narrow screens, instead of the whole page scrolling. */
export const tableScroll = (): Element =>
	element('section', {
		className: ['table-scroll'],
		tabIndex: 0,
		ariaLabel: 'Table (scrolls sideways on narrow screens)',
	});
