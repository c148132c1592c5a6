import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built site the suite runs against: dist/, or DIST_DIR for the sub-path build. */
export const DIST = fileURLToPath(
	new URL(`../../${process.env['DIST_DIR'] ?? 'dist'}/`, import.meta.url),
);

/** The base path the site was built with (BASE_PATH), always ending in a slash. */
export const BASE = `/${(process.env['BASE_PATH'] ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(
	'//',
	'/',
);

/** A site path below the base: `sitePath('faq/')` → `/faq/` or `/docs/faq/`. */
export const sitePath = (path = '') => `${BASE}${path.replace(/^\/+/, '')}`;

/** Every page the sitemap lists, as paths such as `/faq/` (with the base). */
export function sitemapPaths(): string[] {
	const xml = readFileSync(`${DIST}sitemap-0.xml`, 'utf8');
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}
