import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The policy Astro wrote into a page's <meta http-equiv="content-security-policy">. */
export function metaPolicy(html: string): string | undefined {
	return /<meta http-equiv="content-security-policy" content="([^"]*)"/
		.exec(html)?.[1]
		?.replace(/&#39;/g, "'");
}

/**
 * Fills the built `_headers` file with the same Content-Security-Policy the pages carry, so hosts
 * that read it (Netlify, Cloudflare Pages) send the policy as a real header too.
 */
export function headersFile(): AstroIntegration {
	return {
		name: 'site:headers-file',
		hooks: {
			'astro:build:done': ({ dir }) => {
				const policy = metaPolicy(readFileSync(new URL('index.html', dir), 'utf8'));
				if (!policy)
					throw new Error('No Content-Security-Policy in index.html to copy into _headers');
				const file = fileURLToPath(new URL('_headers', dir));
				writeFileSync(file, readFileSync(file, 'utf8').replace('__CSP__', policy));
			},
		},
	};
}
