import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { externalLinkProblem } from '../../src/lib/content-lint/allowed-hosts.ts';
import { lintContent } from '../../src/lib/content-lint/index.ts';
import { rules } from '../../src/lib/content-lint/rules/index.ts';

const fixtures = fileURLToPath(new URL('../fixtures/lint/', import.meta.url));

/**
 * What each fixture project reports, exactly, with every rule run over it: [file below content/, line,
 * rule, message substring]. A folder per site rule, one for the markdownlint rules the config relies on.
 */
const expected: Record<string, Array<[string, number, string, string]>> = {
	'empty-section': [
		['guides/empty.mdx', 9, 'empty-section', 'section "Empty sub-section" is empty'],
		['guides/empty.mdx', 15, 'empty-section', 'section "Empty at the end" is empty'],
	],
	'external-link-host': [
		['guides/hosts.mdx', 7, 'external-link-host', 'blog.example.com is not an allowed host'],
		['guides/hosts.mdx', 7, 'external-link-host', 'uses http: link to the https:// address'],
		['guides/hosts.mdx', 10, 'external-link-host', 'jwt.io is not an allowed host'],
	],
	'internal-link': [
		['faq/why.mdx', 8, 'internal-link', '/other/ has no heading with id "gone"'],
		['guides/index.mdx', 9, 'internal-link', 'no page at /gone/'],
		[
			'guides/index.mdx',
			9,
			'internal-link',
			'/other/ has no heading with id "nowhere": link to one of its headings (only-heading)',
		],
		['guides/index.mdx', 9, 'internal-link', '/other lacks the trailing slash: link to /other/'],
		['guides/index.mdx', 10, 'internal-link', '/ has no heading with id "missing"'],
		['guides/index.mdx', 10, 'internal-link', 'other/ is relative'],
		['guides/index.mdx', 11, 'internal-link', '/faq/ has no heading with id "how"'],
		['guides/index.mdx', 13, 'internal-link', 'no page at /compare/missing/'],
	],
	'jsx-in-markdown': [
		[
			'faq/plain.md',
			10,
			'jsx-in-markdown',
			'<Callout> is MDX: in a .md file write the component as a directive',
		],
		['faq/plain.md', 12, 'jsx-in-markdown', '<StatusFlow> is MDX'],
	],
	markdownlint: [
		['faq/headings.md', 8, 'MD001/heading-increment', 'Expected: h2; Actual: h3'],
		['faq/headings.md', 12, 'MD025/single-title', 'Multiple top-level headings'],
		['guides/code-and-links.md', 9, 'MD040/fenced-code-language', 'should have a language'],
		['guides/code-and-links.md', 19, 'MD034/no-bare-urls', 'Bare URL used'],
		['guides/code-and-links.md', 19, 'MD042/no-empty-links', 'No empty links'],
		['guides/headings.md', 11, 'MD001/heading-increment', 'Expected: h3; Actual: h4'],
		['guides/headings.md', 21, 'MD025/single-title', 'Multiple top-level headings'],
		['guides/images.md', 7, 'MD045/no-alt-text', 'alternate text'],
		['guides/images.md', 9, 'MD045/no-alt-text', 'alternate text'],
	],
	'one-source': [
		[
			'comparisons/cache.md',
			4,
			'one-source',
			'lists what lets a shared cache reuse an authenticated response',
		],
		[
			'comparisons/cache.md',
			18,
			'one-source',
			'sets out the 401/403/404 decision, which the site states once in',
		],
		[
			'faq/copy.md',
			10,
			'one-source',
			'maps Bearer error codes to statuses, which the site states once in',
		],
		[
			'guides/proxy.md',
			8,
			'one-source',
			'place it with ::proxy-headers and write only context around it',
		],
	],
	'rfc-link': [
		['guides/rfcs.mdx', 9, 'rfc-link', '"RFC 9110" is not a link'],
		['guides/rfcs.mdx', 11, 'rfc-link', 'the link for "RFC 7617" does not point at a section'],
		[
			'guides/rfcs.mdx',
			13,
			'rfc-link',
			'the link text names RFC 6750 but its URL points at RFC 9110',
		],
	],
	'unique-description': [
		['guides/first.mdx', 3, 'unique-description', 'is also used by content/comparisons/second.mdx'],
	],
	'unique-title': [
		[
			'guides/second.mdx',
			2,
			'unique-title',
			'title "The Same Title" is also used by content/guides/first.mdx',
		],
		['schemes/question.mdx', 2, 'unique-title', 'is also used by content/faq/question.mdx'],
	],
};

test('every site rule has a fixture folder, and every folder an expectation', () => {
	const folders = readdirSync(fixtures).filter((name) => name !== 'good');
	assert.deepEqual(folders.sort(), Object.keys(expected).sort());
	assert.deepEqual(
		rules.map((rule) => rule.name).sort(),
		folders.filter((name) => name !== 'markdownlint').sort(),
	);
});

test('the good fixture, with every construct the rules must read, has no findings', async () => {
	assert.deepEqual(await lintContent(join(fixtures, 'good')), []);
});

for (const [folder, findings] of Object.entries(expected)) {
	test(`${folder}: the fixture reports exactly the expected findings`, async () => {
		const actual = await lintContent(join(fixtures, folder));
		assert.deepEqual(
			actual.map(({ file, line, rule }) => [file, line, rule]),
			findings.map(([file, line, rule]) => [`content/${file}`, line, rule]),
		);
		findings.forEach(([, , , message], index) => {
			const finding = actual[index];
			assert.ok(finding?.message.includes(message), `"${finding?.message}" includes "${message}"`);
		});
	});
}

test('external links: https to an allowed host only', () => {
	assert.equal(externalLinkProblem('https://www.rfc-editor.org/rfc/rfc9110#section-11'), undefined);
	assert.match(externalLinkProblem('http://www.rfc-editor.org/') ?? '', /https/);
	assert.match(externalLinkProblem('https://jwt.io/') ?? '', /not an allowed host/);
});
