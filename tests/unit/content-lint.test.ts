import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readContent } from '../../src/lib/content-files.ts';
import { allowedHosts, externalLinkProblem, lintContent } from '../../src/lib/content-lint.ts';
import { createSlugger, slug } from '../../src/lib/slug.ts';

const fixtures = fileURLToPath(new URL('../fixtures/lint/', import.meta.url));

/** What each bad fixture must report, exactly: [file below content/, line, message substring]. */
const expected: Record<string, Array<[string, number, string]>> = {
	'description-length': [
		['faq/long.mdx', 3, 'description is 166 characters: write 50-160'],
		['guides/short.mdx', 3, 'description is 30 characters: write 50-160'],
	],
	'empty-section': [
		['guides/empty.mdx', 9, 'section "Empty sub-section" is empty'],
		['guides/empty.mdx', 15, 'section "Empty at the end" is empty'],
	],
	'external-link-host': [
		['guides/hosts.mdx', 7, 'blog.example.com is not an allowed host'],
		['guides/hosts.mdx', 7, 'uses http: link to the https:// address'],
	],
	'faq-question-mark': [['faq/statement.mdx', 2, 'end the FAQ question with "?"']],
	'heading-levels': [
		['guides/skips.mdx', 11, 'heading skips from h2 to h4: use "###" here'],
		['guides/skips.mdx', 21, 'do not use "#" in the body'],
	],
	'image-alt': [
		['guides/images.mdx', 7, 'image has no alt text'],
		['guides/images.mdx', 9, 'image has no alt text'],
		['guides/images.mdx', 11, 'image has no alt text'],
	],
	'internal-link': [
		['faq/why.mdx', 8, '/other/ has no heading with id "gone"'],
		['guides/index.mdx', 9, 'no page at /gone/'],
		[
			'guides/index.mdx',
			9,
			'/other/ has no heading with id "nowhere": link to one of its headings (only-heading)',
		],
		['guides/index.mdx', 9, '/other lacks the trailing slash: link to /other/'],
		['guides/index.mdx', 10, '/ has no heading with id "missing"'],
		['guides/index.mdx', 10, 'other/ is relative'],
		['guides/index.mdx', 11, '/faq/ has no heading with id "how"'],
		['guides/index.mdx', 13, 'no page at /compare/missing/'],
	],
	'one-source': [
		['comparisons/cache.md', 4, 'lists what lets a shared cache reuse an authenticated response'],
		[
			'comparisons/cache.md',
			18,
			'sets out the 401/403/404 decision, which the site states once in',
		],
		['faq/copy.md', 10, 'maps Bearer error codes to statuses, which the site states once in'],
		['guides/proxy.md', 8, 'place it with ::proxy-headers and write only context around it'],
	],
	'rfc-link': [
		['guides/rfcs.mdx', 9, '"RFC 9110" is not a link'],
		['guides/rfcs.mdx', 11, 'the link for "RFC 7617" does not point at a section'],
		['guides/rfcs.mdx', 13, 'the link text names RFC 6750 but its URL points at RFC 9110'],
	],
	'unique-description': [['guides/first.mdx', 3, 'is also used by content/comparisons/second.mdx']],
	'unique-title': [
		['guides/second.mdx', 2, 'title "The Same Title" is also used by content/guides/first.mdx'],
		['schemes/question.mdx', 2, 'is also used by content/faq/question.mdx'],
	],
};

test('every lint rule has a fixture, and every fixture an expectation', () => {
	const cases = readdirSync(fixtures).filter((name) => name !== 'good');
	assert.deepEqual(cases.sort(), Object.keys(expected).sort());
});

test('the good fixture has no findings', () => {
	assert.deepEqual(lintContent(readContent(join(fixtures, 'good'))), []);
});

for (const [rule, findings] of Object.entries(expected)) {
	test(`${rule}: the fixture reports exactly the expected findings`, () => {
		const actual = lintContent(readContent(join(fixtures, rule)));
		assert.deepEqual(
			actual.map(({ file, line, rule: r }) => [file, line, r]),
			findings.map(([file, line]) => [`content/${file}`, line, rule]),
		);
		findings.forEach(([, , message], index) => {
			const finding = actual[index];
			assert.ok(finding?.message.includes(message), `"${finding?.message}" includes "${message}"`);
		});
	});
}

test('slugs match github-slugger, with -1, -2 for repeated headings', () => {
	assert.equal(slug('The `WWW-Authenticate` header'), 'the-www-authenticate-header');
	assert.equal(slug('CORS preflight and 401'), 'cors-preflight-and-401');
	assert.equal(slug("What's new? (RFC 9110, §11.6.1)"), 'whats-new-rfc-9110-1161');
	assert.equal(slug('Fixes for owners & callers'), 'fixes-for-owners--callers');
	assert.equal(slug('insufficient_scope vs. 403'), 'insufficient_scope-vs-403');
	assert.equal(slug('Émigré Café'), 'émigré-café');
	const next = createSlugger();
	assert.deepEqual(['Example', 'Example', 'example-1', 'Example'].map(next), [
		'example',
		'example-1',
		'example-1-1',
		'example-2',
	]);
});

test('external links: https to an allowed host only', () => {
	assert.ok(allowedHosts.includes('www.rfc-editor.org'));
	assert.equal(externalLinkProblem('https://www.rfc-editor.org/rfc/rfc9110#section-11'), undefined);
	assert.match(externalLinkProblem('http://www.rfc-editor.org/') ?? '', /https/);
	assert.match(externalLinkProblem('https://jwt.io/') ?? '', /not an allowed host/);
});
