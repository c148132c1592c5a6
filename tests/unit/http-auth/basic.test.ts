import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
	decodeBasicCredentials,
	encodeBasicCredentials,
} from '../../../src/lib/http-auth/index.ts';

function decoded(value: string): { user: string; password: string } {
	const result = decodeBasicCredentials(value);
	if (!result.ok)
		assert.fail(`expected ${JSON.stringify(value)} to decode: ${result.error.message}`);
	return { user: result.user, password: result.password };
}

function decodeError(value: string, message: RegExp): void {
	const result = decodeBasicCredentials(value);
	if (result.ok) assert.fail(`expected ${JSON.stringify(value)} to be rejected`);
	assert.match(result.error.message, message);
}

describe('encodeBasicCredentials', () => {
	it('RFC 7617 §2: Aladdin / open sesame', () => {
		assert.equal(
			encodeBasicCredentials('Aladdin', 'open sesame'),
			'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==',
		);
	});

	it('RFC 7617 §2.1: UTF-8, test / 123£', () => {
		assert.equal(encodeBasicCredentials('test', '123£'), 'Basic dGVzdDoxMjPCow==');
	});

	it('allows empty parts, colons in the password and non-ASCII', () => {
		assert.equal(encodeBasicCredentials('', ''), 'Basic Og==');
		assert.deepEqual(decoded(encodeBasicCredentials('José', 'a:b:🔑')), {
			user: 'José',
			password: 'a:b:🔑',
		});
	});

	it('rejects a colon in the user-id', () => {
		assert.throws(() => encodeBasicCredentials('a:b', 'x'), {
			name: 'Error',
			message: /user-id contains a colon at position 1/,
		});
	});

	it('rejects C0 controls, DEL and C1 controls in either part', () => {
		const cases: Array<[string, string, RegExp]> = [
			['a\u0000', 'x', /user-id contains the control character U\+0000 at position 1/],
			['\u001f', 'x', /user-id contains the control character U\+001F/],
			['a', 'pass\nword', /password contains the control character U\+000A at position 4/],
			['a', '\u007f', /password contains the control character U\+007F/],
			['\u0085', 'x', /user-id contains the control character U\+0085/],
			['a', '\u009f', /password contains the control character U\+009F/],
		];
		for (const [user, password, message] of cases) {
			assert.throws(() => encodeBasicCredentials(user, password), { name: 'Error', message });
		}
	});

	it('rejects unpaired surrogates, which have no UTF-8 encoding', () => {
		assert.throws(
			() => encodeBasicCredentials('a', 'x\ud800'),
			/password contains an unpaired UTF-16 surrogate/,
		);
		assert.throws(() => encodeBasicCredentials('\udc00', 'x'), /user-id contains an unpaired/);
	});
});

describe('decodeBasicCredentials', () => {
	it('RFC 7617 examples', () => {
		assert.deepEqual(decoded('Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=='), {
			user: 'Aladdin',
			password: 'open sesame',
		});
		assert.deepEqual(decoded('Basic dGVzdDoxMjPCow=='), { user: 'test', password: '123£' });
	});

	it('matches the scheme case-insensitively and tolerates whitespace', () => {
		assert.deepEqual(decoded('  bAsIc    QWxhZGRpbjpvcGVuIHNlc2FtZQ==  \t'), {
			user: 'Aladdin',
			password: 'open sesame',
		});
	});

	it('splits at the first colon; empty parts are allowed', () => {
		assert.deepEqual(decoded(`Basic ${btoa('u:p:q:')}`), { user: 'u', password: 'p:q:' });
		assert.deepEqual(decoded('Basic Og=='), { user: '', password: '' });
		assert.deepEqual(decoded(`Basic ${btoa('user:')}`), { user: 'user', password: '' });
	});

	it('keeps a leading byte order mark instead of silently dropping it', () => {
		assert.deepEqual(decoded('Basic 77u/YTpi'), { user: '\ufeffa', password: 'b' });
	});

	it('rejects an empty value', () => {
		decodeError('', /empty/);
		decodeError(' \t ', /empty/);
	});

	it('rejects another scheme', () => {
		decodeError('Bearer QWxhZGRpbjpvcGVuIHNlc2FtZQ==', /Expected the Basic scheme, found "Bearer"/);
		decodeError('QWxhZGRpbjpvcGVuIHNlc2FtZQ==', /Expected the Basic scheme/);
		decodeError('Basic\tQWxh', /Expected the Basic scheme/);
		decodeError(
			'Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==',
			/without the "Authorization:" field name/,
		);
	});

	it('rejects a missing token68', () => {
		decodeError('Basic', /Missing credentials after "Basic"/);
		decodeError('Basic    ', /Missing credentials/);
	});

	it('rejects characters outside the base64 alphabet', () => {
		decodeError(
			'Basic QWxh*GRp',
			/"\*" at position 4 of the credentials is not in the base64 alphabet/,
		);
		decodeError('Basic QWxh ZGRp', /U\+0020 at position 4/);
		decodeError('Basic dGVzdDoxMjPCo-==', /position 13.*base64url/);
		decodeError('Basic QWxh\u00e9GRp', /"é" at position 4/);
	});

	it('rejects wrong padding or length', () => {
		decodeError('Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ', /length 26 is not a multiple of 4/);
		decodeError('Basic QQ==QQ==', /"=" padding may only appear at the end/);
		decodeError('Basic QQ===', /"=" padding may only appear at the end, at most twice/);
		decodeError('Basic ====', /padding/);
		decodeError('Basic abc', /length 3/);
	});

	it('rejects credentials without a colon', () => {
		decodeError(`Basic ${btoa('Aladdin')}`, /no colon/);
	});

	it('rejects bytes that are not UTF-8', () => {
		decodeError('Basic //79', /not valid UTF-8/);
		// "test:123£" in ISO-8859-1, as some old clients send it.
		decodeError('Basic dGVzdDoxMjOj', /not valid UTF-8.*ISO-8859-1/);
	});
});
