import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { createIndex, close } from 'pagefind';
import { writePageList } from './page-list.ts';

/**
 * Builds the Pagefind index into `dist/pagefind/` once Astro has written the site, so `astro build`
 * alone yields a searchable site. Only `[data-pagefind-body]` (the article) is indexed.
 */
export function pagefind(): AstroIntegration {
	return {
		name: 'site:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				// Keep symbols that matter in this field: "www-authenticate", "token68=", "<realm>".
				const { index, errors } = await createIndex({ includeCharacters: '-_' });
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				const added = await index.addDirectory({ path: site });
				const written = await index.writeFiles({ outputPath: `${site}pagefind` });
				const problems = [...added.errors, ...written.errors];
				await close();
				if (problems.length) throw new Error(`Pagefind failed: ${problems.join('; ')}`);
				writePageList(`${site}pagefind`);
				logger.info(`indexed ${added.page_count} pages`);
			},
		},
	};
}
