/**
 * Editorial checks on the content that the schemas cannot express: lengths and uniqueness across
 * files, heading structure, links that must resolve, images with alt text, RFC citations at section
 * level, external links to primary sources only, and components written the way each format runs
 * them. Pure functions over `ContentFile`s; the command line lives in src/cli/lint-content.ts.
 */
import { TROUBLESHOOT_CATEGORIES } from './troubleshoot-categories.ts';
import type { ContentFile } from './content-files.ts';
import { createSlugger } from './slug.ts';

export interface Finding {
	/** Path relative to the project root, such as `content/faq/clock-skew.md`. */
	file: string;
	/** 1-based line in the file (the key's line for frontmatter fields). */
	line: number;
	rule: string;
	/** What is wrong and what to do about it. */
	message: string;
}

/**
 * Hosts content may link to: standards bodies and primary documentation. The site's end-to-end link
 * check reuses this list, so a host added here is allowed everywhere.
 */
export const allowedHosts: readonly string[] = [
	'www.rfc-editor.org',
	'rfc-editor.org',
	'datatracker.ietf.org',
	'fetch.spec.whatwg.org',
	'html.spec.whatwg.org',
	'developer.mozilla.org',
	'www.w3.org',
	'openid.net',
	'nginx.org',
	'httpd.apache.org',
	'requests.readthedocs.io',
	'docs.python-requests.org',
	'expressjs.com',
	'curl.se',
	'learn.microsoft.com',
	'owasp.org',
	'cheatsheetseries.owasp.org',
	'docs.spring.io',
	'nodejs.org',
	'pkg.go.dev',
	'go.dev',
	'docs.python.org',
	'www.iana.org',
	'github.com',
	'kubernetes.io',
	'docs.djangoproject.com',
	'fastapi.tiangolo.com',
	'flask.palletsprojects.com',
	// mod_wsgi's own manual (WSGIPassAuthorization) and PHP's (PHP_AUTH_USER).
	'modwsgi.readthedocs.io',
	'www.php.net',
	'www.chromium.org',
	'chromium.googlesource.com',
	// Vendors whose messages the troubleshooting pages quote: their own docs and source.
	'websockets.spec.whatwg.org',
	'docs.docker.com',
	'distribution.github.io',
	'docs.npmjs.com',
	'yarnpkg.com',
	'pnpm.io',
	'pip.pypa.io',
	'packaging.python.org',
	'docs.astral.sh',
	'python-poetry.org',
	'git-scm.com',
	'docs.gitlab.com',
	'support.atlassian.com',
	'helm.sh',
	'maven.apache.org',
	'docs.gradle.org',
	'axios-http.com',
	'caddyserver.com',
	'doc.traefik.io',
	'www.envoyproxy.io',
	'istio.io',
	'kubernetes.github.io',
	'fastify.dev',
	'nextjs.org',
	'authjs.dev',
	'www.passportjs.org',
	'www.django-rest-framework.org',
	'guides.rubyonrails.org',
	'api.rubyonrails.org',
	'laravel.com',
	'developer.wordpress.org',
	'grpc.io',
	'grpc.github.io',
	'docs.stripe.com',
	'platform.openai.com',
	'developers.openai.com',
	'modelcontextprotocol.io',
	'www.keycloak.org',
	'docs.aws.amazon.com',
	'cloud.google.com',
	'developers.cloudflare.com',
	'docs.netlify.com',
	'docs.github.com',
	'playwright.dev',
	'astro.build',
	'docs.astro.build',
	'pagefind.app',
];

/** Why an external URL is not acceptable, or `undefined` when it is. */
export function externalLinkProblem(href: string): string | undefined {
	let url: URL;
	try {
		url = new URL(href);
	} catch {
		return `${href} is not a valid URL: fix it`;
	}
	if (url.protocol === 'http:') return `${href} uses http: link to the https:// address`;
	if (!allowedHosts.includes(url.hostname)) {
		return `${url.hostname} is not an allowed host: link to a standard or primary documentation (list in src/lib/content-lint.ts), or put example URLs in \`code\``;
	}
	return undefined;
}

/** Runs every rule over all files; findings come sorted by file and line. */
export function lintContent(files: ContentFile[]): Finding[] {
	const parsed = files.map(parse);
	const pages = pageIds(parsed);
	const findings = [
		...uniqueField(parsed, 'unique-title', titleOf, 'title'),
		...uniqueField(
			parsed,
			'unique-description',
			(parsed) => text(parsed.file.data['description']),
			'description',
		),
		...parsed.flatMap((file) => [
			...descriptionLength(file),
			...faqQuestionMark(file),
			...headingLevels(file),
			...emptySections(file),
			...internalLinks(file, pages),
			...imageAlt(file),
			...rfcLinks(file),
			...externalLinks(file),
			...oneSource(file),
		]),
	];
	return findings.sort(
		(a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule),
	);
}

// ---------------------------------------------------------------------------------------------
// Reading a file: the body with code blanked out, its headings, and where things are.

interface Heading {
	line: number;
	level: number;
	text: string;
	id: string;
}

interface Parsed {
	file: ContentFile;
	/** Site path of the page, such as `/faq/clock-skew/`. */
	path: string;
	/** The body with fenced and inline code replaced by spaces: same length and line breaks. */
	noCode: string;
	/** `noCode` with JSX tags and `{expressions}` blanked too: only the text a reader sees as prose. */
	prose: string;
	headings: Heading[];
}

/** Where each collection's pages live (see src/lib/routes.ts). */
const prefixes: Record<string, string> = {
	guides: '',
	comparisons: 'compare',
	schemes: 'schemes',
	faq: 'faq',
	tools: 'tools',
	troubleshoot: 'troubleshoot',
};

/** The page path of an entry: an `index` id is its collection's root. */
function pagePath(file: ContentFile): string {
	const segments = [
		prefixes[file.collection] ?? file.collection,
		file.id === 'index' ? '' : file.id,
	].filter(Boolean);
	return segments.length ? `/${segments.join('/')}/` : '/';
}

function parse(file: ContentFile): Parsed {
	const noCode = blankInlineCode(blankFences(file.body));
	return {
		file,
		path: pagePath(file),
		noCode,
		prose: blankJsx(noCode),
		headings: headingsOf(file, noCode),
	};
}

const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/** Blanks fenced code blocks, fences included (their info string may hold `title="…"`). */
function blankFences(body: string): string {
	let fence: string | undefined;
	return body
		.split('\n')
		.map((line) => {
			const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
			if (fence === undefined && marker) {
				fence = marker;
				return blank(line);
			}
			if (fence !== undefined) {
				// A closing fence is the same character, at least as long, and nothing after it.
				const closing = new RegExp(`^\\s*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
				if (closing.test(line)) fence = undefined;
				return blank(line);
			}
			return line;
		})
		.join('\n');
}

/** Blanks `inline code` spans; a span may wrap lines but never crosses a blank line. */
function blankInlineCode(text: string): string {
	return text.replace(/(?<!`)(`+)(?!`)(?:[^\n]|\n(?![ \t]*\n))*?(?<!`)\1(?!`)/g, blank);
}

/**
 * Blanks JSX tags (`<LinkCard … />`, `</Callout>`, with their attributes) and `{expressions}`:
 * attribute values and component data are plain-text fields, not prose. Children stay.
 */
function blankJsx(text: string): string {
	let result = '';
	let index = 0;
	while (index < text.length) {
		const char = text[index] ?? '';
		const isTag = char === '<' && /[A-Za-z/]/.test(text[index + 1] ?? '');
		const end = isTag || char === '{' ? jsxEnd(text, index) : index;
		if (end > index) {
			result += blank(text.slice(index, end + 1));
			index = end + 1;
		} else {
			result += char;
			index += 1;
		}
	}
	return result;
}

/** Index of the `>` or `}` that closes the tag or expression starting at `start`, skipping quotes and braces. */
function jsxEnd(text: string, start: number): number {
	const closer = text[start] === '{' ? '}' : '>';
	let depth = 0;
	let quote: string | undefined;
	for (let index = start; index < text.length; index += 1) {
		const char = text[index] ?? '';
		if (quote) {
			if (char === '\\') index += 1;
			else if (char === quote) quote = undefined;
		} else if (char === '/' && text[index + 1] === '*') {
			// A `{/* comment */}` may hold apostrophes that are not quotes.
			const close = text.indexOf('*/', index + 2);
			if (close === -1) return start;
			index = close + 1;
		} else if (`"'\``.includes(char)) {
			quote = char;
		} else if (char === '{') {
			depth += 1;
		} else if (char === '}') {
			depth -= 1;
			if (closer === '}' && depth === 0) return index;
		} else if (char === closer && depth === 0) {
			return index;
		}
	}
	return start;
}

/** The file line of an offset in the body. */
function lineOf(file: ContentFile, text: string, offset: number): number {
	let line = file.bodyLine;
	for (
		let index = text.indexOf('\n');
		index !== -1 && index < offset;
		index = text.indexOf('\n', index + 1)
	) {
		line += 1;
	}
	return line;
}

/** The line of the first frontmatter line matching `pattern` (a key, or a key and value); 1 if none. */
function frontmatterLine(file: ContentFile, pattern: RegExp): number {
	const index = file.source
		.split('\n')
		.slice(0, file.bodyLine - 1)
		.findIndex((line) => pattern.test(line));
	return index + 1 || 1;
}

const keyLine = (file: ContentFile, key: string) => frontmatterLine(file, new RegExp(`^${key}:`));

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const titleOf = (file: Parsed) =>
	text(file.file.data[file.file.collection === 'faq' ? 'question' : 'title']);
const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const headingPattern = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;

/** ATX headings outside code, with the id the Markdown pipeline gives each. */
function headingsOf(file: ContentFile, noCode: string): Heading[] {
	const original = file.body.split('\n');
	const slugger = createSlugger();
	return noCode.split('\n').flatMap((line, index) => {
		const match = headingPattern.exec(line);
		if (!match) return [];
		// The id comes from the original text: inline code counts, but was blanked in `noCode`.
		const raw = headingPattern.exec(original[index] ?? '')?.[2] ?? '';
		const plain = headingText(raw);
		return [
			{
				line: file.bodyLine + index,
				level: match[1]?.length ?? 0,
				text: plain,
				id: slugger(plain),
			},
		];
	});
}

/** The text a heading renders: link and image text kept, Markdown and HTML markup dropped. */
function headingText(raw: string): string {
	return raw
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/<[^>]+>/g, '')
		.split(/(`+[^`]*`+)/)
		.map((part) =>
			part.startsWith('`')
				? part.replace(/^`+ ?| ?`+$/g, '')
				: // Underscores that open or close emphasis vanish; those inside words (snake_case) stay.
					part
						.replace(/\\([!-/:-@[-`{-~])/g, '$1')
						.replace(/(^|[^\p{L}\p{N}])_+|_+(?=[^\p{L}\p{N}]|$)/gu, '$1'),
		)
		.join('')
		.trim();
}

// ---------------------------------------------------------------------------------------------
// Frontmatter rules.

function descriptionLength({ file }: Parsed): Finding[] {
	const description = text(file.data['description']);
	const line = keyLine(file, 'description');
	const finding = (message: string) => [
		{ file: file.path, line, rule: 'description-length', message },
	];
	if (description === undefined) return finding('add a description of 50-160 characters');
	const length = description.length;
	if (length >= 50 && length <= 160) return [];
	return finding(
		`description is ${length} characters: write 50-160 (it is the meta description shown in search results)`,
	);
}

function faqQuestionMark({ file }: Parsed): Finding[] {
	if (file.collection !== 'faq' || text(file.data['question'])?.trim().endsWith('?')) return [];
	const message = 'end the FAQ question with "?"';
	return [{ file: file.path, line: keyLine(file, 'question'), rule: 'faq-question-mark', message }];
}

/** Flags every file whose value repeats one used by an earlier file (compared case-insensitively). */
function uniqueField(
	files: Parsed[],
	rule: string,
	valueOf: (file: Parsed) => string | undefined,
	label: string,
): Finding[] {
	const firstUse = new Map<string, string>();
	return files.flatMap((parsed) => {
		const value = valueOf(parsed);
		if (value === undefined) return [];
		const key = value.trim().toLowerCase();
		const first = firstUse.get(key);
		if (first === undefined) {
			firstUse.set(key, parsed.file.path);
			return [];
		}
		const field = parsed.file.collection === 'faq' && label === 'title' ? 'question' : label;
		const message = `${field} "${value}" is also used by ${first}: make it unique`;
		return [{ file: parsed.file.path, line: keyLine(parsed.file, field), rule, message }];
	});
}

// ---------------------------------------------------------------------------------------------
// Structure rules.

function headingLevels({ file, headings }: Parsed): Finding[] {
	let previous = 1;
	return headings.flatMap((heading) => {
		const before = previous;
		previous = heading.level;
		const finding = (message: string) => [
			{ file: file.path, line: heading.line, rule: 'heading-levels', message },
		];
		if (heading.level === 1)
			return finding('do not use "#" in the body: the title is the h1, start sections at "##"');
		if (heading.level <= before + 1) return [];
		const wanted = '#'.repeat(before + 1);
		return finding(`heading skips from h${before} to h${heading.level}: use "${wanted}" here`);
	});
}

/** A heading with nothing at all (no text, no sub-heading) before the next heading of its level or higher. */
function emptySections({ file, headings }: Parsed): Finding[] {
	const lines = file.body.split('\n');
	return headings.flatMap((heading, index) => {
		const next = headings.slice(index + 1).find((other) => other.level <= heading.level);
		const start = heading.line - file.bodyLine + 1;
		const end = next ? next.line - file.bodyLine : lines.length;
		if (lines.slice(start, end).some((line) => line.trim() !== '')) return [];
		const message = `section "${heading.text}" is empty: write its content or remove the heading`;
		return [{ file: file.path, line: heading.line, rule: 'empty-section', message }];
	});
}

/**
 * Facts the site states once, as data rendered by a component (src/data/). A table that restates
 * one drifts from it, so the rule reports any hand-written table, in the body or as a frontmatter
 * `table`, that matches the shape of one of them.
 */
const SHARED_FACTS: ReadonlyArray<{
	directive: string;
	component: string;
	data: string;
	what: string;
	/** Whether a table's body rows (its caption and column headers left out) restate the fact. */
	matches: (rows: string[]) => boolean;
}> = [
	{
		directive: 'bearer-errors',
		component: 'BearerErrors',
		data: 'src/data/bearer-errors.ts',
		what: 'maps Bearer error codes to statuses',
		// Two or more of the codes, each on a row that names a status.
		matches: (rows) =>
			BEARER_CODES.filter((code) =>
				rows.some((row) => row.includes(code) && /(?<![\w.§])40[013](?![\w.])/.test(row)),
			).length >= 2,
	},
	{
		directive: 'status-decision',
		component: 'StatusDecision',
		data: 'src/data/status-decision.ts',
		what: 'sets out the 401/403/404 decision',
		// A row of its own for each of 401, 403 and 404: rows that name only that one of them.
		matches: (rows) => {
			const decided = rows.flatMap((row) => {
				const named = ['401', '403', '404'].filter((status) =>
					new RegExp(`(?<![\\w.§])${status}(?![\\w.])`).test(row),
				);
				return named.length === 1 ? named : [];
			});
			return new Set(decided).size === 3;
		},
	},
	{
		directive: 'proxy-headers',
		component: 'ProxyHeaders',
		data: 'src/data/proxy-headers.ts',
		what: 'sets out how far the authentication headers travel',
		matches: (rows) => {
			const text = rows.join('\n');
			return (
				/Proxy-Authenticate|Proxy-Authorization/.test(text) &&
				/WWW-Authenticate|(?<!Proxy-)Authorization/.test(text) &&
				/\bhop\b|end[ -]to[ -]end/i.test(text)
			);
		},
	},
	{
		directive: 'shared-cache',
		component: 'SharedCache',
		data: 'src/data/shared-cache.ts',
		what: 'lists what lets a shared cache reuse an authenticated response',
		matches: (rows) => {
			const text = rows.join('\n');
			return ['must-revalidate', 's-maxage', 'public'].every((directive) =>
				new RegExp(`(?<![\\w-])${directive}(?![\\w-])`).test(text),
			);
		},
	},
];

const BEARER_CODES = ['invalid_request', 'invalid_token', 'insufficient_scope'];

/** The Markdown tables outside code blocks: each one's first line and its body rows as text. */
function markdownTables(file: ContentFile): Array<{ line: number; rows: string[] }> {
	const tables: Array<{ line: number; rows: string[] }> = [];
	let current: { line: number; rows: string[] } | undefined;
	const done = () => {
		// The first two lines are the header and the delimiter row.
		if (current) tables.push({ line: current.line, rows: current.rows.slice(2) });
		current = undefined;
	};
	blankFences(file.body)
		.split('\n')
		.forEach((line, index) => {
			if (/^\s*\|/.test(line)) {
				current ??= { line: file.bodyLine + index, rows: [] };
				current.rows.push(line);
				return;
			}
			done();
		});
	done();
	return tables;
}

/** The rows of the frontmatter `table`, one text line each: its label, then its cells. */
function frontmatterTable(file: ContentFile): string[] | undefined {
	const table = file.data['table'] as { rows?: unknown } | undefined;
	if (!table || typeof table !== 'object' || !Array.isArray(table.rows)) return undefined;
	const cells = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
	return (table.rows as Array<Record<string, unknown> | null>).map((row) =>
		[String(row?.['label'] ?? ''), ...cells(row?.['cells'])].join(' | '),
	);
}

function oneSource({ file }: Parsed): Finding[] {
	const mdx = file.path.endsWith('.mdx');
	const front = frontmatterTable(file);
	const tables = [
		...(front ? [{ line: keyLine(file, 'table'), rows: front }] : []),
		...markdownTables(file),
	];
	return tables.flatMap(({ line, rows }) =>
		SHARED_FACTS.filter((fact) => fact.matches(rows)).map((fact) => ({
			file: file.path,
			line,
			rule: 'one-source',
			message: `this table ${fact.what}, which the site states once in ${fact.data}: place it with ${mdx ? `<${fact.component} />` : `::${fact.directive}`} and write only context around it`,
		})),
	);
}

function imageAlt({ file, noCode }: Parsed): Finding[] {
	const markdown = [...noCode.matchAll(/!\[([^\]]*)\]\(/g)].filter((match) => !match[1]?.trim());
	const html = [...noCode.matchAll(/<img\b[^>]*>/g)].filter(
		(match) => !/\balt=(?:"[^"]*\S[^"]*"|'[^']*\S[^']*'|\{[^}]*\S[^}]*\})/.test(match[0]),
	);
	return [...markdown, ...html].map((match) => ({
		file: file.path,
		line: lineOf(file, noCode, match.index),
		rule: 'image-alt',
		message:
			'image has no alt text: describe what it shows (alt="" hides information from screen readers)',
	}));
}

// ---------------------------------------------------------------------------------------------
// Link rules.

interface Link {
	/** Offset of the link text (Markdown) or attribute value (JSX) in the body. */
	offset: number;
	/** Length of the link text; 0 for JSX attributes. */
	textLength: number;
	href: string;
	line: number;
}

/** Markdown `[text](href)` links, not images; the href may hold one level of parentheses. */
const markdownLink =
	/(?<!!)\[((?:[^[\]\n]|\[[^\]\n]*\])*)\]\(\s*<?((?:[^\s()<>]|\([^\s()]*\))*)>?(?:\s+["'][^"']*["'])?\s*\)/g;

function markdownLinks(file: ContentFile, text: string): Link[] {
	return [...text.matchAll(markdownLink)].map((match) => ({
		offset: match.index + 1,
		textLength: match[1]?.length ?? 0,
		href: match[2] ?? '',
		line: lineOf(file, text, match.index),
	}));
}

/** `href="…"` props of components such as LinkCard (and of any HTML `<a>`). */
function hrefProps(file: ContentFile, noCode: string): Link[] {
	return [...noCode.matchAll(/\bhref=(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/g)].map(
		(match) => ({
			offset: match.index,
			textLength: 0,
			href: match[1] ?? match[2] ?? match[3] ?? '',
			line: lineOf(file, noCode, match.index),
		}),
	);
}

/** Frontmatter `related[].href` and `sources[].href` values, at the line of their `href:` key. */
function relatedLinks(file: ContentFile): Link[] {
	const listed = (key: string) =>
		Array.isArray(file.data[key]) ? (file.data[key] as unknown[]) : [];
	return [...listed('related'), ...listed('sources')].flatMap((item) => {
		const href = text((item as Record<string, unknown> | null)?.['href']);
		if (href === undefined) return [];
		const line = frontmatterLine(file, new RegExp(`href:\\s*["']?${escapeRegExp(href)}`));
		return [{ offset: 0, textLength: 0, href, line }];
	});
}

const allLinks = ({ file, noCode }: Parsed) => [
	...markdownLinks(file, noCode),
	...hrefProps(file, noCode),
	...relatedLinks(file),
];

/** Every page path with the element ids it offers to `#anchor` links. */
function pageIds(files: Parsed[]): Map<string, Set<string>> {
	const pages = new Map(
		files.map((file) => [file.path, new Set(file.headings.map((heading) => heading.id))]),
	);
	// The FAQ index is generated, not an entry: it lists each question under an id equal to its slug.
	const questions = files.filter(({ file }) => file.collection === 'faq' && file.id !== 'index');
	pages.set('/faq/', new Set(questions.map(({ file }) => file.id)));
	// The troubleshooting index is generated too: one section per category.
	pages.set('/troubleshoot/', new Set(Object.keys(TROUBLESHOOT_CATEGORIES)));
	return pages;
}

const safeDecode = (value: string) => {
	try {
		return decodeURIComponent(value);
	} catch {
		return value;
	}
};

const isExternal = (href: string) => /^[a-z][a-z0-9+.-]*:/i.test(href);

/** Why an internal link does not resolve, or `undefined` when it does. */
function internalLinkProblem(
	href: string,
	from: string,
	pages: Map<string, Set<string>>,
): string | undefined {
	if (href === '') return 'the link has no target: add one';
	const [beforeHash = '', anchor] = href.split('#', 2);
	const path = beforeHash.replace(/\?.*$/, '');
	if (path && !path.startsWith('/'))
		return `${href} is relative: write a root-relative link such as /${path}`;
	const target = path || from;
	const ids = pages.get(target);
	if (!ids) {
		return pages.has(`${target}/`)
			? `${href} lacks the trailing slash: link to ${target}/`
			: `no page at ${target}: fix the link or add the page`;
	}
	if (anchor === undefined || anchor === '') return undefined;
	const id = safeDecode(anchor);
	if (ids.has(id)) return undefined;
	const known = [...ids].slice(0, 12).join(', ') + (ids.size > 12 ? ', …' : '');
	return `${target} has no heading with id "${id}": link to one of its headings (${known || 'it has none'})`;
}

function internalLinks(parsed: Parsed, pages: Map<string, Set<string>>): Finding[] {
	return allLinks(parsed)
		.filter((link) => !isExternal(link.href) && !link.href.startsWith('//'))
		.flatMap((link) => {
			const message = internalLinkProblem(link.href, parsed.path, pages);
			return message
				? [{ file: parsed.file.path, line: link.line, rule: 'internal-link', message }]
				: [];
		});
}

/** Every http(s) URL outside code: Markdown links, bare URLs, component props and related links. */
function externalLinks({ file, noCode }: Parsed): Finding[] {
	const inBody = [...noCode.matchAll(/\bhttps?:\/\/[^\s<>"'`)\]}]+/gi)].map((match) => ({
		href: match[0].replace(/[.,;:!?]+$/, ''),
		line: lineOf(file, noCode, match.index),
	}));
	const related = relatedLinks(file).filter((link) => /^https?:/i.test(link.href));
	return [...inBody, ...related].flatMap((link) => {
		const message = externalLinkProblem(link.href);
		return message
			? [{ file: file.path, line: link.line, rule: 'external-link-host', message }]
			: [];
	});
}

/** The RFC a URL cites at section level (`…/rfc9110#section-11.6.1`), or `undefined`. */
function citedSection(href: string): string | undefined {
	const match =
		/^https:\/\/(?:www\.)?rfc-editor\.org\/rfc\/rfc(\d+)(?:\.html)?#section-\d/.exec(href) ??
		/^https:\/\/datatracker\.ietf\.org\/doc\/html\/rfc(\d+)#section-\d/.exec(href);
	return match?.[1];
}

/**
 * Every "RFC NNNN" a reader sees in the body must sit in the text of a link to a section of that RFC.
 * Headings are exempt: they are plain text in the table of contents, like the title.
 */
function rfcLinks({ file, prose, headings }: Parsed): Finding[] {
	const links = markdownLinks(file, prose);
	const headingLines = new Set(headings.map((heading) => heading.line));
	return [...prose.matchAll(/\bRFC[ \u00a0]?(\d{3,5})\b/g)].flatMap((match) => {
		const line = lineOf(file, prose, match.index);
		if (headingLines.has(line)) return [];
		const number = match[1] ?? '';
		const link = links.find(
			(l) => match.index >= l.offset && match.index < l.offset + l.textLength,
		);
		const example = `[RFC ${number} §N](https://www.rfc-editor.org/rfc/rfc${number}#section-N)`;
		const finding = (message: string) => [{ file: file.path, line, rule: 'rfc-link', message }];
		if (!link)
			return finding(`"RFC ${number}" is not a link: cite the section you rely on as ${example}`);
		const cited = citedSection(link.href);
		if (cited === undefined) {
			return finding(`the link for "RFC ${number}" does not point at a section: use ${example}`);
		}
		if (cited !== number) {
			return finding(
				`the link text names RFC ${number} but its URL points at RFC ${cited}: make them agree`,
			);
		}
		return [];
	});
}
