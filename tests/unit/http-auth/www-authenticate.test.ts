import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseWwwAuthenticate, type Challenge } from '../../../src/lib/http-auth/index.ts';

function parse(value: string): Challenge[] {
	const result = parseWwwAuthenticate(value);
	if (!result.ok)
		assert.fail(`expected ${JSON.stringify(value)} to parse: ${result.error.message}`);
	return result.challenges;
}

function parseError(value: string, offset: number, message: RegExp): void {
	const result = parseWwwAuthenticate(value);
	if (result.ok) assert.fail(`expected ${JSON.stringify(value)} to be rejected`);
	assert.equal(result.error.offset, offset, result.error.message);
	assert.match(result.error.message, message);
}

/** Parameters as [name, value] when written as a quoted string, [name, value, 'token'] when not. */
const params = (...list: Array<[string, string] | [string, string, 'token']>) =>
	list.map(([name, value, form]) => ({ name, value, quoted: form !== 'token' }));

describe('parseWwwAuthenticate: RFC examples', () => {
	it('RFC 9110 §11.6.1: two challenges, escaped quotes in title', () => {
		assert.deepEqual(
			parse('Basic realm="simple", Newauth realm="apps", type=1, title="Login to \\"apps\\""'),
			[
				{ scheme: 'Basic', params: params(['realm', 'simple']) },
				{
					scheme: 'Newauth',
					params: params(['realm', 'apps'], ['type', '1', 'token'], ['title', 'Login to "apps"']),
				},
			],
		);
	});

	it('RFC 7617 §2 and §2.1', () => {
		assert.deepEqual(parse('Basic realm="WallyWorld"'), [
			{ scheme: 'Basic', params: params(['realm', 'WallyWorld']) },
		]);
		assert.deepEqual(parse('Basic realm="foo", charset="UTF-8"'), [
			{ scheme: 'Basic', params: params(['realm', 'foo'], ['charset', 'UTF-8']) },
		]);
	});

	it('RFC 6750 §3', () => {
		assert.deepEqual(parse('Bearer realm="example"'), [
			{ scheme: 'Bearer', params: params(['realm', 'example']) },
		]);
		assert.deepEqual(
			parse(
				'Bearer realm="example", error="invalid_token", error_description="The access token expired"',
			),
			[
				{
					scheme: 'Bearer',
					params: params(
						['realm', 'example'],
						['error', 'invalid_token'],
						['error_description', 'The access token expired'],
					),
				},
			],
		);
	});

	it('RFC 7616 §3.9.1: two Digest challenges, commas inside quoted strings', () => {
		const nonce = '7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v';
		const opaque = 'FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS';
		const digest = (algorithm: string) =>
			`Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=${algorithm}, nonce="${nonce}", opaque="${opaque}"`;
		const expected = (algorithm: string) => ({
			scheme: 'Digest',
			params: params(
				['realm', 'http-auth@example.org'],
				['qop', 'auth, auth-int'],
				['algorithm', algorithm, 'token'],
				['nonce', nonce],
				['opaque', opaque],
			),
		});
		assert.deepEqual(parse(`${digest('SHA-256')}, ${digest('MD5')}`), [
			expected('SHA-256'),
			expected('MD5'),
		]);
	});

	it('RFC 4559: bare Negotiate and Negotiate with a token68', () => {
		assert.deepEqual(parse('Negotiate'), [{ scheme: 'Negotiate', params: [] }]);
		assert.deepEqual(parse('Negotiate a87421000492aa874209af8bc028'), [
			{ scheme: 'Negotiate', token68: 'a87421000492aa874209af8bc028', params: [] },
		]);
	});
});

describe('parseWwwAuthenticate: grammar details', () => {
	it('token68 with "=" padding versus auth-param', () => {
		// `realm=` alone is a valid token68, not a parameter without a value.
		assert.deepEqual(parse('Basic realm='), [{ scheme: 'Basic', token68: 'realm=', params: [] }]);
		assert.deepEqual(parse('Negotiate YIIabc=='), [
			{ scheme: 'Negotiate', token68: 'YIIabc==', params: [] },
		]);
		assert.deepEqual(parse('Basic dXNlcjpwYXNz'), [
			{ scheme: 'Basic', token68: 'dXNlcjpwYXNz', params: [] },
		]);
		assert.deepEqual(parse('X abc='), [{ scheme: 'X', token68: 'abc=', params: [] }]);
		assert.deepEqual(parse('X a=b'), [{ scheme: 'X', params: params(['a', 'b', 'token']) }]);
		assert.deepEqual(parse('X a/b+c~d.e_f-=='), [
			{ scheme: 'X', token68: 'a/b+c~d.e_f-==', params: [] },
		]);
	});

	it('a token68 challenge followed by more challenges', () => {
		assert.deepEqual(parse('Negotiate abc==, Basic realm="x", NTLM'), [
			{ scheme: 'Negotiate', token68: 'abc==', params: [] },
			{ scheme: 'Basic', params: params(['realm', 'x']) },
			{ scheme: 'NTLM', params: [] },
		]);
	});

	it('look-ahead: after a comma, "token =" continues the challenge, "token SP x" starts a new one', () => {
		assert.deepEqual(parse('A x=1, y = 2, B z=3, C, D'), [
			{ scheme: 'A', params: params(['x', '1', 'token'], ['y', '2', 'token']) },
			{ scheme: 'B', params: params(['z', '3', 'token']) },
			{ scheme: 'C', params: [] },
			{ scheme: 'D', params: [] },
		]);
	});

	it('tolerates empty list elements, OWS around commas and surrounding whitespace', () => {
		assert.deepEqual(parse(' \t, ,Basic realm="a" ,\t, charset=UTF-8 , , Bearer ,, \t'), [
			{ scheme: 'Basic', params: params(['realm', 'a'], ['charset', 'UTF-8', 'token']) },
			{ scheme: 'Bearer', params: [] },
		]);
		assert.deepEqual(parse('Basic , realm="x"'), [
			{ scheme: 'Basic', params: params(['realm', 'x']) },
		]);
		assert.deepEqual(parse('Basic   '), [{ scheme: 'Basic', params: [] }]);
	});

	it('BWS around "=" and tabs as OWS', () => {
		assert.deepEqual(parse('Basic realm \t=\t "x",\tcharset= UTF-8'), [
			{ scheme: 'Basic', params: params(['realm', 'x'], ['charset', 'UTF-8', 'token']) },
		]);
	});

	it('keeps names as written and unescapes quoted-pairs', () => {
		assert.deepEqual(parse('BASIC Realm="a\\\\b\\"c\\d", CharSet=""'), [
			{ scheme: 'BASIC', params: params(['Realm', 'a\\b"cd'], ['CharSet', '']) },
		]);
	});

	it('accepts obs-text (non-ASCII) inside quoted strings and quoted-pairs', () => {
		assert.deepEqual(parse('Basic realm="Café ☕", x="\\é"'), [
			{ scheme: 'Basic', params: params(['realm', 'Café ☕'], ['x', 'é']) },
		]);
	});

	it('several field lines joined with ", "', () => {
		const lines = ['Basic realm="a"', 'Bearer realm="b", scope="read write"'];
		assert.deepEqual(parse(lines.join(', ')), [
			{ scheme: 'Basic', params: params(['realm', 'a']) },
			{ scheme: 'Bearer', params: params(['realm', 'b'], ['scope', 'read write']) },
		]);
	});

	it('records whether each value was written as a quoted string or as a token', () => {
		const value =
			'Basic realm=simple, Bearer realm="a, b=\\"c\\"", scope=read, Negotiate abc==, Digest realm="d", nonce=n';
		assert.deepEqual(
			parse(value).map((challenge) => challenge.params.map((param) => param.quoted)),
			[[false], [true, false], [], [true, false]],
		);
	});

	it('the same parameter in different challenges is fine', () => {
		assert.equal(parse('Basic realm="a", Bearer realm="a"').length, 2);
	});
});

describe('parseWwwAuthenticate: errors and offsets', () => {
	it('empty, whitespace-only or comma-only values', () => {
		parseError('', 0, /at least one challenge/);
		parseError('  \t', 3, /at least one challenge/);
		parseError(' , ,', 4, /at least one challenge/);
	});

	it('a challenge that does not start with a token', () => {
		parseError('"Basic"', 0, /Expected an authentication scheme.*'"'/);
		parseError('Basic realm="x", "y"', 17, /Expected an authentication scheme/);
		parseError('Basic realm="x", =y', 17, /Expected an authentication scheme/);
	});

	it('something other than a space after the scheme', () => {
		parseError('Basic\trealm="x"', 5, /Expected a space after the scheme "Basic", found U\+0009/);
		parseError('Bäsic', 1, /Expected a space after the scheme "B"/);
		parseError('Basic"x"', 5, /Expected a space after the scheme/);
	});

	it('parameters with no challenge to belong to', () => {
		parseError('Basic, realm="x"', 12, /Unexpected "=" after "realm"/);
		parseError('Negotiate abc, realm="x"', 20, /token68 challenge takes no parameters/);
	});

	it('unterminated quoted strings report where they start', () => {
		parseError('Basic realm="WallyWorld', 12, /^Unterminated quoted string starting at 12$/);
		parseError('Basic realm="x\\"', 12, /Unterminated quoted string starting at 12/);
		parseError('Basic realm="x\\', 12, /Unterminated quoted string starting at 12/);
		parseError('Basic realm="x", title="Login to \\"apps\\"', 23, /starting at 23/);
	});

	it('a repeated parameter, compared case-insensitively', () => {
		parseError(
			'Basic realm="a", charset=UTF-8, Realm="b"',
			32,
			/^Parameter "Realm" appears twice in the Basic challenge$/,
		);
		parseError('Newauth type=1, TYPE=2', 16, /"TYPE" appears twice in the Newauth challenge/);
	});

	it('a parameter name without "="', () => {
		parseError('Basic realm x', 12, /^Expected "=" after parameter name "realm", found "x"$/);
		parseError('Basic realm "x"', 12, /Expected "=" after parameter name "realm"/);
	});

	it('a missing or invalid parameter value', () => {
		parseError(
			'Basic charset=x, realm=',
			23,
			/Expected a token or a quoted string as the value of "realm", found the end/,
		);
		parseError('Basic charset=x, realm= , y=1', 24, /value of "realm", found ","/);
		parseError('Bearer abc==def', 11, /value of "abc", found "="/);
		parseError('Basic realm=a b', 14, /Expected "," between parameters/);
	});

	it('a parameter name that is not a token', () => {
		parseError('Basic "x"', 6, /Expected a parameter name, found '"'/);
		parseError('Basic @=1', 6, /Expected a parameter name, found "@"/);
	});

	it('missing comma between parameters', () => {
		parseError('Basic realm="a" charset="b"', 16, /Expected "," between parameters.*"c"/);
		parseError('Basic realm="a"; charset="b"', 15, /found ";"/);
	});

	it('characters not allowed in quoted strings or quoted-pairs', () => {
		parseError('Basic realm="a\u0001b"', 14, /U\+0001 is not allowed inside a quoted string/);
		parseError('Basic realm="a\u007f"', 14, /U\+007F is not allowed/);
		parseError('Basic realm="a\\\nb"', 15, /U\+000A cannot be escaped/);
	});

	it('junk after a complete challenge', () => {
		parseError('Negotiate abc== def', 14, /value of "abc", found "="/);
		parseError('Basic realm="a"\u0000', 15, /Expected "," between parameters.*U\+0000/);
	});
});
