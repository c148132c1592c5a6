import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addModulePreloads, MODULE_SCRIPT_OPENING } from '../lib/module-preload.ts';

const MODULE_SCRIPT = Buffer.from(MODULE_SCRIPT_OPENING);

/**
 * Adds modulepreload links to the built pages, so a tool page fetches its script and the chunks the
 * script imports in one round trip instead of one per level of imports.
 */
export function modulePreload(): AstroIntegration {
	let base = '/';
	return {
		name: 'site:module-preload',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': ({ dir }) => {
				const site = fileURLToPath(dir);
				const chunks = new Map<string, string>();
				// URL paths carry the base; files on disk do not.
				const read = (path: string) => {
					if (!chunks.has(path)) {
						chunks.set(path, readFileSync(join(site, path.slice(base.length)), 'utf8'));
					}
					return chunks.get(path)!;
				};
				for (const entry of readdirSync(site, { recursive: true, withFileTypes: true })) {
					if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
					const file = join(entry.parentPath, entry.name);
					// Most pages load no module script: a byte search spares decoding them as text.
					const bytes = readFileSync(file);
					if (!bytes.includes(MODULE_SCRIPT)) continue;
					const html = bytes.toString('utf8');
					const updated = addModulePreloads(html, read);
					if (updated !== html) writeFileSync(file, updated);
				}
			},
		},
	};
}
