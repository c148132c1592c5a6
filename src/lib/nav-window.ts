/** Most links one sidebar group shows; the group's index page lists them all. */
export const MAX_GROUP_LINKS = 20;

/**
 * The slice of a group's links the sidebar shows: all of them when the group is small, otherwise a
 * window of `max` links around the current page. Keeps each page's sidebar the same size however
 * many pages the site grows to, so build time and page weight grow linearly.
 */
export function linkWindow<T>(links: T[], currentIndex: number, max = MAX_GROUP_LINKS): T[] {
	if (links.length <= max) return links;
	const centre = currentIndex < 0 ? 0 : currentIndex;
	const start = Math.min(Math.max(0, centre - Math.floor(max / 2)), links.length - max);
	return links.slice(start, start + max);
}
