let counter = 0;

/** A build-unique number for element ids; deterministic because pages render in a fixed order. */
export function nextId(): number {
	counter += 1;
	return counter;
}
