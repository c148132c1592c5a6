/**
 * Runs the highlighter (src/integrations/highlight.ts) on a worker thread. The content sync reads,
 * parses and checks ten entries at a time, and used to spend most of that time in the grammars on
 * one core; with the grammars on the other core, the two kinds of work overlap. The build starts the
 * worker before the sync (see `highlighter` below), so Shiki loads while Astro starts up.
 */
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { Element } from 'hast';
import type { Plugin } from 'vite';

type Request =
	| { kind: 'fence'; code: string; language: string; meta?: string | undefined }
	| { kind: 'palette' };
export type HighlightRequest = Request & { id: number };
export type HighlightReply = { id: number; value?: unknown; error?: string };

type Waiting = { resolve(value: unknown): void; reject(error: Error): void };

let worker: Worker | undefined;
const waiting = new Map<number, Waiting>();
let lastId = 0;

function settle({ id, value, error }: HighlightReply): void {
	const request = waiting.get(id);
	waiting.delete(id);
	// An idle worker must not keep a process alive (`astro check`, the tests).
	if (waiting.size === 0) worker?.unref();
	if (error === undefined) request?.resolve(value);
	else request?.reject(new Error(`The highlighter failed: ${error}`));
}

/** The worker, started on first use (or earlier, by the build). */
function highlighterThread(): Worker {
	if (worker) return worker;
	const started = new Worker(new URL('./highlight-worker.ts', import.meta.url));
	started.unref();
	started.on('message', settle);
	started.on('error', (error) => {
		worker = undefined;
		for (const request of waiting.values()) request.reject(error);
		waiting.clear();
	});
	return (worker = started);
}

function ask<T>(request: Request): Promise<T> {
	const thread = highlighterThread();
	const id = ++lastId;
	if (waiting.size === 0) thread.ref();
	return new Promise<T>((resolve, reject) => {
		waiting.set(id, { resolve: resolve as Waiting['resolve'], reject });
		thread.postMessage({ ...request, id });
	});
}

/** A fence as the site's code figure (see `highlightFence` in src/integrations/highlight.ts). */
export const highlightFence = (code: string, language: string, meta?: string): Promise<Element> =>
	ask<Element>({ kind: 'fence', code, language, meta });

/**
 * Ends the worker and frees its memory. The build calls it once every page is bundled, before
 * rendering, the phase that peaks in memory; a later request starts a new worker.
 */
export async function stopHighlighter(): Promise<void> {
	const stopping = worker;
	worker = undefined;
	await stopping?.terminate();
}

const PALETTE = 'virtual:code-palette.css';

/** Serves the code palette as a stylesheet (src/components/BaseHead.astro imports it). */
const codePalette = (): Plugin => ({
	name: 'site:code-palette',
	resolveId: (id) => (id === PALETTE ? `\0${PALETTE}` : undefined),
	load: (id) => (id === `\0${PALETTE}` ? ask<string>({ kind: 'palette' }) : undefined),
});

/** Starts the highlighter as soon as Astro starts (but not for `astro preview`), and serves the palette. */
export function highlighter(): AstroIntegration {
	return {
		name: 'site:highlighter',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				if (command === 'preview') return;
				highlighterThread();
				updateConfig({ vite: { plugins: [codePalette()] } });
			},
		},
	};
}
