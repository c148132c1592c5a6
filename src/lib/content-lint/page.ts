import type { Literal, Root } from 'mdast';
import { markdownToMdast, mdxToMdast } from 'satteri';
import type { ContentFile } from '../content-files.ts';
import { entrySlug, isCollection } from '../route-paths.ts';
import { url } from '../url.ts';

/** A content file as the site's rules read it: its page path and its Markdown tree. */
export interface Page {
	file: ContentFile;
	/** Where the page is on the site (without `base`), such as `/faq/clock-skew/`. */
	path: string;
	/** The tree Sätteri parses for the build; positions are lines of the file, frontmatter included. */
	tree: Root;
}

/** A finding of a site rule, which the registry labels with the rule's name. */
export interface Problem {
	/** Path relative to the project root, such as `content/faq/clock-skew.md`. */
	file: string;
	/** 1-based line in the file (the key's line for frontmatter fields). */
	line: number;
	/** What is wrong and what to do about it. */
	message: string;
}

/** A finding as the command prints it: `file:line: message (rule)`. */
export interface Finding extends Problem {
	/** The site rule's name, or markdownlint's such as `MD001/heading-increment`. */
	rule: string;
}

export interface Rule {
	/** Printed after each finding; also the name of the rule's fixture folder. */
	name: string;
	/** The problems in the content. A rule sees every page, since some compare pages or follow links. */
	check(pages: readonly Page[]): Problem[];
}

/**
 * The features astro.config.mjs gives Sätteri, with the two Astro turns on by default (GFM, smart
 * punctuation), so that the tree and its heading texts are the ones the build renders. Markdown and MDX
 * alike place components with directives.
 */
const features = { directive: true, smartPunctuation: true };

/** The page of a content file; `undefined` outside the collections, which the site does not publish. */
export function readPage(file: ContentFile): Page | undefined {
	if (!isCollection(file.collection)) return undefined;
	const tree = (
		file.path.endsWith('.mdx')
			? mdxToMdast(file.source, { features })
			: markdownToMdast(file.source, { features })
	) as Root;
	return { file, path: url(entrySlug(file.collection, file.id)), tree };
}

/** The line of a match at `index` in a text node's value. */
export function lineIn(node: Literal, index: number): number {
	return (node.position?.start.line ?? 1) + (node.value.slice(0, index).match(/\n/g)?.length ?? 0);
}
