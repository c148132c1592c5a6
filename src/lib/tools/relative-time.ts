// Times for people: "in 5 minutes", "3 hours ago", and an ISO date that never throws.

import { plural } from './view.ts';

const UNITS: ReadonlyArray<readonly [string, number]> = [
	['year', 365 * 86_400],
	['month', 30 * 86_400],
	['week', 7 * 86_400],
	['day', 86_400],
	['hour', 3_600],
	['minute', 60],
	['second', 1],
];

/**
 * How far `targetSeconds` lies from `nowSeconds`, in the largest whole unit: "in 5 minutes", "3 hours ago",
 * "now". Rounds toward zero, so 119 seconds is "1 minute". Empty for values that are not finite.
 */
export function relativeTime(targetSeconds: number, nowSeconds: number): string {
	const diff = targetSeconds - nowSeconds;
	if (!Number.isFinite(diff)) return '';
	const distance = Math.abs(diff);
	if (distance < 1) return 'now';
	for (const [unit, size] of UNITS) {
		if (distance < size) continue;
		const count = Math.floor(distance / size);
		return diff > 0 ? `in ${plural(count, unit)}` : `${plural(count, unit)} ago`;
	}
	return 'now';
}

/** ISO 8601 in UTC without zero milliseconds (`2011-03-22T18:43:00Z`); null when the date cannot exist. */
export function isoDate(seconds: number): string | null {
	const date = new Date(seconds * 1000);
	if (Number.isNaN(date.getTime())) return null;
	return date.toISOString().replace('.000Z', 'Z');
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * A moment on the reader's own clock, with its offset from UTC: `2011-03-22 19:43:00 UTC+01:00`.
 * `offsetMinutes` is east of UTC, the opposite sign of `Date#getTimezoneOffset`. Built by hand, not
 * with Intl: creating a page's first Intl date formatter is a long task on a slow phone.
 * Empty when the date cannot exist.
 */
export function localDateTime(
	seconds: number,
	offsetMinutes = -new Date(seconds * 1000).getTimezoneOffset(),
): string {
	const shifted = new Date(seconds * 1000 + offsetMinutes * 60_000);
	if (Number.isNaN(shifted.getTime())) return '';
	const day = `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
	const time = `${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}`;
	const sign = offsetMinutes < 0 ? '-' : '+';
	const offset = `${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
	return `${day} ${time} UTC${sign}${offset}`;
}
