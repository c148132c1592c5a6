// Shared by the hostile-input tests: a seeded random source, so every run sees the same inputs, and a
// count of the work a call does, so linear behaviour is checked without a clock.

/** mulberry32: tiny and good enough to drive a fuzzer reproducibly. */
export function random(seed: number) {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (max: number) => Math.floor(next() * max);
	const pick = <T>(items: readonly T[]): T => {
		if (items.length === 0) throw new Error('pick from an empty list');
		return items[int(items.length)]!;
	};
	return { next, int, pick };
}
export type Random = ReturnType<typeof random>;

/** What `work` did: regular-expression runs, and characters copied out with String#slice. */
export type Work = { regexRuns: number; slicedChars: number };

/**
 * Counts the work `work` does. Every RegExp method (test, match, replace, split, search) goes through
 * RegExp.prototype.exec, so its runs are counted; slices count the characters they copy. A run that
 * backtracks is still one run: a catastrophic pattern shows as a stalled test, not in this count.
 */
export function countWork(work: () => void): Work {
	const { exec } = RegExp.prototype;
	const { slice } = String.prototype;
	const counted: Work = { regexRuns: 0, slicedChars: 0 };
	RegExp.prototype.exec = function (this: RegExp, text: string) {
		counted.regexRuns++;
		return exec.call(this, text);
	};
	String.prototype.slice = function (this: string, start?: number, end?: number) {
		const part = slice.call(this, start, end);
		counted.slicedChars += part.length;
		return part;
	};
	try {
		work();
	} finally {
		RegExp.prototype.exec = exec;
		String.prototype.slice = slice;
	}
	return counted;
}
