/** `npm run new`: what it writes and what it refuses. Scaffolds passing the schema: content-schema.test.ts. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { lintContent } from '../../src/lib/content-lint/index.ts';

const cli = fileURLToPath(new URL('../../src/cli/new-entry.ts', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'new-entry-'));
after(() => rmSync(root, { recursive: true, force: true }));

mkdirSync(join(root, 'content/faq'), { recursive: true });
writeFileSync(
	join(root, 'content/faq/existing.mdx'),
	[
		'---',
		'question: Is this question taken?',
		'description: An existing FAQ entry, so that new entries can clash with its question and its slug.',
		'answer: Yes. It exists so that the scaffolding command has a question and a slug to refuse, case-insensitively.',
		'updated: 2026-11-27',
		'order: 40',
		'---',
		'',
		'Text.',
		'',
	].join('\n'),
);

const run = (...args: string[]) =>
	spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
const frontmatter = (path: string) =>
	parse(readFileSync(join(root, path), 'utf8').split('---\n')[1] ?? '');

test('an FAQ question gets its "?", a slug, today and the next order', () => {
	const result = run('faq', 'Why is my   token rejected');
	assert.equal(result.status, 0, result.stderr);
	assert.equal(result.stdout.trim(), 'content/faq/why-is-my-token-rejected.md');
	const data = frontmatter('content/faq/why-is-my-token-rejected.md');
	assert.equal(data.question, 'Why is my token rejected?');
	assert.equal(data.order, 50);
	assert.match(String(data.updated), /^\d{4}-\d{2}-\d{2}$/);
});

test('a comparison takes its columns from "A vs B vs C", ignoring a subtitle', () => {
	const result = run('comparison', '400 vs 401 vs 403: which one?');
	assert.equal(result.status, 0, result.stderr);
	const { table } = frontmatter('content/comparisons/400-vs-401-vs-403-which-one.md');
	assert.deepEqual(table.columns, ['400', '401', '403']);
	assert.deepEqual(table.rows[0].cells, ['TODO', 'TODO', 'TODO']);
});

test('a comparison without "vs" gets a two-column placeholder table', () => {
	assert.equal(run('comparison', 'Sessions and tokens').status, 0);
	assert.equal(frontmatter('content/comparisons/sessions-and-tokens.md').table.columns.length, 2);
});

test('the scaffolds pass the lint', async () => {
	assert.deepEqual(await lintContent(root), []);
});

test('refuses an existing title in any case, an existing slug, and bad input', () => {
	const cases: Array<[string[], RegExp]> = [
		[['faq', 'is THIS question taken'], /already the title of content\/faq\/existing\.mdx/],
		[['faq', 'Existing ???'], /content\/faq\/existing\.mdx already exists/],
		[['guide', 'Tools'], /path of a site section/],
		[['guide', 'A'], /must be 3-70 characters/],
		[['page', 'A title'], /Usage: npm run new/],
		[['guide', '!!!'], /empty slug/],
	];
	for (const [args, message] of cases) {
		const result = run(...args);
		assert.equal(result.status, 1, args.join(' '));
		assert.match(result.stderr, message);
	}
});
