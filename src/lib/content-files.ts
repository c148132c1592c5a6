import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** One Markdown or MDX file of `content/`, read without Astro, for the command-line checks. */
export interface ContentFile {
	/** Path relative to the project root, such as `content/faq/clock-skew.md`. */
	path: string;
	collection: string;
	/** File name without `.md` or `.mdx`. */
	id: string;
	data: Record<string, unknown>;
	body: string;
	/** Line number in the file where the body starts, so findings can point at real lines. */
	bodyLine: number;
	source: string;
}

/** Content files end in `.md`, or `.mdx` where a component needs a list or object prop. */
export const CONTENT_FILE = /\.mdx?$/;

/** Reads every `content/<collection>/*.{md,mdx}` file below `root`, sorted by path. */
export function readContent(root: string): ContentFile[] {
	const base = join(root, 'content');
	return readdirSync(base, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.flatMap((dir) =>
			readdirSync(join(base, dir.name))
				.filter((name) => CONTENT_FILE.test(name))
				.map((name) =>
					parseFile(
						`content/${dir.name}/${name}`,
						readFileSync(join(base, dir.name, name), 'utf8'),
					),
				),
		)
		.sort((a, b) => a.path.localeCompare(b.path));
}

export function parseFile(path: string, source: string): ContentFile {
	const [, collection = '', file = ''] = path.split('/');
	const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
	const data = match ? ((parse(match[1] ?? '') ?? {}) as Record<string, unknown>) : {};
	const frontmatter = match?.[0] ?? '';
	return {
		path,
		collection,
		id: file.replace(CONTENT_FILE, ''),
		data,
		body: source.slice(frontmatter.length),
		bodyLine: frontmatter.split('\n').length,
		source,
	};
}
