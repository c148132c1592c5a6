// Times for people: "in 5 minutes", "3 hours ago", and an ISO date that never throws.

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
		const amount = `${count} ${unit}${count === 1 ? '' : 's'}`;
		return diff > 0 ? `in ${amount}` : `${amount} ago`;
	}
	return 'now';
}

/** ISO 8601 in UTC without zero milliseconds (`2011-03-22T18:43:00Z`); null when the date cannot exist. */
export function isoDate(seconds: number): string | null {
	const date = new Date(seconds * 1000);
	if (Number.isNaN(date.getTime())) return null;
	return date.toISOString().replace('.000Z', 'Z');
}
