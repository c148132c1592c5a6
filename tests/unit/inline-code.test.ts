import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitInlineCode } from '../../src/lib/inline-code.ts';

test('splits backticked parts out as code', () => {
	assert.deepEqual(splitInlineCode('Send `WWW-Authenticate` with a `realm`'), [
		{ code: false, text: 'Send ' },
		{ code: true, text: 'WWW-Authenticate' },
		{ code: false, text: ' with a ' },
		{ code: true, text: 'realm' },
	]);
});

test('leaves a lone backtick and HTML as plain text', () => {
	assert.deepEqual(splitInlineCode('a ` b <em>c</em>'), [
		{ code: false, text: 'a ` b <em>c</em>' },
	]);
});
