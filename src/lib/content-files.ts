import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, parseDocument, type Document } from 'yaml';

/** One Markdown or MDX file of `content/`, read without Astro, for the command-line checks. */
export interface ContentFile {
	/** Path relative to the project root, such as `content/faq/clock-skew.md`. */
	path: string;
	collection: string;
	/** File name without `.md` or `.mdx`. */
	id: string;
	data: Record<string, unknown>;
	/** The frontmatter as YAML parsed it, which knows where each key is. */
	frontmatter: Document;
	body: string;
	/** The whole file, frontmatter included. */
	source: string;
}

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;
/** The frontmatter's YAML starts after the opening `---` line. */
const YAML_START = '---\n'.length;

/** Reads every `content/<collection>/*.{md,mdx}` file below `root`, sorted by path. */
export function readContent(root: string): ContentFile[] {
	return globSync('content/*/*.{md,mdx}', { cwd: root })
		.sort((a, b) => a.localeCompare(b))
		.map((path) => parseFile(path, readFileSync(join(root, path), 'utf8')));
}

export function parseFile(path: string, source: string): ContentFile {
	const [, collection = '', file = ''] = path.split('/');
	const match = FRONTMATTER.exec(source);
	const frontmatter = parseDocument(match?.[1] ?? '');
	const [error] = frontmatter.errors;
	if (error) throw error;
	return {
		path,
		collection,
		id: file.replace(/\.mdx?$/, ''),
		data: (frontmatter.toJS() ?? {}) as Record<string, unknown>,
		frontmatter,
		body: source.slice(match?.[0].length ?? 0),
		source,
	};
}

/** The 1-based line of a frontmatter key, such as `['related', 2, 'href']`; 1 when the file has none. */
export function frontmatterLine(
	file: ContentFile,
	keyPath: ReadonlyArray<string | number>,
): number {
	const parentPath = keyPath.slice(0, -1);
	const parent = parentPath.length
		? file.frontmatter.getIn(parentPath, true)
		: file.frontmatter.contents;
	const key = keyPath.at(-1);
	const pair = isMap(parent)
		? parent.items.find((item) => isScalar(item.key) && item.key.value === key)
		: undefined;
	const offset = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
	if (offset === undefined) return 1;
	return file.source.slice(0, YAML_START + offset).split('\n').length;
}
