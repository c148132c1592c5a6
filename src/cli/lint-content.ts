/**
 * Checks the Markdown and MDX content with markdownlint and the site's own rules (src/lib/content-lint/).
 * Usage: npm run lint:content [-- <project dir>]   (default: the current directory; reads <dir>/content/)
 * Prints `file:line: message (rule)` per finding and exits 1 when there is any, 2 on a usage error.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { readContent } from '../lib/content-files.ts';
import { lintContent } from '../lib/content-lint/index.ts';

const root = resolve(process.argv[2] ?? '.');
if (!existsSync(join(root, 'content'))) {
	console.error(
		`No content/ folder in ${root}: run from the project root or pass a project directory.`,
	);
	process.exit(2);
}

const files = readContent(root);
const findings = await lintContent(root, files);
// Paths relative to where the command runs, so editors and terminals can open them.
const prefix = relative(process.cwd(), root);
for (const finding of findings) {
	console.log(
		`${join(prefix, finding.file)}:${finding.line}: ${finding.message} (${finding.rule})`,
	);
}
const affected = new Set(findings.map((finding) => finding.file)).size;
console.log(
	findings.length
		? `${findings.length} finding(s) in ${affected} of ${files.length} files`
		: `${files.length} files checked, no findings`,
);
process.exitCode = findings.length ? 1 : 0;
