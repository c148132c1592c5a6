/**
 * The content lint: markdownlint's generic rules, configured in .markdownlint-cli2.jsonc, and the site's
 * own rules (rules/), which walk the Markdown tree Sätteri parses for the build. The command line lives in
 * src/cli/lint-content.ts; what the content schema checks (lengths, required fields) is not repeated here.
 */
import { readContent, type ContentFile } from '../content-files.ts';
import { markdownlintFindings } from './markdownlint.ts';
import { readPage, type Finding, type Page } from './page.ts';
import { rules } from './rules/index.ts';

/** Every finding on the content of the project at `root`, sorted by file and line. */
export async function lintContent(
	root: string,
	files: readonly ContentFile[] = readContent(root),
): Promise<Finding[]> {
	const pages = files.map(readPage).filter((page): page is Page => page !== undefined);
	const findings = [
		...(await markdownlintFindings(root)),
		...rules.flatMap((rule) =>
			rule.check(pages).map((problem) => ({ ...problem, rule: rule.name })),
		),
	];
	return findings.sort(
		(a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule),
	);
}
