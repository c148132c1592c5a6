// Links to RFC sections: the one way this library and the tools cite a standard, and the sections
// its messages mention ("… (RFC 7617 §2)"), so every section a result names can be followed.

export type Reference = { label: string; url: string };

/** `rfc(9110, '11.5')` → RFC 9110 §11.5, linked to its section on rfc-editor.org. */
export function rfc(number: number, section: string): Reference {
	return {
		label: `RFC ${number} §${section}`,
		url: `https://www.rfc-editor.org/rfc/rfc${number}#section-${section}`,
	};
}

const MENTION = /RFC (\d{3,5})((?:,? ?§\d+(?:\.\d+)*)+)/g;

/**
 * Every RFC section a message mentions, in order and without repeats. "RFC 7519 §2, §4.1.4" names two
 * sections of the same RFC.
 */
export function referencesIn(message: string): Reference[] {
	const found = new Map<string, Reference>();
	for (const match of message.matchAll(MENTION)) {
		const number = Number(match[1]);
		for (const section of (match[2] ?? '').split('§').slice(1)) {
			const reference = rfc(number, section.replace(/[, ]+$/, ''));
			found.set(reference.url, reference);
		}
	}
	return [...found.values()];
}
