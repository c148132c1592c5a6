/**
 * Hosts content may link to: standards bodies and primary documentation. The site's end-to-end link
 * check reuses this list, so a host added here is allowed everywhere.
 */
export const allowedHosts: readonly string[] = [
	'www.rfc-editor.org',
	'rfc-editor.org',
	'datatracker.ietf.org',
	'fetch.spec.whatwg.org',
	'html.spec.whatwg.org',
	'developer.mozilla.org',
	'www.w3.org',
	'openid.net',
	'nginx.org',
	'httpd.apache.org',
	'requests.readthedocs.io',
	'docs.python-requests.org',
	'expressjs.com',
	'curl.se',
	'learn.microsoft.com',
	'owasp.org',
	'cheatsheetseries.owasp.org',
	'docs.spring.io',
	'nodejs.org',
	'pkg.go.dev',
	'go.dev',
	'docs.python.org',
	'www.iana.org',
	'github.com',
	'kubernetes.io',
	'docs.djangoproject.com',
	'fastapi.tiangolo.com',
	'flask.palletsprojects.com',
	// mod_wsgi's own manual (WSGIPassAuthorization) and PHP's (PHP_AUTH_USER).
	'modwsgi.readthedocs.io',
	'www.php.net',
	'www.chromium.org',
	'chromium.googlesource.com',
	// Vendors whose messages the troubleshooting pages quote: their own docs and source.
	'websockets.spec.whatwg.org',
	'docs.docker.com',
	'distribution.github.io',
	'docs.npmjs.com',
	'yarnpkg.com',
	'pnpm.io',
	'pip.pypa.io',
	'packaging.python.org',
	'docs.astral.sh',
	'python-poetry.org',
	'git-scm.com',
	'docs.gitlab.com',
	'gitlab.com',
	'support.atlassian.com',
	'helm.sh',
	'maven.apache.org',
	'docs.gradle.org',
	'axios-http.com',
	'caddyserver.com',
	'doc.traefik.io',
	'www.envoyproxy.io',
	'istio.io',
	'www.elastic.co',
	'docs.opensearch.org',
	'kubernetes.github.io',
	'fastify.dev',
	'nextjs.org',
	'authjs.dev',
	'www.passportjs.org',
	'www.django-rest-framework.org',
	'guides.rubyonrails.org',
	'api.rubyonrails.org',
	'laravel.com',
	'developer.wordpress.org',
	'grpc.io',
	'grpc.github.io',
	'docs.stripe.com',
	'platform.openai.com',
	'developers.openai.com',
	'modelcontextprotocol.io',
	'www.keycloak.org',
	'docs.aws.amazon.com',
	'cloud.google.com',
	'developers.cloudflare.com',
	'docs.netlify.com',
	'docs.github.com',
	'playwright.dev',
	'astro.build',
	'docs.astro.build',
	'pagefind.app',
];

/** Why an external URL is not acceptable, or `undefined` when it is. */
export function externalLinkProblem(href: string): string | undefined {
	let url: URL;
	try {
		url = new URL(href);
	} catch {
		return `${href} is not a valid URL: fix it`;
	}
	if (url.protocol === 'http:') return `${href} uses http: link to the https:// address`;
	if (!allowedHosts.includes(url.hostname)) {
		return `${url.hostname} is not an allowed host: link to a standard or primary documentation (list in src/lib/content-lint/allowed-hosts.ts), or put example URLs in \`code\``;
	}
	return undefined;
}
