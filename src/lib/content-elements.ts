/**
 * The HTML the content pipeline puts around Markdown's code blocks and tables, as hast (the HTML
 * syntax tree the Markdown plugins edit). Plain functions with unit tests, so the plugins in
 * src/integrations/markdown-plugins.ts stay thin.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';

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
	return h('figure.code-block', [
		label
			? h(
					'figcaption',
					{
						className: title ? ['code-title'] : ['code-title', 'code-language'],
						dataPagefindIgnore: '',
					},
					label,
				)
			: undefined,
		pre,
		h('copy-code', { hidden: true, dataPagefindIgnore: '' }, [
			h('button', { type: 'button', className: ['copy-button'] }, [
				'Copy',
				h('span.sr-only', ' code'),
			]),
		]),
	]);
}

/** Plain text as a code block, as Shiki writes one for `text`: the block's colours, no tokens. */
export const plainPre = (code: string, properties: Element['properties'] = {}): Element =>
	h('pre.astro-code', { tabIndex: 0, ...properties }, [h('code', code)]);

/** The box a Markdown table scrolls in on narrow screens, instead of the whole page scrolling. */
export const tableScroll = (): Element =>
	h('section.table-scroll', {
		tabIndex: 0,
		ariaLabel: 'Table (scrolls sideways on narrow screens)',
	});
