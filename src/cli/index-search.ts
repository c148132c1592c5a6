/**
 * Builds the Pagefind index of a built site into `<dir>/pagefind/`, then the search's page list,
 * and removes the Pagefind files the site does not serve; `npm run build` runs it after
 * `astro build`. Only `[data-pagefind-body]` (the article) is indexed.
 * Usage: node src/cli/index-search.ts [dir]   (default: $DIST_DIR, else dist, as astro.config.mjs)
 *
 * It runs in its own process once Astro's has exited: the indexer needs about 300 MB, and inside
 * Astro's `astro:build:done` hook that came on top of everything the build still held. Pagefind's
 * command line rather than its Node API: the same index, about 0.7 s sooner on 1,000 pages.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PAGE_LIST_FILE, pageListOf } from '../lib/search/page-list.ts';
import { readFragment } from '../lib/search/pagefind-index.ts';

/**
 * Pagefind's own runtime and UI bundles. The site queries the index with src/lib/search instead,
 * so these would only be dead weight in every deployment.
 */
const UNUSED =
	/^(pagefind(-worker|-highlight|-ui|-modular-ui|-component-ui)?\.(js|css)|wasm\..+\.pagefind)$/;

const site = resolve(process.argv[2] ?? process.env['DIST_DIR'] ?? 'dist');
if (!existsSync(join(site, 'index.html'))) {
	console.error(`No built site in ${site}: run \`astro build\` first.`);
	process.exit(2);
}

// The platform's binary, found as Pagefind's own `npx pagefind` wrapper finds it; running it
// directly spares a second Node process (some 50 MB and 0.1 s).
const { resolveBinaryPath } = (await import(
	new URL('resolveBinary.js', import.meta.resolve('pagefind')).href
)) as { resolveBinaryPath(names: string[]): string };
const started = performance.now();
const pagefind = spawnSync(
	resolveBinaryPath(['pagefind_extended', 'pagefind']),
	// Keep symbols that matter in this field: "www-authenticate", "token68=", "<realm>".
	['--site', site, '--include-characters=-_', '--quiet'],
	{ stdio: 'inherit' },
);
if (pagefind.error) throw pagefind.error;
if (pagefind.status !== 0) process.exit(pagefind.status ?? 1);

const folder = join(site, 'pagefind');
const fragments = readdirSync(join(folder, 'fragment'))
	.filter((name) => name.endsWith('.pf_fragment'))
	.map((name) => ({
		hash: name.slice(0, -'.pf_fragment'.length),
		fragment: readFragment(gunzipSync(readFileSync(join(folder, 'fragment', name)))),
	}));
writeFileSync(join(folder, PAGE_LIST_FILE), JSON.stringify(pageListOf(fragments)));
for (const name of readdirSync(folder)) if (UNUSED.test(name)) rmSync(join(folder, name));

const seconds = ((performance.now() - started) / 1000).toFixed(2);
// Timestamped like Astro's own step lines, which the build benchmark collects.
const time = new Date().toTimeString().slice(0, 8);
console.log(`${time} [pagefind] indexed ${fragments.length} pages in ${seconds}s`);
