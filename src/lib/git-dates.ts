import { execFileSync } from 'node:child_process';

/**
 * Reads `git log --name-status -M --format=%x00%cI` output into the newest commit date of each file.
 * Git lists newest commits first, so the first date seen for a path wins. A pure rename (`R100`)
 * changes no text: it dates nothing, and the file's older history, under its old name, still counts.
 */
export function parseGitLog(log: string): Map<string, Date> {
	const dates = new Map<string, Date>();
	/** Old path → the path it has today, from the renames met so far (newest first). */
	const renamedTo = new Map<string, string>();
	const current = (path: string) => renamedTo.get(path) ?? path;
	for (const commit of log.split('\0').slice(1)) {
		const [date = '', ...changes] = commit.split('\n').filter(Boolean);
		for (const change of changes) {
			const [status = '', path = '', newPath] = change.split('\t');
			if (newPath) renamedTo.set(path, current(newPath));
			if (status === 'R100') continue;
			const file = current(newPath ?? path);
			if (!dates.has(file)) dates.set(file, new Date(date));
		}
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
		const git = (...args: string[]) =>
			execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
		const shallow = git('rev-parse', '--is-shallow-repository').trim() === 'true';
		cache = shallow
			? new Map()
			: parseGitLog(git('log', '--name-status', '-M', '--format=%x00%cI', '--', 'content'));
	} catch {
		cache = new Map();
	}
	return cache;
}

/** When a page last changed: its last commit, or the frontmatter date where history is missing. */
export function lastUpdated(filePath: string | undefined, frontmatterDate: Date): Date {
	return (filePath && contentCommitDates().get(filePath)) || frontmatterDate;
}
