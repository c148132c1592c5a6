// The moment the build checks the tools' examples against (the JWT inspector's token, the 401
// doctor's transcript): a fixed time rather than the build's own clock, so two builds of a commit
// give the same pages. The result says which time it used; in the browser the reader's clock takes over.

/** 2026-12-01T00:00:00Z, in Unix seconds. */
export const EXAMPLE_NOW = Date.UTC(2026, 11, 1) / 1000;
