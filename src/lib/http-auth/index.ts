export { referencesIn, rfc } from './references.ts';
export type { Reference } from './references.ts';
export { bySeverity, SEVERITIES } from './severity.ts';
export type { Severity } from './severity.ts';
export { parseWwwAuthenticate } from './www-authenticate.ts';
export type {
	AuthParam,
	Challenge,
	WwwAuthenticateError,
	WwwAuthenticateResult,
} from './www-authenticate.ts';
export { encodeBasicCredentials, decodeBasicCredentials } from './basic.ts';
export type { BasicDecodeResult } from './basic.ts';
export { inspectJwt } from './jwt.ts';
export type { JwtFinding, JwtFindingCode, JwtInspection, JwtOptions } from './jwt.ts';
export { chooseStatus, isError } from './status.ts';
export type { StatusAnswers, StatusChoice, StatusCode, StatusHeader } from './status.ts';
export { diagnoseExchange, diagnoseTranscript, FINDING_CODES } from './diagnose.ts';
export type { DiagnoseOptions, Diagnosis, Exchange, Finding, FindingCode } from './diagnose.ts';
export { readTranscript } from './transcript.ts';
export type { Transcript, TranscriptExchange, TranscriptFormat } from './transcript.ts';
export {
	fieldValue,
	fieldValues,
	readCurlVerbose,
	readHttpMessages,
	readStartLine,
	splitLines,
} from './http-text.ts';
export type { HeaderField, HttpMessage, StartLine } from './http-text.ts';
export {
	BODY_REMOVED,
	REDACTED,
	isSecretField,
	redactFieldValue,
	redactTranscript,
	redactUrl,
} from './redact.ts';
export type { Mask, RedactResult } from './redact.ts';
