// markdownlint-cli2 is JavaScript typed only in JSDoc, which TypeScript does not read in node_modules:
// this declares the part the content lint calls (see markdownlint-cli2.mjs, `main` and `LintResult`).
declare module 'markdownlint-cli2' {
	export interface LintResult {
		/** Relative to `directory`. */
		fileName: string;
		lineNumber: number;
		/** Such as `['MD001', 'heading-increment']`. */
		ruleNames: string[];
		ruleDescription: string;
		errorDetail: string | null;
		errorContext: string | null;
	}
	export type OutputFormatter = (options: { results: LintResult[] }) => void;
	export function main(params: {
		directory?: string;
		argv?: string[];
		optionsOverride?: { outputFormatters?: Array<[OutputFormatter]> };
	}): Promise<number>;
}
