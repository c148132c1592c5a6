// Values handed from one tool to another in the address fragment (`/tools/jwt/#token=…`). A
// fragment never leaves the browser: it is not sent to the server and so reaches no access log.

/** A page path with `name=value` in its fragment, the value percent-encoded. */
export function withFragment(path: string, name: string, value: string): string {
	return `${path}#${new URLSearchParams({ [name]: value }).toString()}`;
}

/** The value of `name` in a fragment such as `#token=…` (location.hash), or null. */
export function fragmentValue(hash: string, name: string): string | null {
	if (!hash.includes('=')) return null;
	return new URLSearchParams(hash.replace(/^#/, '')).get(name);
}
