import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { readContent } from '../../src/lib/content-files.ts';
import { decodeCbor } from '../../src/lib/search/cbor.ts';
import { excerptOf, resultOf, underRoot, type ExcerptPart } from '../../src/lib/search/excerpt.ts';
import {
	chunksFor,
	readChunk,
	readFragment,
	readMeta,
	unwrap,
	type IndexMeta,
	type WordIndex,
} from '../../src/lib/search/pagefind-index.ts';
import { queryStems, rankPages } from '../../src/lib/search/rank.ts';

const page = (title: string, body: string, kind = 'guide') =>
	`<!doctype html><html lang="en"><head><title>${title}</title></head><body>
	<nav>Navigation words are not indexed: zebra</nav>
	<article data-pagefind-body data-pagefind-filter="kind:${kind}"><h1 data-pagefind-meta="title">${title}</h1>${body}</article>
	</body></html>`;

const PAGES: Record<string, string> = {
	'basic/index.html': page(
		'The Basic scheme',
		`<p>Basic sends a user-id and password.</p>
		<h2 id="example">The example</h2><p>RFC 7617 uses the user Aladdin with the password open sesame.</p>
		<h2 id="charset">Character encoding</h2><p>The charset parameter asks for UTF-8, so José and björn work.</p>`,
		'scheme',
	),
	'bearer/index.html': page(
		'The Bearer scheme',
		`<p>Bearer tokens are sent in the Authorization header; a WWW-Authenticate challenge names the realm.</p>
		<h2 id="errors">Errors</h2><p>An expired token gets invalid_token. Authentication failed.</p>`,
		'scheme',
	),
	'faq/index.html': page(
		'Questions',
		`<h2 id="aladdin">Who is Aladdin?</h2><p>The example user of the Basic scheme in RFC 7617, paired with a Bearer aside.</p>`,
		'faq',
	),
};

interface Built {
	meta: IndexMeta;
	words: WordIndex;
	fragment(page: number): ReturnType<typeof readFragment>;
}

/** Builds a real Pagefind index in memory, as the site's build does, and reads every file of it. */
async function buildIndex(files: Record<string, string>): Promise<Built> {
	const { index } = await pagefind.createIndex({ includeCharacters: '-_' });
	assert.ok(index);
	for (const [sourcePath, content] of Object.entries(files))
		await index.addHTMLFile({ sourcePath, content });
	const { files: written } = await index.getFiles();
	const read = (pattern: RegExp) =>
		written.filter((file) => pattern.test(file.path)).map((file) => gunzipSync(file.content));
	const meta = readMeta(read(/\.pf_meta$/)[0]!);
	const words: WordIndex = new Map();
	for (const chunk of read(/\.pf_index$/)) readChunk(chunk, words);
	return { meta, words, fragment: (number) => fragmentByHash(written, meta.pages[number]!.hash) };
}

function fragmentByHash(files: Array<{ path: string; content: Uint8Array }>, hash: string) {
	const file = files.find((candidate) => candidate.path.endsWith(`${hash}.pf_fragment`));
	assert.ok(file, `fragment ${hash}`);
	return readFragment(gunzipSync(file.content));
}

const text = (parts: ExcerptPart[]) => parts.map((part) => part.text).join('');
const marked = (parts: ExcerptPart[]) => parts.filter((part) => part.mark).map((part) => part.text);

describe('CBOR', () => {
	test('reads integers, strings, arrays, maps and indefinite arrays', () => {
		// [0, 23, 24, 500, -1, -25, "a", h'01', {"k": true}, [_ 1, null]]
		const bytes = Uint8Array.from([
			0x8a, 0x00, 0x17, 0x18, 0x18, 0x19, 0x01, 0xf4, 0x20, 0x38, 0x18, 0x61, 0x61, 0x41, 0x01,
			0xa1, 0x61, 0x6b, 0xf5, 0x9f, 0x01, 0xf6, 0xff,
		]);
		assert.deepEqual(decodeCbor(bytes), [
			0,
			23,
			24,
			500,
			-1,
			-25,
			'a',
			Uint8Array.from([1]),
			{ k: true },
			[1, null],
		]);
	});

	test('rejects truncated data instead of reading past it', () => {
		assert.throws(() => decodeCbor(Uint8Array.from([0x82, 0x01])), /end of data/);
		assert.throws(() => decodeCbor(Uint8Array.from([0x63, 0x61])), /string length/);
	});

	test('a file without Pagefind’s marker is refused', () => {
		assert.throws(() => unwrap(new TextEncoder().encode('{"url":"/"}')), /Not a Pagefind/);
	});
});

describe('query words', () => {
	test('are lower-cased, stripped of accents and punctuation, and stemmed as Pagefind does', () => {
		assert.deepEqual(queryStems('WWW-Authenticate'), ['www-authent']);
		assert.deepEqual(queryStems('  José’s resp.Header  tokens '), ['jose', 'resphead', 'token']);
		assert.deepEqual(queryStems('invalid_token 401'), ['invalid_token', '401']);
		assert.deepEqual(queryStems(' … !! '), []);
	});

	test('chunks are chosen by the range of words they hold', () => {
		const meta: IndexMeta = {
			pages: [],
			chunks: [
				{ from: '-', to: 'exch', hash: 'a' },
				{ from: 'excl', to: 'resourc', hash: 'b' },
				{ from: 'resource', to: 'zone', hash: 'c' },
			],
		};
		assert.deepEqual(chunksFor(meta, 'bearer'), ['a']);
		assert.deepEqual(chunksFor(meta, 'exc'), ['a', 'b']);
		assert.deepEqual(chunksFor(meta, 'resourc'), ['b', 'c']);
		assert.deepEqual(chunksFor(meta, 'zzz'), []);
	});
});

describe('excerpts', () => {
	const words = 'one two three four five six seven eight nine ten'.split(' ');

	test('mark the matched words, with a few words of lead-in', () => {
		const parts = excerptOf(words, [2, 3], 0, words.length, 6);
		assert.equal(text(parts), 'one two three four five six');
		assert.deepEqual(marked(parts), ['three', 'four']);
	});

	test('stay inside their section and prefer the densest run of matches', () => {
		// Words 1 (two) lies outside the section; 6 to 9 (seven to ten) are inside.
		const parts = excerptOf(words, [1, 6, 8, 9], 5, 10, 4);
		assert.equal(text(parts), 'seven eight nine ten');
		assert.deepEqual(marked(parts), ['seven', 'nine', 'ten']);
	});
});

describe('result links', () => {
	test('are moved below the base path the site is served from', () => {
		const result = {
			url: '/faq/',
			title: 'Questions',
			kind: 'faq',
			excerpt: [],
			sections: [{ url: '/faq/#aladdin', title: 'Who is Aladdin?', excerpt: [] }],
		};
		const moved = underRoot(result, '/docs/');
		assert.equal(moved.url, '/docs/faq/');
		assert.equal(moved.sections[0]!.url, '/docs/faq/#aladdin');
		assert.equal(underRoot(result, '/').url, '/faq/');
	});
});

describe('searching a real Pagefind index', () => {
	let built: Built;
	before(async () => {
		built = await buildIndex(PAGES);
	});
	after(() => pagefind.close());

	const search = (query: string) => rankPages(queryStems(query), built.words, built.meta);
	const urls = (query: string) => search(query).map((ranked) => built.fragment(ranked.page).url);

	test('the index has every page and reads back its text, title and kind', () => {
		assert.equal(built.meta.pages.length, 3);
		const fragment = built.fragment(search('aladdin')[0]!.page);
		assert.equal(fragment.meta['title'], 'Questions');
		assert.deepEqual(fragment.filters['kind'], ['faq']);
		assert.match(fragment.content, /Who is Aladdin\?/);
	});

	test('a word in a heading ranks its page above a page that only mentions it', () => {
		assert.deepEqual(urls('Aladdin'), ['/faq/', '/basic/']);
	});

	test('every word must match; a half-typed last word matches as a prefix', () => {
		assert.deepEqual(urls('basic bearer'), ['/faq/']);
		assert.deepEqual(urls('authenti').sort(), ['/bearer/']);
		assert.deepEqual(urls('www-auth'), ['/bearer/']);
		assert.deepEqual(urls('bearer unknownword'), []);
	});

	test('accents and inflections find the indexed form', () => {
		assert.deepEqual(urls('jose'), ['/basic/']);
		assert.deepEqual(urls('José'), ['/basic/']);
		assert.deepEqual(urls('expiring tokens'), ['/bearer/']);
	});

	test('text outside the indexed body is not searchable', () => {
		assert.deepEqual(urls('zebra'), []);
	});

	test('a result has its title, kind, a marked excerpt and the sections that match', () => {
		const [first] = search('aladdin password');
		const result = resultOf(built.fragment(first!.page), first!);
		assert.equal(result.url, '/basic/');
		assert.equal(result.title, 'The Basic scheme');
		assert.equal(result.kind, 'scheme');
		assert.deepEqual(marked(result.excerpt), ['password.', 'Aladdin', 'password']);
		assert.deepEqual(
			result.sections.map((section) => section.url),
			['/basic/#example'],
		);
		assert.match(text(result.sections[0]!.excerpt), /user Aladdin with the password/);
	});
});

describe('the site’s own words', () => {
	test('every word Pagefind stores for the content is found by typing it', async () => {
		const files = Object.fromEntries(
			readContent(process.cwd()).map((file) => [
				`${file.collection}/${file.id}/index.html`,
				page(String(file.data['title'] ?? file.id), `<p>${escape(file.body)}</p>`),
			]),
		);
		// Names a reader may type with or without their accents.
		files['names/index.html'] = page('Names', '<p>José, björn and Zoë meet at the café.</p>');
		const built = await buildIndex(files);
		const typed = new Set<string>();
		for (let number = 0; number < built.meta.pages.length; number++)
			for (const word of built.fragment(number).content.split(/\s+/)) typed.add(word);
		const missed = [...typed].filter(
			(word) =>
				queryStems(word).length && !rankPages(queryStems(word), built.words, built.meta).length,
		);
		assert.ok(typed.size > 3000, `${typed.size} distinct words`);
		assert.deepEqual(missed, []);
		await pagefind.close();
	});
});

function escape(body: string): string {
	return body.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
