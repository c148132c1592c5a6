import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rankByMatchedWords, toPagefindQuery, words } from '../../src/lib/search-query.ts';

test('pasted error lines split into the words the index holds', () => {
	const cases: Array<[string, string]> = [
		['{"message":"Unauthorized"}', 'message Unauthorized'],
		['{"detail":"Not authenticated"}', 'detail Not authenticated'],
		['unauthorized: authentication required', 'unauthorized authentication required'],
		['npm error code E401', 'npm error code E401'],
		[
			'error: You must be logged in to the server (Unauthorized)',
			'error You must be logged in to the server Unauthorized',
		],
		['IDX10223: Lifetime validation failed.', 'IDX10223 Lifetime validation failed'],
		['HTTP Error 401.2 - Unauthorized', 'HTTP Error 401.2 Unauthorized'],
		[
			'WWW-Authenticate: Bearer error="invalid_token"',
			'WWW-Authenticate Bearer error invalid_token',
		],
		[
			"fatal: Authentication failed for 'https://example.com/repo.git/'",
			'fatal Authentication failed for https example.com repo.git',
		],
	];
	for (const [pasted, expected] of cases) {
		assert.equal(toPagefindQuery(pasted).text, expected, pasted);
		assert.equal(toPagefindQuery(pasted).exact, false, pasted);
	}
});

test('a query wholly in double quotes stays an exact phrase', () => {
	assert.deepEqual(toPagefindQuery('"open sesame"'), { text: '"open sesame"', exact: true });
	assert.deepEqual(toPagefindQuery(' "Bad credentials." '), {
		text: '"Bad credentials"',
		exact: true,
	});
	// Quotes inside a pasted JSON body are not a phrase.
	assert.equal(toPagefindQuery('"message": "Bad credentials"').exact, false);
});

test('lone symbols and empty queries leave no words', () => {
	assert.deepEqual(words(' -- : {} '), []);
	assert.equal(toPagefindQuery('   ').text, '');
});

test('pages rank by how many words they match, then by their places', () => {
	const perWord = [['docker', 'npm'], ['curl', 'docker'], [], ['docker', 'curl']];
	assert.deepEqual(rankByMatchedWords(perWord), ['docker', 'curl', 'npm']);
	assert.deepEqual(rankByMatchedWords([]), []);
});
