import assert from 'node:assert/strict';
import { test } from 'node:test';
import { linkWindow } from '../../src/lib/nav-window.ts';

const links = Array.from({ length: 100 }, (_, i) => i);

test('a small group is shown whole', () => {
	assert.deepEqual(linkWindow([1, 2, 3], 1, 20), [1, 2, 3]);
});

test('a large group shows a window around the current page', () => {
	assert.deepEqual(linkWindow(links, 50, 10), [45, 46, 47, 48, 49, 50, 51, 52, 53, 54]);
});

test('the window stays inside the group at either end', () => {
	assert.deepEqual(linkWindow(links, 1, 4), [0, 1, 2, 3]);
	assert.deepEqual(linkWindow(links, 99, 4), [96, 97, 98, 99]);
	assert.deepEqual(linkWindow(links, -1, 3), [0, 1, 2]);
});
