import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lastUpdated, parseGitLog } from '../../src/lib/git-dates.ts';

test('keeps the newest commit date of each file', () => {
	const log = [
		'',
		'2026-11-20T10:00:00+00:00\n\nM\tcontent/faq/a.mdx\nA\tcontent/guides/b.mdx\n',
		'2026-10-01T09:00:00+00:00\n\nA\tcontent/faq/a.mdx\nA\tcontent/faq/c.mdx\n',
	].join('\0');
	const dates = parseGitLog(log);
	assert.equal(dates.get('content/faq/a.mdx')?.toISOString(), '2026-11-20T10:00:00.000Z');
	assert.equal(dates.get('content/faq/c.mdx')?.toISOString(), '2026-10-01T09:00:00.000Z');
	assert.equal(dates.size, 3);
});

test('a pure rename dates nothing and keeps the history under the old name; an edited one counts', () => {
	const log = [
		'',
		'2026-11-27T12:00:00+00:00\n\nR100\tcontent/faq/a.mdx\tcontent/faq/a.md\nR087\tcontent/faq/b.mdx\tcontent/faq/b.md\n',
		'2026-11-02T08:00:00+00:00\n\nM\tcontent/faq/a.mdx\n',
		'2026-10-01T09:00:00+00:00\n\nA\tcontent/faq/a.mdx\nA\tcontent/faq/b.mdx\n',
	].join('\0');
	const dates = parseGitLog(log);
	assert.equal(dates.get('content/faq/a.md')?.toISOString(), '2026-11-02T08:00:00.000Z');
	assert.equal(dates.get('content/faq/b.md')?.toISOString(), '2026-11-27T12:00:00.000Z');
	assert.equal(dates.has('content/faq/a.mdx'), false);
});

test('falls back to the frontmatter date for a file git does not know', () => {
	const fallback = new Date('2026-01-02');
	assert.equal(lastUpdated('content/not/in-git.mdx', fallback), fallback);
	assert.equal(lastUpdated(undefined, fallback), fallback);
});
