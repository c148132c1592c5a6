/**
 * A fact the site states in one place only. Pages place it with a directive (`::bearer-errors`,
 * `::status-decision`, `::proxy-headers`, `::shared-cache`), and the content lint reports a
 * hand-written copy of its table (`one-source`). Built by src/directives/shared-fact.ts.
 */
import type { TableData } from '../lib/table.ts';

/** A link in a note or in the sources line: a site path ("/compare/…") or an https URL. */
export interface FactLink {
	text: string;
	href: string;
}

/** A note below the table: text (backticks make code) and links, in order. */
export type FactNote = ReadonlyArray<string | FactLink>;

export interface SharedFact {
	table: TableData;
	notes: readonly FactNote[];
	/** The sections the table relies on, linked below it. */
	sources: readonly FactLink[];
}

/** A link to one section of an RFC, written the way content cites it. */
export const rfcSection = (rfc: number, section: string): FactLink => ({
	text: `RFC ${rfc} §${section}`,
	href: `https://www.rfc-editor.org/rfc/rfc${rfc}#section-${section}`,
});
