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
export type { JwtFinding, JwtFindingCode, JwtInspection, JwtOptions, JwtSeverity } from './jwt.ts';
export { chooseStatus, isError } from './status.ts';
export type {
	RfcReference,
	StatusAnswers,
	StatusChoice,
	StatusCode,
	StatusHeader,
} from './status.ts';
