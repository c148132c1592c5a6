/**
 * Scaffolds a content entry that passes the schema and `npm run lint:content` as it is; the writer
 * replaces every "TODO" text before publishing.
 * Usage: npm run new -- <faq|comparison|scheme|guide|tool|troubleshoot> "<title, or the question for faq>"
 * Run from the project root; prints the path of the file it created. Exits 1 on a clash or bad input.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { readContent, type ContentFile } from '../lib/content-files.ts';
import { TOOL_NAMES } from '../lib/tools/registry.ts';
import { sections as routeSections } from '../lib/route-paths.ts';

/** Collection folder of each kind. */
const collections: Record<string, string> = {
	faq: 'faq',
	comparison: 'comparisons',
	scheme: 'schemes',
	guide: 'guides',
	tool: 'tools',
	troubleshoot: 'troubleshoot',
};

/** Guides live at the site root, so no guide may take the path of a section. */
const reservedGuideSlugs: string[] = Object.values(routeSections)
	.map((section) => section.prefix)
	.filter(Boolean);

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

/** Lowercase ASCII words joined by hyphens: "401 vs 403: Which?" → "401-vs-403-which". */
function slugify(title: string): string {
	return title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** The FAQ "title" is its question, which always ends with "?". */
function normaliseTitle(kind: string, title: string): string {
	const trimmed = title.trim().replace(/\s+/g, ' ');
	return kind === 'faq' && !trimmed.endsWith('?') ? `${trimmed}?` : trimmed;
}

/** The schema's length limits, checked here so the scaffold never fails the build. */
function lengthProblem(kind: string, title: string): string | undefined {
	const [min, max] = kind === 'faq' ? [10, 80] : [3, 70];
	return title.length < min || title.length > max
		? `The ${kind === 'faq' ? 'question' : 'title'} must be ${min}-${max} characters; it is ${title.length}.`
		: undefined;
}

function clash(
	files: ContentFile[],
	collection: string,
	title: string,
	slug: string,
): string | undefined {
	const lower = title.toLowerCase();
	const sameTitle = files.find((file) =>
		[file.data['title'], file.data['question']].some(
			(value) => typeof value === 'string' && value.toLowerCase() === lower,
		),
	);
	if (sameTitle)
		return `"${title}" is already the title of ${sameTitle.path}: choose another title.`;
	const taken = files.find((file) => file.collection === collection && file.id === slug);
	if (taken) return `${taken.path} already exists: choose a title with another slug.`;
	if (collection === 'guides' && reservedGuideSlugs.includes(slug)) {
		return `"${slug}" is the path of a site section: choose another title.`;
	}
	return undefined;
}

/** After the last entry of the collection, leaving gaps of 10 for later insertions. */
function nextOrder(files: ContentFile[], collection: string): number {
	const orders = files
		.filter((file) => file.collection === collection)
		.map((file) => file.data['order'])
		.filter((order): order is number => typeof order === 'number');
	return orders.length ? Math.max(...orders) + 10 : 10;
}

function today(): string {
	const now = new Date();
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A unique, obviously unfinished description inside the 50-160 character limit. */
function placeholderDescription(title: string): string {
	const fit = title.length > 99 ? `${title.slice(0, 98)}…` : title;
	return `TODO: summarise "${fit}" in 50-160 characters for search results.`;
}

/** "A vs B" or "A vs B vs C" (anything after a colon ignored) gives the table's columns. */
function comparisonTable(title: string) {
	const parts = (title.split(':')[0] ?? '').split(/\s+vs\.?\s+/i).map((part) => part.trim());
	const parsed = parts.length >= 2 && parts.length <= 3 && parts.every(Boolean);
	const columns = parsed ? parts : ['TODO: first', 'TODO: second'];
	return {
		caption: parsed
			? `${columns.slice(0, -1).join(', ')} compared with ${columns.at(-1)}`
			: 'TODO: caption',
		columns,
		rows: [{ label: 'TODO: aspect', cells: columns.map(() => 'TODO') }],
	};
}

function frontmatter(kind: string, title: string, order: number): Record<string, unknown> {
	const description = placeholderDescription(title);
	const updated = today();
	if (kind === 'faq') {
		const answer = `TODO: answer "${title}" directly in 80-700 characters of plain text, no Markdown: it is the first paragraph and the FAQPage answer.`;
		return { question: title, description, answer, updated, order, related: [] };
	}
	return {
		title,
		description,
		updated,
		order,
		...(kind === 'scheme' ? { scheme: 'TODO' } : {}),
		...(kind === 'comparison' ? { table: comparisonTable(title) } : {}),
		...(kind === 'troubleshoot' ? troubleshootFields() : {}),
	};
}

/** What a troubleshooting page adds: its category, the messages verbatim, the vendor sources. */
function troubleshootFields() {
	return {
		category: 'clients',
		messages: ['TODO: each message exactly as the tool prints it, one per item'],
		sources: [{ label: 'TODO: the vendor page or source file', href: 'https://github.com/' }],
	};
}

/** Section headings per kind; every page ends with its references. */
const sections: Record<string, string[]> = {
	faq: [],
	guide: ['Overview', 'Details'],
	comparison: ['The short answer', 'When to use which'],
	scheme: ['The challenge', 'The credentials', 'Security'],
	tool: ['How to use it', 'How it works'],
	troubleshoot: ['What it means', 'Causes', 'Fixes', 'When it is not a 401', 'Related pages'],
};

function body(kind: string): string {
	const intro =
		kind === 'faq'
			? 'TODO: expand on the answer in 60-300 words in all; add `related` links in the frontmatter.\n'
			: kind === 'tool'
				? `TODO: set \`tool:\` in the frontmatter to ${new Intl.ListFormat('en-GB', { type: 'disjunction' }).format(TOOL_NAMES)}.\n`
				: '';
	const parts = (sections[kind] ?? []).map(
		(heading) => `## ${heading}\n\nTODO: write this section.\n`,
	);
	const references = [
		'## References\n',
		'- [RFC 9110 §11](https://www.rfc-editor.org/rfc/rfc9110#section-11) (TODO: list the sections this page relies on)\n',
	];
	return [intro, ...parts, ...references].filter(Boolean).join('\n');
}

const [kind = '', rawTitle = ''] = process.argv.slice(2);
const collection = collections[kind];
if (!collection || !rawTitle.trim()) {
	fail(
		`Usage: npm run new -- <${Object.keys(collections).join('|')}> "<title, or the question for faq>"`,
	);
}
const title = normaliseTitle(kind, rawTitle);
const slug = slugify(title);
if (!slug) fail(`"${title}" gives an empty slug: use letters or digits in the title.`);
const problem = lengthProblem(kind, title);
if (problem) fail(problem);

const root = process.cwd();
const files = existsSync(join(root, 'content')) ? readContent(root) : [];
const conflict = clash(files, collection, title, slug);
if (conflict) fail(conflict);

// Plain Markdown builds fastest, and places components with directives (CONTRIBUTING.md).
const path = join('content', collection, `${slug}.md`);
const yaml = stringify(frontmatter(kind, title, nextOrder(files, collection)), { lineWidth: 0 });
mkdirSync(join(root, 'content', collection), { recursive: true });
writeFileSync(join(root, path), `---\n${yaml}---\n\n${body(kind)}`);
console.log(path);
