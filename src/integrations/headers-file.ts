import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';

/** The policy Astro wrote into a page's <meta http-equiv="content-security-policy">. */
export function metaPolicy(html: string): string | undefined {
	return /<meta http-equiv="content-security-policy" content="([^"]*)"/
		.exec(html)?.[1]
		?.replace(/&#39;/g, "'");
}

type Headers = Record<string, string>;

/** Headers for every response; `policy` is the Content-Security-Policy the pages carry. */
const everyResponse = (policy: string): Headers => ({
	'Content-Security-Policy': policy,
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
	'X-Frame-Options': 'DENY',
});

/** Hashed build assets never change under the same name. */
const assetHeaders: Headers = { 'Cache-Control': 'public, max-age=31536000, immutable' };

/** Each file's first line, for whoever opens it in dist/. */
const GENERATED = '# Written by the build (src/integrations/headers-file.ts).';

/** `_headers` for Netlify and Cloudflare Pages, which send the headers of every rule that matches. */
function headersFileText(policy: string, assetsPath: string): string {
	const rule = (path: string, headers: Headers) => [
		path,
		...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
	];
	return [
		GENERATED,
		...rule('/*', everyResponse(policy)),
		'',
		...rule(`${assetsPath}*`, assetHeaders),
		'',
	].join('\n');
}

/**
 * The same headers for nginx, to include in a `server` block. A location that adds any header
 * inherits none from the server, so the assets' location repeats them.
 */
function nginxIncludeText(policy: string, assetsPath: string): string {
	const addHeaders = (headers: Headers, indent = '') =>
		Object.entries(headers).map(
			([name, value]) => `${indent}add_header ${name} "${value}" always;`,
		);
	return [
		GENERATED,
		...addHeaders(everyResponse(policy)),
		`location ${assetsPath} {`,
		...addHeaders({ ...everyResponse(policy), ...assetHeaders }, '\t'),
		'}',
		'',
	].join('\n');
}

/**
 * Writes the response headers next to the pages, with the Content-Security-Policy they carry in
 * their <meta> tag: `_headers` for hosts that read it, `nginx-headers.conf` to include in nginx.
 */
export function headersFile(): AstroIntegration {
	let assetsPath = '/_astro/';
	return {
		name: 'site:headers-file',
		hooks: {
			'astro:config:done': ({ config }) => {
				// Paths as browsers request them: below the base, in the folder the build puts assets in.
				assetsPath = `${config.base.replace(/\/?$/, '/')}${config.build.assets}/`;
			},
			'astro:build:done': ({ dir }) => {
				const policy = metaPolicy(readFileSync(new URL('index.html', dir), 'utf8'));
				if (!policy)
					throw new Error('No Content-Security-Policy in index.html to send as a header');
				writeFileSync(new URL('_headers', dir), headersFileText(policy, assetsPath));
				writeFileSync(new URL('nginx-headers.conf', dir), nginxIncludeText(policy, assetsPath));
			},
		},
	};
}
