/**
 * Timed builds: the site as it is, and a generated 1,000-page copy of it in a temporary folder.
 * Each build runs as a child process whose memory is watched from outside.
 */
import { spawn } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, extname, join, relative } from 'node:path';
import { stringify } from 'yaml';
import { readContent, type ContentFile } from '../../lib/content-files.ts';
import { retag } from '../../lib/bench-budget.ts';
import { PRECOMPRESSED, sizesOf } from './server.ts';

export interface BuildRun {
	ok: boolean;
	seconds: number;
	/** HTML pages written, 404 page included (Astro counts it too). */
	pages: number;
	/** Highest sum of resident memory over the whole process tree, sampled every 100 ms. */
	peakTreeMB: number;
	/** Largest single process, exact, from GNU time's "Maximum resident set size" (if installed). */
	maxProcessMB: number | undefined;
	/** Bytes of all HTML written, to spot pages that grow with the size of the site. */
	htmlBytes: number;
	/** Astro's timestamped step lines, to see where the time went. */
	phases: string[];
	/** The last lines of the build's output, to show when it failed. */
	tail: string;
}

const GNU_TIME = '/usr/bin/time';

interface PackageJson {
	scripts: Record<string, string>;
}

/**
 * Runs the project's `build` script in `root`, as `npm run build` would (search index included),
 * and measures it. npm itself is left out: its own Node process is not part of the build.
 */
export async function timedBuild(root: string): Promise<BuildRun> {
	const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;
	const script = scripts['build'];
	if (!script) throw new Error(`No build script in ${root}/package.json`);
	const command = ['sh', '-c', script];
	const [file, ...args] = existsSync(GNU_TIME) ? [GNU_TIME, '-v', ...command] : command;
	const started = performance.now();
	const child = spawn(file!, args, {
		cwd: root,
		env: {
			...process.env,
			// The project's binaries first, as npm puts them, then this same Node (24).
			PATH: [
				join(root, 'node_modules', '.bin'),
				dirname(process.execPath),
				process.env['PATH'],
			].join(delimiter),
			// Keep Astro's telemetry from reaching for the network.
			ASTRO_TELEMETRY_DISABLED: '1',
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const watcher = watchTreeMemory(child.pid!);
	const code = await new Promise<number | null>((done) => child.on('close', done));
	const seconds = (performance.now() - started) / 1000;
	const peakTreeMB = watcher.stop();
	const maxKB = /Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1];
	// GNU time reports the command's exit status; a failed build still prints its figures.
	const failed = code !== 0 || /Exit status: [1-9]/.test(output);
	const html = failed ? [] : htmlFiles(join(root, 'dist'));
	return {
		ok: !failed,
		seconds,
		pages: html.length,
		peakTreeMB,
		maxProcessMB: maxKB ? Number(maxKB) / 1024 : undefined,
		htmlBytes: html.reduce((sum, file) => sum + statSync(file).size, 0),
		phases: phasesOf(output),
		// GNU time appends its figures; the tail worth showing is the build's own, before them.
		tail: output
			.replace(/(Command exited with[^\n]*\n)?\s*Command being timed:[\s\S]*$/, '')
			.split('\n')
			.slice(-25)
			.join('\n'),
	};
}

/** Lines where Astro reports a finished step; colour codes are dropped. */
function phasesOf(output: string): string[] {
	const step = /^\d\d:\d\d:\d\d .*(Synced|Generated|Completed in|built in|indexed|Complete!)/;
	const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
	return plain.split('\n').filter((line) => step.test(line));
}

/** Parent of every process, read from /proc; the whole table, since a build spawns grandchildren. */
function processTable(): Map<number, number> {
	const parents = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			// Field 4 of stat is the parent; the command name in field 2 may hold spaces, so split after ")".
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			parents.set(Number(name), ppid);
		} catch {
			// The process ended while we looked.
		}
	}
	return parents;
}

function residentKB(pid: number): number {
	try {
		return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
	} catch {
		return 0;
	}
}

/** Samples the resident memory of `root` and all its descendants; `stop()` returns the peak in MB. */
function watchTreeMemory(root: number): { stop(): number } {
	let peakKB = 0;
	const sample = () => {
		const parents = processTable();
		const tree = new Set([root]);
		// Parents may list after children, so repeat until no process joins the tree.
		for (let grown = true; grown;) {
			grown = false;
			for (const [pid, ppid] of parents) {
				if (tree.has(ppid) && !tree.has(pid)) {
					tree.add(pid);
					grown = true;
				}
			}
		}
		peakKB = Math.max(
			peakKB,
			[...tree].reduce((sum, pid) => sum + residentKB(pid), 0),
		);
	};
	const timer = setInterval(sample, 100);
	return {
		stop() {
			clearInterval(timer);
			return peakKB / 1024;
		},
	};
}

function filesUnder(folder: string): string[] {
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name));
}

const htmlFiles = (dist: string): string[] =>
	existsSync(dist) ? filesUnder(dist).filter((file) => file.endsWith('.html')) : [];

export const countHtml = (dist: string): number => htmlFiles(dist).length;

/** Sizes of the search index: Pagefind's output, as the site serves it. */
export interface IndexSize {
	/** Everything under dist/pagefind. */
	total: { raw: number; compressed: number };
	/** Word index chunks, which a query loads by the range of words it needs. */
	chunks: { raw: number; files: number };
	/** Pages' stored text, one file per page, loaded for the excerpts of the results shown. */
	fragments: { raw: number; files: number };
}

/**
 * Pagefind writes its index chunks and fragments already gzipped, and hosts send them as they are;
 * text files are counted at brotli 11 as a host would pre-compress them.
 */
export function pagefindSize(dist: string): IndexSize | undefined {
	const folder = join(dist, 'pagefind');
	if (!existsSync(folder)) return undefined;
	const size: IndexSize = {
		total: { raw: 0, compressed: 0 },
		chunks: { raw: 0, files: 0 },
		fragments: { raw: 0, files: 0 },
	};
	for (const file of filesUnder(folder)) {
		const name = relative(folder, file);
		const raw = statSync(file).size;
		size.total.raw += raw;
		size.total.compressed += PRECOMPRESSED.test(name) ? raw : sizesOf(readFileSync(file)).brotli;
		const part = name.endsWith('.pf_index')
			? size.chunks
			: name.endsWith('.pf_fragment')
				? size.fragments
				: undefined;
		if (part) {
			part.raw += raw;
			part.files += 1;
		}
	}
	return size;
}

/** Folders never copied: dependencies (linked instead), build output, caches and history. */
const NOT_COPIED = new Set([
	'node_modules',
	'dist',
	'.astro',
	'.git',
	'.cache',
	'test-results',
	'playwright-report',
]);

/**
 * Copies the project into a temporary folder and multiplies its content to about `pages` entries.
 * node_modules is linked entry by entry rather than as one link, so Astro's and Vite's caches
 * (node_modules/.astro, node_modules/.vite) are created fresh in the copy: the build is cold and
 * leaves the real project's caches alone.
 */
export function makeLargeCopy(
	root: string,
	pages: number,
): { folder: string; entries: number; added: number } {
	const folder = mkdtempSync(join(tmpdir(), 'http401-bench-'));
	cpSync(root, folder, {
		recursive: true,
		filter: (source) => !NOT_COPIED.has(relative(root, source).split('/')[0] ?? ''),
	});
	mkdirSync(join(folder, 'node_modules'));
	for (const name of readdirSync(join(root, 'node_modules'))) {
		if (name === '.astro' || name === '.vite') continue;
		symlinkSync(join(root, 'node_modules', name), join(folder, 'node_modules', name));
	}
	const existing = readContent(folder);
	const sources = existing.filter((file) => file.id !== 'index');
	const wanted = Math.max(0, pages - existing.length);
	for (let copy = 1; copy <= wanted; copy++) {
		const source = sources[copy % sources.length]!;
		writeFileSync(
			// Same format as the source: MDX where it runs components, Markdown elsewhere.
			join(
				folder,
				'content',
				source.collection,
				`${source.id}-copy-${copy}${extname(source.path)}`,
			),
			duplicate(source, copy),
		);
	}
	return { folder, entries: existing.length + wanted, added: wanted };
}

/** A content file with the same body and a frontmatter made unique: titles, questions, descriptions. */
export function duplicate(source: ContentFile, copy: number): string {
	const data = { ...source.data };
	for (const field of ['title', 'navLabel', 'question']) {
		const value = data[field];
		if (typeof value === 'string') data[field] = retag(value, ` #${copy}`);
	}
	if (typeof data['description'] === 'string')
		data['description'] = retag(data['description'], `Copy ${copy}: `, true);
	return `---\n${stringify(data, { lineWidth: 0 })}---\n${source.body}`;
}
