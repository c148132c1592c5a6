import type { APIRoute } from 'astro';
import { assetUrl } from '../lib/url';

export const GET: APIRoute = ({ site }) => {
	const sitemap = new URL(assetUrl('sitemap-index.xml'), site);
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`);
};
