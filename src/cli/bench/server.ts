/**
 * A tiny static server for the built site, on the loopback interface only. It records every file it
 * sends, so the benchmark counts requests and bytes from what was really served (workers and
 * WebAssembly included), not from what the browser chose to report.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, resolve as absolute, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { assetKind, type AssetKind, type Sizes } from '../../lib/bench-budget.ts';

/** One response the server sent. */
export interface Served {
	/** The URL path asked for. */
	path: string;
	status: number;
	kind: AssetKind;
	sizes: Sizes;
}

export interface StaticServer {
	origin: string;
	/** Everything served since the last `takeLog()`. */
	takeLog(): Served[];
	/** When the last response was sent, to tell when the page has gone quiet. */
	lastActivity(): number;
	close(): Promise<void>;
}

const TYPES: Record<string, string> = {
	html: 'text/html; charset=utf-8',
	css: 'text/css; charset=utf-8',
	js: 'text/javascript; charset=utf-8',
	mjs: 'text/javascript; charset=utf-8',
	json: 'application/json',
	xml: 'application/xml',
	txt: 'text/plain; charset=utf-8',
	svg: 'image/svg+xml',
	png: 'image/png',
	jpg: 'image/jpeg',
	webp: 'image/webp',
	avif: 'image/avif',
	ico: 'image/x-icon',
	woff2: 'font/woff2',
	woff: 'font/woff',
	wasm: 'application/wasm',
};

/** Types a real host compresses on the fly; Pagefind's own files are gzipped already. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|wasm)|image\/svg)/;

/** Files Pagefind writes already gzipped; the search worker inflates them itself. */
export const PRECOMPRESSED = /\.pf_\w+$/;

const extensionOf = (file: string) => /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';

/** Sizes of a file's body, raw and at the strongest settings a static host would pre-compress with. */
export function sizesOf(body: Buffer): Sizes {
	return {
		raw: body.length,
		gzip: gzipSync(body, { level: 9 }).length,
		brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
	};
}

interface FileEntry {
	body: Buffer;
	sizes: Sizes;
	brotli: Buffer;
}

/**
 * Serves `root` at http://127.0.0.1:<free port>/: a directory answers with its index.html (and a
 * path to one without the slash is redirected, as static hosts do), a miss with 404.html. Text is
 * sent brotli-compressed when the browser accepts it, so Lighthouse sees realistic transfer sizes.
 */
export async function serveStatic(folder: string): Promise<StaticServer> {
	const root = absolute(folder);
	const cache = new Map<string, FileEntry>();
	let log: Served[] = [];
	let last = Date.now();

	const entry = (file: string): FileEntry => {
		let found = cache.get(file);
		if (!found) {
			const body = readFileSync(file);
			const brotli = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
			// Pagefind's chunks and WebAssembly are gzipped on disk and sent as they are.
			const sizes = PRECOMPRESSED.test(file)
				? { raw: body.length, gzip: body.length, brotli: body.length }
				: { ...sizesOf(body), brotli: brotli.length };
			found = { body, brotli, sizes };
			cache.set(file, found);
		}
		return found;
	};

	/** The file for a URL path, or a redirect target, or nothing. Never leaves `root`. */
	const locate = (path: string): { file?: string; redirect?: string } => {
		const local = normalize(join(root, decodeURIComponent(path)));
		if (local !== root && !local.startsWith(root + sep)) return {};
		const stat = statSync(local, { throwIfNoEntry: false });
		if (stat?.isFile()) return { file: local };
		if (stat?.isDirectory()) {
			if (!path.endsWith('/')) return { redirect: `${path}/` };
			const index = join(local, 'index.html');
			if (statSync(index, { throwIfNoEntry: false })?.isFile()) return { file: index };
		}
		return {};
	};

	const send = (
		request: IncomingMessage,
		response: ServerResponse,
		path: string,
		file: string,
		status: number,
	) => {
		const { body, brotli, sizes } = entry(file);
		const type = TYPES[extensionOf(file)] ?? 'application/octet-stream';
		const compress =
			COMPRESSIBLE.test(type) && /\bbr\b/.test(String(request.headers['accept-encoding'] ?? ''));
		response.writeHead(status, {
			'content-type': type,
			'content-length': compress ? brotli.length : body.length,
			'cache-control': 'no-cache',
			vary: 'accept-encoding',
			...(compress ? { 'content-encoding': 'br' } : {}),
		});
		response.end(request.method === 'HEAD' ? undefined : compress ? brotli : body);
		log.push({ path, status, kind: status === 404 ? 'html' : assetKind(file), sizes });
	};

	const server = createServer((request, response) => {
		last = Date.now();
		const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
		try {
			const { file, redirect } = locate(path);
			if (redirect) {
				response.writeHead(301, { location: redirect }).end();
				log.push({ path, status: 301, kind: 'other', sizes: { raw: 0, gzip: 0, brotli: 0 } });
			} else if (file) send(request, response, path, file, 200);
			else send(request, response, path, join(root, '404.html'), 404);
		} catch (error) {
			response.writeHead(500).end(String(error));
		}
		last = Date.now();
	});

	// Compress everything up front, as a static host serving pre-compressed files does: brotli 11 on
	// first request would add hundreds of milliseconds to the first byte, and Lighthouse's simulation
	// takes the observed server time into its LCP.
	for (const file of readdirSync(root, { recursive: true, withFileTypes: true }))
		if (file.isFile()) entry(join(file.parentPath, file.name));

	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		takeLog: () => {
			const taken = log;
			log = [];
			return taken;
		},
		lastActivity: () => last,
		close: () =>
			new Promise<void>((done) => {
				server.closeAllConnections();
				server.close(() => done());
			}),
	};
}
