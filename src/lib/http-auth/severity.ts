// How much a finding matters, for every checker in this library and every tool that shows one.

/** Most serious first. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Sorts findings most serious first; a stable sort keeps the rules' order within a severity. */
export const bySeverity = (a: { severity: Severity }, b: { severity: Severity }) =>
	SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity);
