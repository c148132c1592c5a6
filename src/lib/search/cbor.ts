/**
 * A CBOR (RFC 8949) reader for the subset Pagefind writes: integers, strings, arrays and maps.
 * Small on purpose: it ships to the browser with the search.
 */
export type CborValue = number | string | Uint8Array | boolean | null | CborValue[] | CborMap;
export interface CborMap {
	[key: string]: CborValue;
}

export function decodeCbor(bytes: Uint8Array): CborValue {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const text = new TextDecoder();
	let at = 0;

	/** The argument of an item head; -1 stands for "indefinite length". */
	function argument(info: number): number {
		if (info < 24) return info;
		const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
		if (info === 31) return -1;
		if (!size || at + size > bytes.length) throw new Error(`CBOR: bad head at byte ${at}`);
		const value =
			size === 1
				? view.getUint8(at)
				: size === 2
					? view.getUint16(at)
					: size === 4
						? view.getUint32(at)
						: Number(view.getBigUint64(at));
		at += size;
		return value;
	}

	function item(): CborValue {
		if (at >= bytes.length) throw new Error('CBOR: unexpected end of data');
		const head = bytes[at++]!;
		const major = head >> 5;
		const info = head & 31;
		switch (major) {
			case 0:
				return argument(info);
			case 1:
				return -1 - argument(info);
			case 2:
			case 3: {
				const length = argument(info);
				if (length < 0 || at + length > bytes.length) throw new Error('CBOR: bad string length');
				const slice = bytes.subarray(at, (at += length));
				return major === 3 ? text.decode(slice) : slice;
			}
			case 4:
				return collect(argument(info), () => item());
			case 5: {
				const map: CborMap = {};
				collect(argument(info), () => (map[String(item())] = item()));
				return map;
			}
			case 7:
				if (info === 20 || info === 21) return info === 21;
				if (info === 22 || info === 23) return null;
		}
		throw new Error(`CBOR: unsupported item 0x${head.toString(16)} at byte ${at - 1}`);
	}

	function collect(length: number, read: () => CborValue): CborValue[] {
		const values: CborValue[] = [];
		if (length >= 0) for (let index = 0; index < length; index++) values.push(read());
		else {
			while (bytes[at] !== 0xff) values.push(read());
			at++;
		}
		return values;
	}

	return item();
}
