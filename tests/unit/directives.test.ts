// What a writer's directives become on the page, through the site's own Markdown pipeline, and what
// the build says when one is misused.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { SatteriAstroData } from '@astrojs/markdown-satteri';
import { markdownToHtml, mdxToJs } from 'satteri';
import { BEARER_ERRORS } from '../../src/data/bearer-errors.ts';
import { PROXY_HEADERS } from '../../src/data/proxy-headers.ts';
import { SHARED_CACHE } from '../../src/data/shared-cache.ts';
import { STATUS_DECISION } from '../../src/data/status-decision.ts';
import {
	contentDirectives,
	contentHtml,
	pageFacts,
} from '../../src/integrations/markdown-plugins.ts';
import { pageFactsOf } from '../../src/lib/page-facts.ts';

/** What Astro hands the pipeline for each file; plugins add to its frontmatter. */
const astroData = (): SatteriAstroData => ({
	frontmatter: {},
	headings: [],
	localImagePaths: new Set(),
	remoteImagePaths: new Set(),
});

const options = (file: string, base: string) => ({
	features: { directive: true },
	mdastPlugins: [pageFacts, contentDirectives],
	hastPlugins: contentHtml(base),
	fileURL: pathToFileURL(file),
	data: { astro: astroData() },
});

/** Markdown as the build renders it: its HTML, and what it tells the page around it. */
async function render(markdown: string, file = '/site/content/guides/page.md', base = '/') {
	const { html, data } = await markdownToHtml(markdown, options(file, base));
	return { html, facts: pageFactsOf(data.astro?.frontmatter ?? {}) };
}

const html = async (markdown: string) => (await render(markdown)).html.trim();

test('a callout is an aside named by its title, around its Markdown', async () => {
	assert.equal(
		await html(':::callout{type="caution" title="Redact first"}\n\nBody *text*.\n\n:::'),
		'<aside class="callout callout-caution" aria-label="Redact first"><p class="callout-title">Redact first</p><p>Body <em>text</em>.</p></aside>',
	);
	assert.equal(
		await html(':::callout\nA note.\n:::'),
		'<aside class="callout callout-note" aria-label="Note"><p class="callout-title">Note</p><p>A note.</p></aside>',
	);
});

test('code tabs: a labelled panel per tab, ids counted per page, the fence left to the highlighter', async () => {
	const markdown = [
		'::::code-tabs{label="Send it"}',
		':::code-tab{label="curl"}',
		'',
		'```bash',
		'curl -u user:pass https://example.com/',
		'```',
		'',
		':::',
		':::code-tab{label="Python requests"}',
		'',
		'Install it first.',
		'',
		':::',
		'::::',
	].join('\n');
	const page = await html(markdown);
	assert.match(
		page,
		/^<code-tabs class="code-tabs" data-label="Send it"><div class="code-tab" id="tab-curl-1" data-tab-label="curl"><p class="code-tab-label">curl<\/p><pre><code class="language-bash">curl -u user:pass/,
	);
	assert.match(
		page,
		/<div class="code-tab" id="tab-python-requests-2" data-tab-label="Python requests"><p class="code-tab-label">Python requests<\/p><p>Install it first.<\/p><\/div><\/code-tabs>$/,
	);
	// Another page counts from 1 again.
	assert.match(await html(markdown), /id="tab-curl-1"/);
});

test('a card grid is a list of link cards, their links under the base path like any other', async () => {
	const markdown = [
		':::card-grid',
		'::link-card{href="/faq/" title="FAQ" description="Short answers, one per question."}',
		':::',
	].join('\n');
	const card =
		'<li class="link-card"><a href="/faq/">FAQ</a><p>Short answers, one per question.</p></li>';
	assert.equal(await html(markdown), `<ul class="card-grid">${card}</ul>`);
	const { html: based } = await render(markdown, '/site/content/guides/page.md', '/docs/');
	assert.match(based, /<a href="\/docs\/faq\/">FAQ<\/a>/);
});

test('a fact list turns "- **Term**: description" items into terms and descriptions', async () => {
	const markdown = [
		':::fact-list{label="401 at a glance"}',
		'- **Error class**: 4xx client error',
		'- **Required header**: `WWW-Authenticate`, with *one* challenge',
		':::',
	].join('\n');
	assert.equal(
		await html(markdown),
		'<section class="fact-list" aria-label="401 at a glance"><dl>' +
			'<div><dt>Error class</dt><dd>4xx client error</dd></div>' +
			'<div><dt>Required header</dt><dd><code>WWW-Authenticate</code>, with <em>one</em> challenge</dd></div>' +
			'</dl></section>',
	);
	assert.match(await html(':::fact-list\n- **A**: b\n:::'), /aria-label="Key facts"/);
});

test('each fact stated once shows its table in one scrolling box, its notes and its sources', async () => {
	const facts = {
		'bearer-errors': BEARER_ERRORS,
		'status-decision': STATUS_DECISION,
		'proxy-headers': PROXY_HEADERS,
		'shared-cache': SHARED_CACHE,
	};
	for (const [name, fact] of Object.entries(facts)) {
		const page = await html(`::${name}`);
		assert.ok(
			page.startsWith(
				`<div class="shared-fact"><section class="table-scroll" tabindex="0" aria-label="${fact.table.caption}"><table class="comparison-table"><caption>${fact.table.caption}</caption>`,
			),
			name,
		);
		assert.equal(page.match(/class="table-scroll"/g)?.length, 1, `${name}: one box`);
		assert.equal(page.match(/<tr>/g)?.length, fact.table.rows.length + 1, `${name}: rows`);
		assert.equal(page.match(/class="shared-fact-note"/g)?.length, fact.notes.length, name);
		assert.match(
			page,
			/<p class="shared-fact-sources">Sources: <a href="https:\/\/[^"]+">[^<]+<\/a>/,
		);
	}
	assert.match(
		await html('::bearer-errors'),
		/<th scope="row"><code>invalid_token<\/code><\/th><td>401 Unauthorized<\/td>/,
	);
});

test('the same directives work in MDX', async () => {
	const { code } = await mdxToJs(':::callout{type="tip"}\n\nIn *MDX*.\n\n:::\n\n::shared-cache\n', {
		...options('/site/content/guides/page.mdx', '/'),
		optimizeStatic: { component: 'Fragment', prop: 'set:html' },
	});
	assert.match(code, /<aside class=\\"callout callout-tip\\" aria-label=\\"Tip\\">/);
	assert.match(code, /<p>In <em>MDX<\/em>.<\/p><\/aside>/);
	assert.match(code, /<div class=\\"shared-fact\\">/);
});

test('colons in prose stay text: no inline directive eats "user:pass" or "10:30"', async () => {
	const prose = 'Send user:pass at 10:30, scope:read, or urn:ietf:params:oauth.';
	assert.equal(await html(prose), `<p>${prose}</p>`);
});

test('an unknown directive stops the build with the file, the line and the names there are', async () => {
	await assert.rejects(
		render('Intro.\n\n:::callot{type="tip"}\nText\n:::\n', '/site/content/faq/typo.md'),
		{
			message:
				'/site/content/faq/typo.md:3: "callot" names no component: use one of bearer-errors, callout, card-grid, code-tab, code-tabs, fact-list, link-card, proxy-headers, shared-cache, status-decision.',
		},
	);
});

test('a misused directive stops the build, saying how to write it', async () => {
	const cases: Array<[string, string]> = [
		['::callout', 'callout goes around content: write :::callout on a line, the content, then :::'],
		[
			':::bearer-errors\nText\n:::',
			'bearer-errors takes no content: write ::bearer-errors on a line of its own',
		],
		['::::code-tabs\n:::code-tab{label="a"}\nx\n:::\n::::', 'code-tabs needs label="…"'],
		[':::code-tab{label="a"}\nx\n:::', 'code-tab goes directly inside a code-tabs'],
		['::::code-tabs{label="a"}\nLoose text.\n::::', 'code-tabs holds only :::code-tab blocks'],
		[':::callout{typ="tip"}\nx\n:::', 'callout has no "typ" attribute: use type, title'],
		['::status-decision{caption="x"}', 'status-decision has no "caption" attribute: it takes none'],
		[
			':::callout{type="warning"}\nx\n:::',
			'callout type "warning" is none of note, tip, caution, danger',
		],
		[':::card-grid\nA paragraph.\n:::', 'card-grid holds only ::link-card lines'],
		[
			':::fact-list\n- Error class: 4xx\n:::',
			'fact-list holds one list, each item the term in bold, a colon and the description',
		],
	];
	for (const [markdown, message] of cases) {
		await assert.rejects(render(markdown, '/site/content/guides/x.md'), {
			message: `/site/content/guides/x.md:1: ${message}.`,
		});
	}
});

test('the page learns its words, whether it has code, and its directives', async () => {
	const { facts } = await render(
		[
			'## Two words',
			'',
			'Five words, with `inline code`, and [a link](https://example.com/long/target/).',
			'',
			'| One | Two |',
			'| --- | --- |',
			'| three | four |',
			'',
			'```bash',
			'curl these words do not count',
			'```',
			'',
			':::callout',
			'Three more words.',
			':::',
			'',
			'::bearer-errors',
		].join('\n'),
	);
	assert.deepEqual(facts, {
		words: 2 + 8 + 4 + 3,
		hasCode: true,
		directives: ['callout', 'bearer-errors'],
	});
	assert.deepEqual((await render('Just prose.')).facts, {
		words: 2,
		hasCode: false,
		directives: [],
	});
});
