/** Where and when the figures were taken, since they mean little without it. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';

export interface Machine {
	date: string;
	cores: number;
	memoryGB: number;
	cpu: string;
	node: string;
	/** 1-minute load average when the benchmark started: other work on the machine skews timings. */
	load: number;
}

export function describeMachine(): Machine {
	let cpu = cpus()[0]?.model ?? 'unknown';
	try {
		cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
	} catch {
		// Not Linux: keep what os.cpus() said.
	}
	return {
		date: execFileSync('date', ['-u'], { encoding: 'utf8' }).trim(),
		cores: Number(execFileSync('nproc', { encoding: 'utf8' }).trim()) || cpus().length,
		memoryGB: totalmem() / 1024 ** 3,
		cpu,
		node: process.version,
		load: loadavg()[0] ?? 0,
	};
}

/** The version of an installed package, read from its package.json. */
export function packageVersion(name: string): string {
	try {
		return (
			JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }
		).version;
	} catch {
		return 'unknown';
	}
}
