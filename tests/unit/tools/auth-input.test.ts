import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readAuthInput } from '../../../src/lib/tools/auth-input.ts';

describe('readAuthInput', () => {
	it('treats a bare value as WWW-Authenticate without a status', () => {
		const input = readAuthInput('  Basic realm="WallyWorld"  ');
		assert.deepEqual(input, {
			status: null,
			statusLine: null,
			field: 'WWW-Authenticate',
			value: 'Basic realm="WallyWorld"',
			raw: false,
			notes: [],
		});
	});

	it('joins a bare value written over several lines with commas', () => {
		assert.equal(
			readAuthInput('Bearer realm="api"\nBasic realm="api"\n').value,
			'Bearer realm="api", Basic realm="api"',
		);
	});

	it('reads the status and the challenge from a raw response, ignoring the body', () => {
		const text =
			'HTTP/1.1 403 Forbidden\r\nContent-Type: application/json\r\nWWW-Authenticate: Bearer error="invalid_token"\r\n\r\nWWW-Authenticate: Basic realm="body"';
		const input = readAuthInput(text);
		assert.equal(input.status, 403);
		assert.equal(input.statusLine, 'HTTP/1.1 403 Forbidden');
		assert.equal(input.value, 'Bearer error="invalid_token"');
		assert.equal(input.raw, true);
	});

	it('accepts HTTP/2 status lines and lower-case field names', () => {
		const input = readAuthInput('HTTP/2 401\nwww-authenticate: Bearer realm="api"');
		assert.equal(input.status, 401);
		assert.equal(input.value, 'Bearer realm="api"');
	});

	it('combines repeated field lines and says so', () => {
		const input = readAuthInput(
			'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Negotiate\nWWW-Authenticate: Basic realm="x"',
		);
		assert.equal(input.value, 'Negotiate, Basic realm="x"');
		assert.equal(input.notes.length, 1);
	});

	it('unfolds obs-fold continuation lines', () => {
		const input = readAuthInput('WWW-Authenticate: Digest realm="a",\n  nonce="b"');
		assert.equal(input.value, 'Digest realm="a", nonce="b"');
	});

	it('reads header lines without a status line', () => {
		const input = readAuthInput('WWW-Authenticate: Basic realm="x"');
		assert.equal(input.status, null);
		assert.equal(input.raw, true);
		assert.equal(input.value, 'Basic realm="x"');
	});

	it('strips curl -v prefixes', () => {
		const input = readAuthInput(
			'* Connected\n< HTTP/1.1 401 Unauthorized\n< WWW-Authenticate: Basic realm="x"\n<\n',
		);
		assert.equal(input.status, 401);
		assert.equal(input.value, 'Basic realm="x"');
	});

	it('uses Proxy-Authenticate on a 407 and notes the other field', () => {
		const input = readAuthInput(
			'HTTP/1.1 407 Proxy Authentication Required\nProxy-Authenticate: Basic realm="proxy"\nWWW-Authenticate: Basic realm="site"',
		);
		assert.equal(input.field, 'Proxy-Authenticate');
		assert.equal(input.value, 'Basic realm="proxy"');
		assert.equal(input.notes.length, 1);
	});

	it('returns a null value for a response without a challenge', () => {
		const input = readAuthInput('HTTP/1.1 401 Unauthorized\nContent-Length: 0');
		assert.equal(input.status, 401);
		assert.equal(input.value, null);
	});

	it('keeps hostile text as a value', () => {
		const input = readAuthInput('<img src=x onerror=alert(1)>');
		assert.equal(input.value, '<img src=x onerror=alert(1)>');
		assert.equal(input.raw, false);
	});
});
