/**
 * How far each authentication header travels and who may change it on the way, stated once. Pages
 * show it with `::proxy-headers`.
 */
import { rfcSection, type SharedFact } from './fact.ts';

export const PROXY_HEADERS: SharedFact = {
	table: {
		caption: 'The four authentication headers: how far each travels and who may change it',
		columns: ['Sent with', 'Scope', 'Intermediaries', 'In the browser'],
		rows: [
			{
				label: '`WWW-Authenticate`',
				cells: [
					'A response from the origin, required on a 401',
					'End to end: from the origin to the client',
					'A forwarding proxy MUST NOT modify it; a gateway (reverse proxy, CDN) acts for the origin and may replace or drop it',
					'A cross-origin script can read it only if the response lists it in `Access-Control-Expose-Headers`',
				],
			},
			{
				label: '`Authorization`',
				cells: [
					'A request to the origin',
					'End to end: from the client to the origin',
					'A forwarding proxy MUST NOT modify it; a gateway acts for the origin and may consume, replace or drop it before the application sees it',
					'Page scripts may set it; on a cross-origin request it causes a preflight',
				],
			},
			{
				label: '`Proxy-Authenticate`',
				cells: [
					'A response from a proxy, required on a 407',
					'One hop: it applies only to the next outbound client',
					'Each proxy challenges for itself',
					'The browser answers it; page scripts never handle the 407',
				],
			},
			{
				label: '`Proxy-Authorization`',
				cells: [
					'A request to a proxy',
					'One hop: consumed by the first inbound proxy that expects it',
					'Relayed further only when proxies deliberately share credentials',
					'A forbidden request header: page scripts cannot set it',
				],
			},
		],
	},
	notes: [
		[
			'The MUST NOT binds proxies that forward a message. A reverse proxy, CDN or API gateway is the origin as far as the client can tell, so what it does with these headers is configuration, not protocol: check each one when `Authorization` goes missing.',
		],
	],
	sources: [
		rfcSection(9110, '11.6.1'),
		rfcSection(9110, '11.6.2'),
		rfcSection(9110, '11.7.1'),
		rfcSection(9110, '11.7.2'),
		rfcSection(9110, '3.7'),
		{
			text: 'Fetch: forbidden request-header',
			href: 'https://fetch.spec.whatwg.org/#forbidden-request-header',
		},
	],
};
