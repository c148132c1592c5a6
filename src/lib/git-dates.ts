import { execFileSync } from 'node:child_process';

/**
 * Reads `git log --name-only --format=%x00%cI` output into the newest commit date of each file.
 * Git lists newest commits first, so the first date seen for a path wins.
 */
export function parseGitLog(log: string): Map<string, Date> {
	const dates = new Map<string, Date>();
	for (const commit of log.split('\0').slice(1)) {
		const [date = '', ...paths] = commit.split('\n').filter(Boolean);
		for (const path of paths) if (!dates.has(path)) dates.set(path, new Date(date));
	}
	return dates;
}

let cache: Map<string, Date> | undefined;

/**
 * The last commit date of every file under `content/`, read with one git call per build. Empty in
 * a shallow clone (its single commit would date every file alike) or outside a repository.
 */
export function contentCommitDates(): Map<string, Date> {
	if (cache) return cache;
	try {
		const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
		const shallow = git('rev-parse', '--is-shallow-repository').trim() === 'true';
		cache = shallow ? new Map() : parseGitLog(git('log', '--name-only', '--format=%x00%cI', '--', 'content'));
	} catch {
		cache = new Map();
	}
	return cache;
}

/** When a page last changed: its last commit, or the frontmatter date where history is missing. */
export function lastUpdated(filePath: string | undefined, frontmatterDate: Date): Date {
	return (filePath && contentCommitDates().get(filePath)) || frontmatterDate;
}
