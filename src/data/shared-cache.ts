/**
 * When a shared cache may reuse a response to a request that carried `Authorization` (RFC 9111
 * §3.5), stated once. Pages show it with `::shared-cache`.
 */
import { rfcSection, type SharedFact } from './fact.ts';

export const SHARED_CACHE: SharedFact = {
	table: {
		caption: 'When a shared cache may reuse a response to a request that carried Authorization',
		columns: ['What a shared cache may do', 'Defined in'],
		rows: [
			{
				label: 'None of the three below',
				cells: ['Nothing: it MUST NOT reuse the response for any later request', 'RFC 9111 §3.5'],
			},
			{
				label: '`public`',
				cells: ['Store it and reuse it like any other response', 'RFC 9111 §5.2.2.9'],
			},
			{
				label: '`s-maxage`',
				cells: [
					'Store it and reuse it until `s-maxage` runs out; after that, revalidate it with the origin first',
					'RFC 9111 §5.2.2.10',
				],
			},
			{
				label: '`must-revalidate`',
				cells: [
					'Store it and reuse it while it is fresh; once it is stale, revalidate it with the origin first',
					'RFC 9111 §5.2.2.2',
				],
			},
		],
	},
	notes: [
		[
			'The rule is for shared caches (CDNs, proxies). A browser’s own cache is a private cache and may keep such a response; `private` and `no-store` control that.',
		],
	],
	sources: [
		rfcSection(9111, '3.5'),
		rfcSection(9111, '5.2.2.2'),
		rfcSection(9111, '5.2.2.9'),
		rfcSection(9111, '5.2.2.10'),
	],
};
