import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { metaPolicy } from '../../src/integrations/headers-file.ts';
import { builtPages } from '../support/dist.ts';
import { DIST, sitePath } from '../support/site.ts';

/** The `add_header` lines of a stretch of nginx configuration, as written. */
const addHeaders = (config: string) =>
	config
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line.startsWith('add_header '));

test('the nginx include sends the pages’ policy, and the assets’ location keeps every header', () => {
	const include = readFileSync(`${DIST}nginx-headers.conf`, 'utf8');
	const [server = '', assets = ''] = include.split(`location ${sitePath('_astro/')} {`);
	const policies = new Set(builtPages().map((page) => metaPolicy(page.html)));
	expect(
		[...policies].map((policy) => `add_header Content-Security-Policy "${policy}" always;`),
	).toEqual(addHeaders(server).filter((line) => line.includes('Content-Security-Policy')));
	// nginx drops the server's headers in a location that adds its own, so the location repeats them.
	expect(addHeaders(assets)).toEqual([
		...addHeaders(server),
		'add_header Cache-Control "public, max-age=31536000, immutable" always;',
	]);
});
