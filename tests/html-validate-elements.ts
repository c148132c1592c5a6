import { defineMetadata } from 'html-validate';

/**
 * The site's custom elements for html-validate. Each wraps plain HTML that works without JavaScript
 * and takes over that HTML once its script defines it, so the content each one needs is required.
 */
const tool = { flow: true, permittedContent: ['@flow'], requiredContent: ['form'] };

export default defineMetadata({
	// The header's search button and the dialog it opens (src/components/Search.astro).
	'site-search': {
		flow: true,
		permittedContent: ['button', 'dialog'],
		requiredContent: ['button', 'dialog'],
	},
	// The header's light/dark button (src/components/ThemeToggle.astro).
	'theme-toggle': {
		flow: true,
		phrasing: true,
		permittedContent: ['button'],
		requiredContent: ['button'],
	},
	// Marks the table of contents' current section (src/components/TableOfContents.astro).
	'toc-highlight': { flow: true, permittedContent: ['@flow'], requiredContent: ['details'] },
	// A code figure's copy button, which copies the figure's <pre> (src/lib/content-elements.ts).
	'copy-code': {
		flow: true,
		permittedParent: ['figure'],
		permittedContent: ['button'],
		requiredContent: ['button'],
	},
	// Code blocks shown one at a time (src/components/mdx/CodeTabs.astro).
	'code-tabs': { flow: true, permittedContent: ['@flow'] },
	// The tools' forms and outputs (src/components/tools/).
	'basic-auth-tool': tool,
	'http-doctor': tool,
	'jwt-inspector': tool,
	'status-chooser': tool,
	'www-authenticate-inspector': tool,
});
