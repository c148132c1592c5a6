/**
 * Proves the content schemas of src/content.config.ts reject each broken fixture of tests/fixtures/schema/
 * with the expected message, and accept the good fixtures and freshly scaffolded entries.
 *
 * The schemas import `astro:content`, which only exists inside Astro, so each case is a throwaway project
 * whose content config re-exports the real one, validated by Astro's own content sync (in-process, about
 * 0.7 s a project: the same parsing and validation a build does, without rendering). Astro stops at the
 * first invalid entry, so every broken fixture gets its own project.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { sync } from 'astro';
import { lintContent } from '../../src/lib/content-lint/index.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const fixtureDir = join(projectRoot, 'tests/fixtures/schema');
/** Fixture file → a substring of the expected error, or `null` when the fixture must pass. */
const expected = JSON.parse(readFileSync(join(fixtureDir, 'expected.json'), 'utf8')) as Record<
	string,
	string | null
>;
const collections = ['guides', 'comparisons', 'schemes', 'faq', 'tools', 'troubleshoot'];
const work = mkdtempSync(join(tmpdir(), 'content-schema-'));
// Astro saves its data store half a second after a sync, failed or not: remove the projects only once
// the process has nothing left to do, or that late write fails in the middle of the next test.
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

/** `faq.answer-too-short.mdx` goes to `content/faq/answer-too-short.mdx`. */
function place(root: string, fixture: string): void {
	const [collection = '', ...rest] = fixture.split('.');
	writeFileSync(
		join(root, 'content', collection, rest.join('.')),
		readFileSync(join(fixtureDir, fixture)),
	);
}

/** An empty project named `name` whose content config is the real one. */
function project(name: string): string {
	const root = join(work, name);
	mkdirSync(join(root, 'src'), { recursive: true });
	// Astro resolves its own virtual modules from the project root.
	symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
	const config = join(projectRoot, 'src/content.config.ts');
	writeFileSync(
		join(root, 'src/content.config.ts'),
		`export { collections } from ${JSON.stringify(config)};\n`,
	);
	for (const collection of collections)
		mkdirSync(join(root, 'content', collection), { recursive: true });
	return root;
}

/** Validates a project's content; caches stay inside it so the real project's caches are untouched. */
const validate = (root: string) =>
	sync({
		root,
		configFile: false,
		logLevel: 'silent',
		integrations: [mdx()],
		cacheDir: join(root, '.cache'),
		vite: { cacheDir: join(root, '.cache/vite'), logLevel: 'silent' },
	});

test('every schema fixture is listed in expected.json', () => {
	const files = readdirSync(fixtureDir).filter((name) => name.endsWith('.mdx'));
	assert.deepEqual(files.sort(), Object.keys(expected).sort());
	for (const file of files)
		assert.ok(collections.includes(file.split('.')[0] ?? ''), `${file}: unknown collection`);
});

test('good fixtures and scaffolds of every kind pass the schema and the lint', async () => {
	const root = project('good');
	for (const [fixture, message] of Object.entries(expected))
		if (message === null) place(root, fixture);
	const cli = join(projectRoot, 'src/cli/new-entry.ts');
	const titles = {
		faq: 'Is a scaffolded question valid',
		comparison: 'Foo vs Bar vs Baz',
		scheme: 'The Scaffold scheme',
		guide: 'A scaffolded guide',
		tool: 'A scaffolded tool',
		troubleshoot: 'A scaffolded CLI says unauthorized',
	};
	for (const [kind, title] of Object.entries(titles))
		execFileSync(process.execPath, [cli, kind, title], { cwd: root });
	await validate(root);
	assert.deepEqual(await lintContent(root), []);
});

for (const [fixture, message] of Object.entries(expected)) {
	if (message === null) continue;
	test(`${fixture} is rejected: ${message}`, async () => {
		const root = project(fixture.replace(/\.mdx$/, ''));
		place(root, fixture);
		const id = fixture.split('.').slice(1, -1).join('.');
		await assert.rejects(validate(root), (error: Error) => {
			// The error names the entry and the field, as a build would; `**` is Astro's bold markup.
			const text = error.message.replaceAll('**', '');
			assert.ok(text.includes(id), `error names the entry "${id}": ${text}`);
			assert.ok(text.includes(message), `error says "${message}": ${text}`);
			return true;
		});
	});
}
