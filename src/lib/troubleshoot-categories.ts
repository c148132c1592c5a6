/**
 * Where a troubleshooting page's 401 comes from, which groups the pages on the troubleshooting index;
 * each key is also that group's anchor there. Plain data, shared by the schema and the content lint.
 */
export const TROUBLESHOOT_CATEGORIES = {
	clients: 'Clients and command-line tools',
	clouds: 'APIs and clouds',
	servers: 'Servers, proxies and gateways',
	frameworks: 'Frameworks',
	protocols: 'Protocols beside plain HTTP',
} as const;
