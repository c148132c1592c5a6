/**
 * A page's module script imports shared chunks, which import others: each level costs a round trip
 * before the script can run. Listing every chunk up front as `<link rel="modulepreload">` fetches
 * them all at once. Plain string functions over the built files, so they have unit tests.
 */

/** Relative static imports of a built ES module (`import"./a.js"`, `from"./b.js"`); not `import()`. */
export function staticImports(code: string): string[] {
	return [...code.matchAll(/\b(?:import|from)\s*["'](\.{1,2}\/[^"']+)["']/g)].map(
		(match) => match[1]!,
	);
}

/** Every module `src` imports, directly or not, as URL paths; `read` gives a module's code by path. */
export function moduleGraph(src: string, read: (path: string) => string): string[] {
	const seen = new Set<string>();
	const visit = (path: string) => {
		for (const specifier of staticImports(read(path))) {
			const imported = new URL(specifier, `http://site${path}`).pathname;
			if (seen.has(imported) || imported === src) continue;
			seen.add(imported);
			visit(imported);
		}
	};
	visit(src);
	return [...seen];
}

/** How Astro writes an external module script; pages without one need no preloads. */
export const MODULE_SCRIPT_OPENING = '<script type="module" src="';

/** Puts a modulepreload link for each chunk a module script needs right before that script. */
export function addModulePreloads(html: string, read: (path: string) => string): string {
	const preloaded = new Set<string>();
	return html.replace(/<script type="module" src="([^"]+)"><\/script>/g, (tag, src: string) => {
		const needed = moduleGraph(src, read).filter((path) => !preloaded.has(path));
		for (const path of needed) preloaded.add(path);
		return `${needed.map((path) => `<link rel="modulepreload" href="${path}">`).join('')}${tag}`;
	});
}
