// Byte-level helpers shared by the Basic and JWT code. Only atob/btoa and TextEncoder/TextDecoder,
// so the same code runs in the browser and in Node.

// fatal: reject invalid UTF-8 instead of inserting U+FFFD; ignoreBOM: keep a leading BOM visible
// rather than silently dropping it.
const utf8Decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Returns null when the bytes are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
	try {
		return utf8Decoder.decode(bytes);
	} catch {
		return null;
	}
}

export function bytesToBase64(bytes: Uint8Array): string {
	let binary = '';
	// Chunked so String.fromCharCode never gets more arguments than the engine allows.
	for (let i = 0; i < bytes.length; i += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return btoa(binary);
}

/** Callers validate the alphabet and padding first; atob is more forgiving than we want to be. */
export function base64ToBytes(base64: string): Uint8Array {
	const binary = atob(base64);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

export function base64UrlToBytes(base64url: string): Uint8Array {
	const base64 = base64url.replaceAll('-', '+').replaceAll('_', '/');
	return base64ToBytes(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
}

/** Quotes the character at `index` for an error message; invisible ones are shown as U+XXXX. */
export function describeCharAt(text: string, index: number): string {
	const code = text.codePointAt(index);
	if (code === undefined) return 'the end of the value';
	const invisible =
		code <= 0x20 ||
		code === 0x7f ||
		(code >= 0x80 && code <= 0xa0) ||
		(code >= 0xd800 && code <= 0xdfff);
	if (invisible) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
	return code === 0x22 ? `'"'` : `"${String.fromCodePoint(code)}"`;
}

/** Shortens user-supplied text before it is echoed in a message. */
export function preview(text: string, max = 40): string {
	return text.length > max ? `${text.slice(0, max)}…` : text;
}
