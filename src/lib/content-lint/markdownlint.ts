import { fileURLToPath } from 'node:url';
import { main, type LintResult } from 'markdownlint-cli2';
import type { Finding } from './page.ts';

/** The repository's markdownlint configuration, also for fixture projects that have none of their own. */
const config = fileURLToPath(new URL('../../../.markdownlint-cli2.jsonc', import.meta.url));

/** markdownlint's findings on the content below `root`, with the configuration's rules and globs. */
export async function markdownlintFindings(root: string): Promise<Finding[]> {
	let results: LintResult[] = [];
	await main({
		directory: root,
		argv: ['--config', config],
		// Collects the results instead of printing them, so that they print like the site's own findings.
		optionsOverride: { outputFormatters: [[(options) => void (results = options.results)]] },
	});
	return results.map((result) => ({
		file: result.fileName,
		line: result.lineNumber,
		rule: result.ruleNames.slice(0, 2).join('/'),
		message: [
			result.ruleDescription,
			result.errorDetail && `[${result.errorDetail}]`,
			result.errorContext && `[Context: "${result.errorContext}"]`,
		]
			.filter(Boolean)
			.join(' '),
	}));
}
