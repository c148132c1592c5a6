import { frontmatterLine } from '../content-files.ts';
import type { Page, Problem } from './page.ts';

/**
 * Flags every page whose frontmatter `field` repeats, ignoring case, the value of a page earlier in
 * path order, and names that page.
 */
export function repeatedField(pages: readonly Page[], fieldOf: (page: Page) => string): Problem[] {
	const firstUse = new Map<string, string>();
	return pages.flatMap((page) => {
		const field = fieldOf(page);
		const value = page.file.data[field];
		if (typeof value !== 'string') return [];
		const key = value.trim().toLowerCase();
		const first = firstUse.get(key);
		if (first === undefined) {
			firstUse.set(key, page.file.path);
			return [];
		}
		return [
			{
				file: page.file.path,
				line: frontmatterLine(page.file, [field]),
				message: `${field} "${value}" is also used by ${first}: make it unique`,
			},
		];
	});
}
