import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDate } from '../../src/lib/dates.ts';

test('dates read day, month name and year, in UTC whatever the machine zone', () => {
	assert.equal(formatDate(new Date('2026-11-27')), '27 November 2026');
	assert.equal(formatDate(new Date('2026-01-01T23:30:00Z')), '1 January 2026');
});
