/**
 * The worker thread behind src/integrations/highlight-thread.ts: it answers each request with the
 * highlighter's result, or with the error's text.
 */
import { parentPort } from 'node:worker_threads';
import { highlightFence, paletteStylesheet } from './highlight.ts';
import type { HighlightReply, HighlightRequest } from './highlight-thread.ts';

const port = parentPort!;

// Load Shiki and the themes now, while Astro is still starting up.
void paletteStylesheet();

port.on('message', async (request: HighlightRequest) => {
	let reply: HighlightReply;
	try {
		const value =
			request.kind === 'palette'
				? await paletteStylesheet()
				: await highlightFence(request.code, request.language, request.meta);
		reply = { id: request.id, value };
	} catch (error) {
		reply = {
			id: request.id,
			error: error instanceof Error ? (error.stack ?? error.message) : String(error),
		};
	}
	port.postMessage(reply);
});
