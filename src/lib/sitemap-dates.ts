import type { SitemapItem } from '@astrojs/sitemap';
import { contentCommitDates } from './git-dates.ts';
import { entrySlug, isCollection } from './route-paths.ts';

/** Each page's last commit, by its path below `base` without slashes ('' for the home page). */
function pageCommitDates(): Map<string, Date> {
	const dates = new Map<string, Date>();
	for (const [file, date] of contentCommitDates()) {
		const [, collection = '', ...path] = file.split('/');
		const id = path.join('/').replace(/\.mdx?$/, '');
		if (isCollection(collection)) dates.set(entrySlug(collection, id) ?? '', date);
	}
	return dates;
}

/**
 * The sitemap's `serialize` option: a page's `lastmod` is the last commit of its content file, the
 * date its "Updated" line shows. A generated index (the FAQ list) has no file and takes the newest
 * date below it. Pages without history (a shallow clone, a file not yet committed) get none.
 */
export function lastmodFromGit(base: string): (item: SitemapItem) => SitemapItem {
	const basePath = base.replace(/\/?$/, '/');
	const dates = pageCommitDates();
	const newestBelow = (slug: string) => {
		const below = [...dates].filter(([path]) => path.startsWith(`${slug}/`));
		return below.length
			? new Date(Math.max(...below.map(([, date]) => date.getTime())))
			: undefined;
	};
	return (item) => {
		const slug = new URL(item.url).pathname.slice(basePath.length).replace(/\/$/, '');
		const date = dates.get(slug) ?? newestBelow(slug);
		return date ? { ...item, lastmod: date.toISOString() } : item;
	};
}
