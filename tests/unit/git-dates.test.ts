import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lastUpdated, parseGitLog } from '../../src/lib/git-dates.ts';

test('keeps the newest commit date of each file', () => {
	const log = [
		'',
		'2026-11-20T10:00:00+00:00\n\ncontent/faq/a.mdx\ncontent/guides/b.mdx\n',
		'2026-10-01T09:00:00+00:00\n\ncontent/faq/a.mdx\ncontent/faq/c.mdx\n',
	].join('\0');
	const dates = parseGitLog(log);
	assert.equal(dates.get('content/faq/a.mdx')?.toISOString(), '2026-11-20T10:00:00.000Z');
	assert.equal(dates.get('content/faq/c.mdx')?.toISOString(), '2026-10-01T09:00:00.000Z');
	assert.equal(dates.size, 3);
});

test('falls back to the frontmatter date for a file git does not know', () => {
	const fallback = new Date('2026-01-02');
	assert.equal(lastUpdated('content/not/in-git.mdx', fallback), fallback);
	assert.equal(lastUpdated(undefined, fallback), fallback);
});
