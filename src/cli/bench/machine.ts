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
	/** `cpuProbeMs()` when the benchmark started. */
	probeMs: number;
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
		probeMs: cpuProbeMs(),
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

/**
 * Milliseconds for a fixed loop of integer arithmetic on one core. The machine is shared and its
 * speed drifts by a factor of two within minutes; this number, printed beside each build, tells a
 * slow build on a slow minute from a slower build.
 */
export function cpuProbeMs(): number {
	const started = performance.now();
	let sum = 0;
	for (let i = 0; i < 300_000_000; i++) sum += i % 7;
	if (sum < 0) console.log(sum); // keeps the loop from being optimised away
	return performance.now() - started;
}
