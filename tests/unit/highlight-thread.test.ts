import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import * as direct from '../../src/integrations/highlight.ts';
import * as thread from '../../src/integrations/highlight-thread.ts';

after(() => thread.stopHighlighter());

test('the worker thread returns the same figure as the highlighter itself', async () => {
	const fences: Array<[string, string, string?]> = [
		['HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api"', 'http'],
		['auth_basic "Admin";', 'nginx', 'title="site.conf"'],
		['plain words', 'text'],
		['<x>', 'no-such-language'],
	];
	const viaThread = await Promise.all(fences.map((fence) => thread.highlightFence(...fence)));
	for (const [i, fence] of fences.entries()) {
		assert.deepEqual(viaThread[i], await direct.highlightFence(...fence), fence[1]);
	}
});

test('a stopped worker is started again by the next fence', async () => {
	await thread.stopHighlighter();
	const figure = await thread.highlightFence('echo "$TOKEN"', 'bash');
	assert.equal(figure.tagName, 'figure');
});
