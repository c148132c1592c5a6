/**
 * The facts the site states in one place (src/data/): each directive shows one, always the same
 * way: its table, its notes and the sections it relies on. None takes attributes.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { BEARER_ERRORS } from '../data/bearer-errors.ts';
import type { SharedFact } from '../data/fact.ts';
import { PROXY_HEADERS } from '../data/proxy-headers.ts';
import { SHARED_CACHE } from '../data/shared-cache.ts';
import { STATUS_DECISION } from '../data/status-decision.ts';
import { comparisonTable, withInlineCode } from './comparison-table.ts';
import { defineDirective, html } from './directive.ts';

const sharedFact = ({ table, notes, sources }: SharedFact) =>
	defineDirective({
		content: 'none',
		build: () =>
			html(
				h('div.shared-fact', [
					comparisonTable(table),
					...notes.map((note) =>
						h(
							'p.shared-fact-note',
							note.flatMap((part) =>
								typeof part === 'string'
									? withInlineCode(part)
									: [h('a', { href: part.href }, part.text)],
							),
						),
					),
					h('p.shared-fact-sources', [
						'Sources: ',
						...sources.flatMap((source, index): Array<ElementContent | string> => [
							...(index > 0 ? [', '] : []),
							h('a', { href: source.href }, source.text),
						]),
						'.',
					]),
				]),
			),
	});

/** `::bearer-errors`: the Bearer error codes and the status each one takes. */
export const bearerErrors = sharedFact(BEARER_ERRORS);
/** `::status-decision`: which status to send, in the order the checks run. */
export const statusDecision = sharedFact(STATUS_DECISION);
/** `::proxy-headers`: how far the authentication headers travel. */
export const proxyHeaders = sharedFact(PROXY_HEADERS);
/** `::shared-cache`: when a shared cache may reuse an authenticated response. */
export const sharedCache = sharedFact(SHARED_CACHE);
