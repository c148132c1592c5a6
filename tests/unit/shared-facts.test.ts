// The facts the site states once (src/data/) against the code and the examples that show them:
// the status chooser, the challenge inspector, the explainer's example token and the code page's
// Express handler, each read from the page itself.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { BEARER_CASES, bearerStatus, BEARER_ERRORS } from '../../src/data/bearer-errors.ts';
import { DECISION_STEPS, STATUS_DECISION } from '../../src/data/status-decision.ts';
import { PROXY_HEADERS } from '../../src/data/proxy-headers.ts';
import { SHARED_CACHE } from '../../src/data/shared-cache.ts';
import {
	chooseStatus,
	inspectJwt,
	parseWwwAuthenticate,
	type StatusAnswers,
} from '../../src/lib/http-auth/index.ts';
import { findProblems } from '../../src/lib/tools/challenges.ts';

const page = (path: string) =>
	readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8');

/** The body of the first code fence whose info string contains `title="…"`. */
function fence(markdown: string, title: string): string {
	const open = markdown.indexOf(`title="${title}"`);
	assert.notEqual(open, -1, `a code block titled ${title}`);
	const start = markdown.indexOf('\n', open) + 1;
	return markdown.slice(start, markdown.indexOf('\n```', start));
}

describe('the shared facts', () => {
	it('each has one cell per column, notes and at least one source', () => {
		for (const fact of [BEARER_ERRORS, STATUS_DECISION, PROXY_HEADERS, SHARED_CACHE]) {
			for (const row of fact.table.rows) assert.equal(row.cells.length, fact.table.columns.length);
			assert.ok(fact.sources.length > 0);
			for (const source of fact.sources) assert.match(source.href, /^https:\/\//);
		}
	});

	it('the Bearer table follows RFC 6750 §3.1', () => {
		assert.equal(bearerStatus('invalid_request'), 400);
		assert.equal(bearerStatus('invalid_token'), 401);
		assert.equal(bearerStatus('insufficient_scope'), 403);
		assert.deepEqual(
			BEARER_CASES.filter((c) => c.error === null).map((c) => c.status),
			[401],
		);
	});

	it('the challenge inspector checks a Bearer error against the same status', () => {
		for (const { error, status } of BEARER_CASES) {
			if (error === null) continue;
			const value = `Bearer realm="api", error="${error}"`;
			const parsed = parseWwwAuthenticate(value);
			if (!parsed.ok) assert.fail(parsed.error.message);
			const at = (code: number) =>
				findProblems(parsed.challenges, code).filter((problem) => problem.severity === 'error');
			assert.deepEqual(at(status), [], `${error} on a ${status}`);
			for (const other of [400, 401, 403].filter((code) => code !== status)) {
				assert.equal(at(other).length, 1, `${error} on a ${other} is flagged`);
			}
		}
	});
});

describe('the status decision and the status chooser', () => {
	const FINE: StatusAnswers = {
		captiveNetwork: false,
		challengerIsProxy: false,
		wellFormed: true,
		credentialsSent: true,
		credentialsValid: true,
		allowed: true,
		hideExistence: false,
	};
	// A request that stops at each row of the table, in the table's order.
	const stopsAt: Array<Partial<StatusAnswers>> = [
		{ captiveNetwork: true, wellFormed: false },
		{ challengerIsProxy: true, credentialsValid: false, wellFormed: false },
		{ wellFormed: false, credentialsSent: false },
		{ credentialsSent: false, credentialsValid: false },
		{ credentialsValid: false, allowed: false },
		{ allowed: false, hideExistence: true },
		{ allowed: false },
		{},
	];

	it('has a row for every branch of chooseStatus, in the same order', () => {
		assert.equal(DECISION_STEPS.length, stopsAt.length);
		DECISION_STEPS.forEach((step, index) => {
			const choice = chooseStatus({ ...FINE, ...stopsAt[index] });
			const status = choice === null ? '2xx' : String(choice.status);
			assert.ok(
				step.status.includes(status === '2xx' ? '2xx' : `\`${status} `),
				`row ${index + 1} (${step.status}) is what the chooser answers: ${status}`,
			);
		});
	});

	it('cites RFC 6750 §3.1 for invalid_request, not RFC 9110 alone', () => {
		const row = DECISION_STEPS.find((step) => step.challenge.includes('invalid_request'));
		assert.ok(row?.cites.includes('RFC 6750 §3.1'));
	});

	it('the diagram meets the outcomes in the same order', () => {
		const diagram = readFileSync(
			new URL('../../src/components/diagrams/StatusFlow.astro', import.meta.url),
			'utf8',
		);
		const description = /description=\{`([^`]*)`\}/.exec(diagram)?.[1] ?? '';
		const order = ['407', '400', '401', '404', '403'].map((status) => description.indexOf(status));
		assert.ok(order.every((at) => at !== -1));
		assert.deepEqual(
			[...order].sort((a, b) => a - b),
			order,
		);
	});
});

describe('the explainer’s example exchange', () => {
	const markdown = page('guides/401-unauthorized.mdx');
	const token = (title: string) =>
		/^Authorization: Bearer (\S+)$/m.exec(fence(markdown, title))?.[1] ?? '';
	const date = /^Date: (.+)$/m.exec(fence(markdown, '2. The challenge'))?.[1] ?? '';
	const storyTime = Date.parse(date) / 1000;

	it('dates the challenge', () => {
		assert.ok(Number.isFinite(storyTime), `a Date header: ${date}`);
	});

	it('sends a token that expired a few minutes before the challenge', () => {
		const inspection = inspectJwt(token('1. The request'), storyTime);
		if (!inspection.ok) assert.fail(inspection.error.message);
		const { iat, exp } = inspection.payload as { iat: number; exp: number };
		assert.ok(storyTime - exp > 0 && storyTime - exp < 10 * 60, 'expired minutes ago');
		assert.ok(iat < exp);
		assert.ok(inspection.findings.some((finding) => finding.code === 'expired'));
		// The inspector says the same to a reader today.
		const today = inspectJwt(token('1. The request'), Math.floor(Date.now() / 1000));
		assert.ok(today.ok && today.findings.some((finding) => finding.code === 'expired'));
	});

	it('retries with a token that is valid at that moment', () => {
		const inspection = inspectJwt(token('3. The retry'), storyTime);
		if (!inspection.ok) assert.fail(inspection.error.message);
		const codes = inspection.findings.map((finding) => finding.code);
		assert.ok(!codes.includes('expired') && !codes.includes('not-yet-valid'), codes.join());
	});

	it('says in the prose what the claims say', () => {
		assert.match(markdown, /issued at 09:00 that\s+expired at 10:00/);
		assert.match(date, /10:04:\d\d GMT$/);
	});
});

// The code page's Express handler, run as written with stand-ins for express and jose.
describe('the code page’s Express handler', async () => {
	const source = fence(page('guides/code.md'), 'server.mjs');
	type Handler = (req: Request, res: Response, next: (err?: unknown) => void) => unknown;
	interface Request {
		method: string;
		query: Record<string, string>;
		headers: Record<string, string>;
		get(name: string): string | undefined;
		auth?: unknown;
	}
	interface Response {
		statusCode: number;
		headers: Record<string, string>;
		body: unknown;
		vary(name: string): Response;
		set(name: string, value: string): Response;
		status(code: number): Response;
		json(body: unknown): Response;
		sendStatus(code: number): Response;
	}
	const uses: Handler[] = [];
	const routes = new Map<string, Handler[]>();
	const app = {
		use: (handler: Handler) => uses.push(handler),
		get: (path: string, ...handlers: Handler[]) => routes.set(path, handlers),
		listen: () => undefined,
	};
	const failure = (code: string) => Object.assign(new Error(code), { code });
	const jose = {
		createRemoteJWKSet: () => 'jwks',
		jwtVerify: async (token: string) => {
			if (token === 'expired') throw failure('ERR_JWT_EXPIRED');
			if (token === 'forged') throw failure('ERR_JWS_SIGNATURE_VERIFICATION_FAILED');
			if (token === 'slow') throw failure('ERR_JWKS_TIMEOUT');
			return { payload: { sub: 'user-1', scope: token === 'reader' ? 'orders:read' : 'profile' } };
		},
	};
	const program = source.replace(/^import .*$/gm, '');
	new Function('express', 'createRemoteJWKSet', 'jwtVerify', 'console', program)(
		() => app,
		jose.createRemoteJWKSet,
		jose.jwtVerify,
		{ log: () => undefined },
	);

	async function send(headers: Record<string, string>, query: Record<string, string> = {}) {
		const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
		const req: Request = {
			method: lower['x-method'] ?? 'GET',
			query,
			headers: lower,
			get: (name) => lower[name.toLowerCase()],
		};
		const res: Response = {
			statusCode: 200,
			headers: {},
			body: undefined,
			vary: () => res,
			set: (name, value) => ((res.headers[name.toLowerCase()] = value), res),
			status: (code) => ((res.statusCode = code), res),
			json: (body) => ((res.body = body), res),
			sendStatus: (code) => ((res.statusCode = code), res),
		};
		let passedOn: unknown;
		for (const handler of [...uses, ...(routes.get('/v1/orders') ?? [])]) {
			let called = false;
			await handler(req, res, (err) => {
				called = true;
				passedOn = err;
			});
			if (!called || passedOn !== undefined) break;
		}
		return { status: res.statusCode, challenge: res.headers['www-authenticate'], passedOn, res };
	}

	const errorIn = (challenge: string | undefined) => /error="([^"]+)"/.exec(challenge ?? '')?.[1];

	it('answers a request without credentials with a bare challenge', async () => {
		for (const headers of [{}, { Authorization: 'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==' }]) {
			const { status, challenge } = await send(headers);
			assert.equal(status, 401);
			assert.equal(challenge, 'Bearer realm="api"');
		}
	});

	it('answers a malformed token with 401 invalid_token, not 400', async () => {
		for (const value of ['Bearer', 'Bearer two tokens', 'Bearer not!a!token']) {
			const { status, challenge } = await send({ Authorization: value });
			assert.equal(errorIn(challenge), 'invalid_token', value);
			assert.equal(status, bearerStatus('invalid_token'), value);
		}
	});

	it('keeps 400 invalid_request for a token in the URL', async () => {
		const { status, challenge } = await send(
			{ Authorization: 'Bearer reader' },
			{ access_token: 'reader' },
		);
		assert.equal(errorIn(challenge), 'invalid_request');
		assert.equal(status, bearerStatus('invalid_request'));
	});

	it('answers an expired or forged token with 401 invalid_token', async () => {
		for (const token of ['expired', 'forged']) {
			const { status, challenge } = await send({ Authorization: `Bearer ${token}` });
			assert.equal(status, 401);
			assert.equal(errorIn(challenge), 'invalid_token');
		}
		const { challenge } = await send({ Authorization: 'Bearer expired' });
		assert.match(challenge ?? '', /error_description="The access token expired"/);
	});

	it('answers a valid token without the scope with 403 insufficient_scope', async () => {
		const { status, challenge } = await send({ Authorization: 'Bearer profile-only' });
		assert.equal(status, bearerStatus('insufficient_scope'));
		assert.equal(challenge, 'Bearer realm="api", error="insufficient_scope", scope="orders:read"');
	});

	it('lets a valid token with the scope through, and a key-server timeout is its own error', async () => {
		const ok = await send({ Authorization: 'Bearer reader' });
		assert.equal(ok.status, 200);
		assert.equal(ok.challenge, undefined);
		const slow = await send({ Authorization: 'Bearer slow' });
		assert.equal((slow.passedOn as { code?: string } | undefined)?.code, 'ERR_JWKS_TIMEOUT');
	});

	it('answers a preflight before the authentication check', async () => {
		const { status, challenge } = await send({
			'X-Method': 'OPTIONS',
			Origin: 'https://app.example.com',
		});
		assert.equal(status, 204);
		assert.equal(challenge, undefined);
	});
});
