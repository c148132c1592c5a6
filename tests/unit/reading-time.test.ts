import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countWords, readingMinutes } from '../../src/lib/reading-time.ts';

test('counts prose words and skips frontmatter, code, tags and link targets', () => {
	const mdx = [
		'---',
		'title: Not counted',
		'---',
		'## Two words',
		'',
		'A [linked phrase](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2) with `inline code`.',
		'',
		'```http',
		'HTTP/1.1 401 Unauthorized',
		'```',
		'',
		'<Callout type="tip">Inside a component.</Callout>',
	].join('\n');
	// Two words / A linked phrase with inline code / Inside a component
	assert.equal(countWords(mdx), 2 + 6 + 3);
});

test('keeps hyphenated and dotted terms as one word', () => {
	assert.equal(countWords('WWW-Authenticate names example.com and RFC 9110'), 6);
});

test('reading time is at least a minute and rounds at 220 words a minute', () => {
	assert.equal(readingMinutes(0), 1);
	assert.equal(readingMinutes(220 * 3), 3);
	assert.equal(readingMinutes(220 * 3 + 100), 3);
	assert.equal(readingMinutes(220 * 3 + 120), 4);
});

test('component directives are markup, not prose', () => {
	const markdown = [
		'::::code-tabs{label="Sending credentials"}',
		':::code-tab{label="curl"}',
		'',
		'Run this.',
		'',
		':::',
		'::::',
		'',
		'::status-flow',
	].join('\n');
	assert.equal(countWords(markdown), 2);
});

test('words in other scripts count too', () => {
	assert.equal(countWords('Die Anmeldung schlägt fehl: 認証 エラー, ça arrive.'), 8);
});
