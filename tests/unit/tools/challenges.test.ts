import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseWwwAuthenticate, type Challenge } from '../../../src/lib/http-auth/index.ts';
import {
	clientReply,
	explainParam,
	explainToken68,
	findProblems,
	schemeInfo,
	type Problem,
} from '../../../src/lib/tools/challenges.ts';

function parse(value: string): Challenge[] {
	const result = parseWwwAuthenticate(value);
	if (!result.ok) assert.fail(result.error.message);
	return result.challenges;
}

function problems(value: string, status: number | null = null): Problem[] {
	return findProblems(parse(value), status);
}

const messages = (list: Problem[]) => list.map((p) => p.message).join('\n');

describe('schemeInfo', () => {
	it('knows the common schemes case-insensitively', () => {
		assert.equal(schemeInfo('BASIC').name, 'Basic');
		assert.equal(schemeInfo('bearer').reference?.label, 'RFC 6750 §3');
		assert.equal(schemeInfo('Digest').wellSupported, true);
	});
	it('describes unknown schemes without claiming support', () => {
		const info = schemeInfo('Foo');
		assert.equal(info.name, 'Foo');
		assert.equal(info.wellSupported, false);
	});
});

describe('explainParam', () => {
	it('explains every parameter the issue lists, with an RFC section', () => {
		const names = [
			'realm',
			'charset',
			'scope',
			'error',
			'error_description',
			'error_uri',
			'nonce',
			'opaque',
			'qop',
			'algorithm',
			'stale',
			'domain',
			'userhash',
		];
		for (const name of names) {
			const explanation = explainParam('Digest', name, 'x');
			assert.ok(explanation.text.length > 20, name);
			assert.match(
				explanation.reference?.url ?? '',
				/^https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d+#section-/,
				name,
			);
			assert.doesNotMatch(explanation.text, /does not know/, name);
		}
	});
	it('mentions the realm value and the protection space', () => {
		const explanation = explainParam('Basic', 'realm', 'WallyWorld');
		assert.match(explanation.text, /WallyWorld/);
		assert.equal(explanation.reference?.label, 'RFC 9110 §11.5');
	});
	it('maps Bearer error codes to their statuses', () => {
		assert.match(explainParam('Bearer', 'error', 'invalid_request').text, /400/);
		assert.match(explainParam('Bearer', 'error', 'invalid_token').text, /401/);
		assert.match(explainParam('Bearer', 'error', 'insufficient_scope').text, /403/);
	});
	it('lists scopes', () => {
		assert.match(
			explainParam('Bearer', 'scope', 'read write').text,
			/2 scopes a token needs for this resource \(read, write\)/,
		);
	});
	it('says when it does not know a parameter', () => {
		assert.match(explainParam('Basic', 'colour', 'blue').text, /does not know/);
	});
	it('explains a Negotiate token68', () => {
		assert.match(explainToken68('Negotiate').text, /handshake/);
	});
});

describe('findProblems', () => {
	it('accepts the RFC 7617 example', () => {
		assert.deepEqual(problems('Basic realm="WallyWorld"', 401), []);
	});
	it('flags Basic without realm', () => {
		assert.match(messages(problems('Basic', 401)), /Basic requires a realm/);
	});
	it('flags an unquoted realm', () => {
		const found = problems('Basic realm=WallyWorld', 401);
		assert.match(messages(found), /realm=WallyWorld is not quoted/);
		assert.equal(found[0]?.reference?.label, 'RFC 9110 §11.5');
	});
	it('flags a Bearer error on the wrong status', () => {
		const found = problems('Bearer error="invalid_token"', 403);
		assert.equal(found[0]?.severity, 'error');
		assert.match(found[0]?.message ?? '', /belongs on a 401, but this response is a 403/);
	});
	it('accepts each Bearer error on its own status', () => {
		assert.deepEqual(problems('Bearer error="invalid_request"', 400), []);
		assert.deepEqual(problems('Bearer realm="api", error="invalid_token"', 401), []);
		assert.deepEqual(problems('Bearer error="insufficient_scope", scope="admin"', 403), []);
	});
	it('asks for the status when only a value was pasted', () => {
		const found = problems('Bearer error="insufficient_scope"');
		assert.equal(found[0]?.severity, 'info');
	});
	it('flags unknown schemes before well-supported ones', () => {
		assert.match(
			messages(problems('Newauth realm="apps", type=1, Basic realm="simple"', 401)),
			/Newauth comes before a widely supported scheme/,
		);
		assert.doesNotMatch(
			messages(problems('Basic realm="simple", Newauth realm="apps"', 401)),
			/before a widely/,
		);
	});
	it('flags Digest without a nonce and MD5 alone', () => {
		const text = messages(problems('Digest realm="x"', 401));
		assert.match(text, /requires a nonce/);
		assert.match(text, /only MD5/);
		assert.doesNotMatch(
			messages(
				problems(
					'Digest realm="x", nonce="n", algorithm=SHA-256, Digest realm="x", nonce="n", algorithm=MD5',
					401,
				),
			),
			/only MD5/,
		);
	});
	it('flags a charset other than UTF-8 and Proxy-Authenticate on the wrong status', () => {
		assert.match(
			messages(problems('Basic realm="x", charset="latin1"', 401)),
			/charset may only be/,
		);
		const challenges = parse('Basic realm="x"');
		assert.match(messages(findProblems(challenges, 401, 'Proxy-Authenticate')), /belongs on a 407/);
		assert.match(messages(findProblems(challenges, 407, 'WWW-Authenticate')), /Proxy-Authenticate/);
	});
	it('lists errors before warnings before notes', () => {
		const found = problems('Foo, Basic realm=x, Bearer error="invalid_token"', 403);
		const order = found.map((p) => p.severity);
		assert.deepEqual(
			order,
			[...order].sort(
				(a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b),
			),
		);
	});
});

describe('names that are also JavaScript property names', () => {
	it('are unknown schemes, parameters and error codes like any other', () => {
		assert.equal(schemeInfo('constructor').wellSupported, false);
		assert.match(schemeInfo('Constructor').summary, /does not know/);
		assert.match(explainParam('Basic', 'toString', 'x').text, /does not know/);
		assert.match(
			explainParam('Bearer', 'error', '__proto__').text,
			/not one of the codes Bearer defines/,
		);
		assert.match(
			messages(problems('Bearer error="constructor"', 401)),
			/error="constructor" is not one of the codes Bearer defines/,
		);
	});
});

describe('clientReply', () => {
	const reply = (value: string, field?: 'WWW-Authenticate' | 'Proxy-Authenticate') =>
		clientReply(parse(value)[0]!, field);
	it('Basic and Bearer', () => {
		assert.deepEqual(reply('Basic realm="x"').lines, [
			'Authorization: Basic <base64 of user-id:password>',
		]);
		assert.deepEqual(reply('Bearer realm="x"').lines, ['Authorization: Bearer <access token>']);
		assert.match(reply('Bearer error="insufficient_scope", scope="admin"').note, /admin/);
	});
	it('Digest with the offered algorithm, qop and opaque', () => {
		const [line] = reply(
			'Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=SHA-256, nonce="7ypf", opaque="FQhe"',
		).lines;
		assert.match(
			line ?? '',
			/^Authorization: Digest username="<user name>", realm="http-auth@example.org"/,
		);
		assert.match(
			line ?? '',
			/algorithm=SHA-256, nonce="7ypf", nc=00000001, cnonce="<client nonce>", qop=auth, response="<SHA-256 hash>", opaque="FQhe"$/,
		);
	});
	it('escapes quotes when it quotes values again', () => {
		assert.match(reply('Digest realm="a\\"b", nonce="n"').lines[0] ?? '', /realm="a\\"b"/);
	});
	it('answers a proxy with Proxy-Authorization', () => {
		assert.deepEqual(reply('Basic realm="p"', 'Proxy-Authenticate').lines, [
			'Proxy-Authorization: Basic <base64 of user-id:password>',
		]);
	});
	it('Negotiate, NTLM, DPoP and unknown schemes', () => {
		assert.deepEqual(reply('Negotiate').lines, ['Authorization: Negotiate <base64 SPNEGO token>']);
		assert.deepEqual(reply('NTLM').lines, ['Authorization: NTLM <base64 NTLM message>']);
		assert.equal(reply('DPoP algs="ES256"').lines.length, 2);
		assert.deepEqual(reply('Foo').lines, ['Authorization: Foo <credentials>']);
	});
});
