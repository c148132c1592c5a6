const counters = new WeakMap<object, number>();

/**
 * Numbers element ids within one page, from 1. `page` is any object that lives as long as the
 * page's render (`Astro.locals`), so the ids do not depend on the order pages are built in.
 */
export function nextId(page: object): number {
	const next = (counters.get(page) ?? 0) + 1;
	counters.set(page, next);
	return next;
}
