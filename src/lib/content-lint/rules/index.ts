import type { Rule } from '../page.ts';
import { emptySection } from './empty-section.ts';
import { externalLinkHost } from './external-link-host.ts';
import { internalLink } from './internal-link.ts';
import { jsxInMarkdown } from './jsx-in-markdown.ts';
import { oneSource } from './one-source.ts';
import { rfcLink } from './rfc-link.ts';
import { uniqueDescription } from './unique-description.ts';
import { uniqueTitle } from './unique-title.ts';

/**
 * The site's own rules, beside markdownlint's generic ones (.markdownlint-cli2.jsonc). Each has a
 * fixture folder of the same name in tests/fixtures/lint/. What the content schema checks is not here.
 */
export const rules: readonly Rule[] = [
	uniqueTitle,
	uniqueDescription,
	emptySection,
	internalLink,
	externalLinkHost,
	rfcLink,
	oneSource,
	jsxInMarkdown,
];
