import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
	chooseStatus,
	parseWwwAuthenticate,
	type StatusAnswers,
	type StatusChoice,
} from '../../../src/lib/http-auth/index.ts';

const FINE: StatusAnswers = {
	wellFormed: true,
	credentialsSent: true,
	credentialsValid: true,
	allowed: true,
	hideExistence: false,
	challengerIsProxy: false,
	captiveNetwork: false,
};

function choose(changes: Partial<StatusAnswers>): StatusChoice {
	const choice = chooseStatus({ ...FINE, ...changes });
	if (choice === null) assert.fail(`expected an error status for ${JSON.stringify(changes)}`);
	return choice;
}

const labels = (choice: StatusChoice) => choice.rfc.map((reference) => reference.label);

/** All 2^7 combinations of answers. */
function* allAnswers(): Generator<StatusAnswers> {
	const keys = Object.keys(FINE) as Array<keyof StatusAnswers>;
	for (let bits = 0; bits < 1 << keys.length; bits++) {
		const answers = { ...FINE };
		keys.forEach((key, i) => (answers[key] = (bits & (1 << i)) !== 0));
		yield answers;
	}
}

describe('chooseStatus: each branch', () => {
	it('nothing wrong → null', () => {
		assert.equal(chooseStatus(FINE), null);
		assert.equal(chooseStatus({ ...FINE, hideExistence: true }), null);
		// A proxy that accepted the proxy credentials lets the request through.
		assert.equal(chooseStatus({ ...FINE, challengerIsProxy: true }), null);
	});

	it('captive network → 511 without a challenge, whatever else is true', () => {
		const choice = choose({ captiveNetwork: true, wellFormed: false, credentialsSent: false });
		assert.equal(choice.status, 511);
		assert.equal(choice.reason, 'Network Authentication Required');
		assert.equal(choice.header, null);
		assert.deepEqual(labels(choice), ['RFC 6585 §6']);
		assert.doesNotMatch(choice.exampleResponse, /WWW-Authenticate/);
		assert.match(choice.exampleResponse, /Cache-Control: no-store/);
		assert.match(choice.exampleResponse, /<a href="https:\/\/login\.example\.net\/">/);
	});

	it('proxy without valid credentials → 407 with Proxy-Authenticate', () => {
		for (const changes of [
			{ credentialsSent: false },
			{ credentialsValid: false },
			{ credentialsSent: false, credentialsValid: false, wellFormed: false },
		]) {
			const choice = choose({ challengerIsProxy: true, ...changes });
			assert.equal(choice.status, 407);
			assert.equal(choice.reason, 'Proxy Authentication Required');
			assert.deepEqual(choice.header, {
				name: 'Proxy-Authenticate',
				value: 'Basic realm="corporate proxy"',
			});
			assert.deepEqual(labels(choice), ['RFC 9110 §15.5.8', 'RFC 9110 §11.7.1']);
		}
	});

	it('malformed request → 400 with invalid_request', () => {
		const choice = choose({ wellFormed: false, credentialsSent: false });
		assert.equal(choice.status, 400);
		assert.equal(choice.reason, 'Bad Request');
		assert.match(choice.header?.value ?? '', /^Bearer realm="api", error="invalid_request"/);
		assert.deepEqual(labels(choice), ['RFC 9110 §15.5.1', 'RFC 6750 §3.1']);
	});

	it('no credentials → 401 with a bare challenge and no error code', () => {
		const choice = choose({ credentialsSent: false, credentialsValid: false, allowed: false });
		assert.equal(choice.status, 401);
		assert.equal(choice.reason, 'Unauthorized');
		assert.deepEqual(choice.header, { name: 'WWW-Authenticate', value: 'Bearer realm="api"' });
		assert.deepEqual(labels(choice), ['RFC 9110 §15.5.2', 'RFC 9110 §11.6.1', 'RFC 6750 §3.1']);
	});

	it('invalid credentials → 401 with error="invalid_token"', () => {
		const choice = choose({ credentialsValid: false, allowed: false });
		assert.equal(choice.status, 401);
		assert.equal(choice.header?.name, 'WWW-Authenticate');
		assert.match(
			choice.header?.value ?? '',
			/^Bearer realm="api", error="invalid_token", error_description="[^"]+"$/,
		);
		assert.deepEqual(labels(choice), ['RFC 9110 §15.5.2', 'RFC 9110 §11.6.1', 'RFC 6750 §3.1']);
	});

	it('valid but not allowed → 403 with insufficient_scope', () => {
		const choice = choose({ allowed: false });
		assert.equal(choice.status, 403);
		assert.equal(choice.reason, 'Forbidden');
		assert.match(
			choice.header?.value ?? '',
			/^Bearer realm="api", error="insufficient_scope", scope="[^"]+"$/,
		);
		assert.deepEqual(labels(choice), ['RFC 9110 §15.5.4', 'RFC 6750 §3.1']);
	});

	it('valid but not allowed, existence hidden → 404 without a challenge', () => {
		const choice = choose({ allowed: false, hideExistence: true });
		assert.equal(choice.status, 404);
		assert.equal(choice.reason, 'Not Found');
		assert.equal(choice.header, null);
		assert.deepEqual(labels(choice), ['RFC 9110 §15.5.5', 'RFC 9110 §15.5.4']);
	});
});

describe('chooseStatus: every combination', () => {
	it('is null exactly when nothing is wrong', () => {
		for (const answers of allAnswers()) {
			const fine =
				!answers.captiveNetwork &&
				answers.wellFormed &&
				answers.credentialsSent &&
				answers.credentialsValid &&
				answers.allowed;
			assert.equal(chooseStatus(answers) === null, fine, JSON.stringify(answers));
		}
	});

	it('produces well-formed RFC links, headers and example responses', () => {
		const seen = new Set<number>();
		for (const answers of allAnswers()) {
			const choice = chooseStatus(answers);
			if (choice === null) continue;
			seen.add(choice.status);

			assert.ok(choice.explanation.length > 20);
			assert.ok(choice.rfc.length > 0);
			for (const { label, url } of choice.rfc) {
				const match = /^RFC (\d+) §([\d.]+)$/.exec(label);
				assert.ok(match, label);
				assert.equal(url, `https://www.rfc-editor.org/rfc/rfc${match[1]}#section-${match[2]}`);
			}

			if (choice.header !== null) {
				assert.match(choice.header.name, /^(WWW|Proxy)-Authenticate$/);
				assert.equal(parseWwwAuthenticate(choice.header.value).ok, true, choice.header.value);
			}

			const response = choice.exampleResponse;
			assert.doesNotMatch(response, /\r/);
			const blank = response.indexOf('\n\n');
			assert.ok(blank > 0);
			const [statusLine, ...headerLines] = response.slice(0, blank).split('\n');
			assert.equal(statusLine, `HTTP/1.1 ${choice.status} ${choice.reason}`);
			for (const line of headerLines) assert.match(line, /^[A-Za-z-]+: \S/);
			if (choice.header !== null) {
				assert.ok(headerLines.includes(`${choice.header.name}: ${choice.header.value}`));
			}
			const body = response.slice(blank + 2);
			assert.ok(body.length > 0);
			assert.ok(
				headerLines.includes(`Content-Length: ${new TextEncoder().encode(body).length}`),
				'Content-Length matches the body',
			);
		}
		assert.deepEqual([...seen].sort(), [400, 401, 403, 404, 407, 511]);
	});
});
