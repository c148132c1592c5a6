import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PAGE_LIST_FILE, pageListOf } from '../lib/search/page-list.ts';
import { readFragment } from '../lib/search/pagefind-index.ts';

/** Writes the search's page list (src/lib/search/page-list.ts) from the fragments in `folder`. */
export function writePageList(folder: string): number {
	const fragments = readdirSync(join(folder, 'fragment'))
		.filter((name) => name.endsWith('.pf_fragment'))
		.map((name) => ({
			hash: name.slice(0, -'.pf_fragment'.length),
			fragment: readFragment(gunzipSync(readFileSync(join(folder, 'fragment', name)))),
		}));
	writeFileSync(join(folder, PAGE_LIST_FILE), JSON.stringify(pageListOf(fragments)));
	return fragments.length;
}
