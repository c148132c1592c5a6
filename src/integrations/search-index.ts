import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { INDEXED_SYMBOLS } from '../lib/search-query.ts';

/**
 * Indexes the built pages with Pagefind's Node API once Astro has written them, as Starlight does:
 * only `[data-pagefind-body]` (the article) is indexed, into `<outDir>/pagefind/`.
 */
export function searchIndex(): AstroIntegration {
	return {
		name: 'site:search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const pages = await writeSearchIndex(fileURLToPath(dir));
				logger.info(`Indexed ${pages} pages.`);
			},
		},
	};
}

/**
 * Writes `<site>/pagefind/` for the HTML files under `site` (those matching `glob`, if given: the
 * bench indexes only the pages its peer has) and returns how many pages it indexed.
 */
export async function writeSearchIndex(site: string, glob?: string): Promise<number> {
	const { index, errors } = await pagefind.createIndex({
		// "www-authenticate" and "token_type" stay words, as readers type them.
		includeCharacters: INDEXED_SYMBOLS,
	});
	if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
	const added = await index.addDirectory({ path: site, ...(glob && { glob }) });
	const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
	const problems = [...added.errors, ...written.errors];
	await pagefind.close();
	if (problems.length) throw new Error(`Pagefind: ${problems.join('; ')}`);
	return added.page_count;
}
