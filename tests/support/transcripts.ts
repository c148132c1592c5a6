// Transcripts in the shapes people paste into the 401 doctor: curl 8 `-v` output (with `-L`, and
// through a proxy), HAR 1.2 files as Chrome and Firefox export them, and raw messages from the RFCs.
// Credentials are the RFCs' samples or made up.

/** The example token of RFC 7519 §3.1: {"iss":"joe","exp":1300819380,…}, expired in 2011. */
export const RFC_JWT =
	'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
/** RFC 7617 §2: Aladdin / open sesame. */
export const ALADDIN = 'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==';

const b64url = (json: object) => Buffer.from(JSON.stringify(json)).toString('base64url');
/** An unsigned-looking JWT with the given claims (the doctor never checks signatures). */
export const jwtWith = (claims: object) =>
	`${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url(claims)}.c2lnbmF0dXJl`;

/** curl 8.5 `-v` against an HTTPS API with an expired token: HTTP/2, TLS lines, a body. */
export const CURL_EXPIRED = `* Host api.example.com:443 was resolved.
* IPv6: (none)
* IPv4: 93.184.215.14
*   Trying 93.184.215.14:443...
* Connected to api.example.com (93.184.215.14) port 443
* ALPN: curl offers h2,http/1.1
* TLSv1.3 (OUT), TLS handshake, Client hello (1):
*  CAfile: /etc/ssl/certs/ca-certificates.crt
*  CApath: /etc/ssl/certs
* TLSv1.3 (IN), TLS handshake, Server hello (2):
* TLSv1.3 (IN), TLS handshake, Encrypted Extensions (8):
* TLSv1.3 (IN), TLS handshake, Certificate (11):
* TLSv1.3 (IN), TLS handshake, CERT verify (15):
* TLSv1.3 (IN), TLS handshake, Finished (20):
* TLSv1.3 (OUT), TLS change cipher, Change cipher spec (1):
* TLSv1.3 (OUT), TLS handshake, Finished (20):
* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384 / X25519 / RSASSA-PSS
* ALPN: server accepted h2
* Server certificate:
*  subject: CN=api.example.com
*  start date: Jan 30 00:00:00 2026 GMT
*  expire date: Mar  1 23:59:59 2027 GMT
*  subjectAltName: host "api.example.com" matched cert's "api.example.com"
*  SSL certificate verify ok.
* using HTTP/2
* [HTTP/2] [1] OPENED stream for https://api.example.com/v1/me
* [HTTP/2] [1] [:method: GET]
* [HTTP/2] [1] [:scheme: https]
* [HTTP/2] [1] [:authority: api.example.com]
* [HTTP/2] [1] [:path: /v1/me]
* [HTTP/2] [1] [authorization: Bearer ${RFC_JWT}]
> GET /v1/me HTTP/2
> Host: api.example.com
> User-Agent: curl/8.5.0
> Accept: */*
> Authorization: Bearer ${RFC_JWT}
> 
* TLSv1.3 (IN), TLS handshake, Newsession Ticket (4):
< HTTP/2 401 
< date: Tue, 01 Dec 2026 10:00:00 GMT
< content-type: application/json
< www-authenticate: Bearer realm="api", error="invalid_token", error_description="The access token expired"
< content-length: 25
< 
{ [25 bytes data]
* Connection #0 to host api.example.com left intact
{"error":"invalid_token"}`;

/** curl 8 `-v -L`: Basic over http, redirected to another origin, where the credentials are gone. */
export const CURL_REDIRECT = `* Host www.example.com:80 was resolved.
*   Trying 93.184.215.14:80...
* Connected to www.example.com (93.184.215.14) port 80
> GET /reports HTTP/1.1
> Host: www.example.com
> Authorization: ${ALADDIN}
> User-Agent: curl/8.5.0
> Accept: */*
> 
* Request completely sent off
< HTTP/1.1 301 Moved Permanently
< Location: https://reports.example.net/reports
< Content-Length: 0
< 
* Connection #0 to host www.example.com left intact
* Clear auth, redirects to port from 80 to 443
* Issue another request to this URL: 'https://reports.example.net/reports'
* Host reports.example.net:443 was resolved.
*   Trying 198.51.100.7:443...
* Connected to reports.example.net (198.51.100.7) port 443
* ALPN: curl offers h2,http/1.1
* TLSv1.3 (OUT), TLS handshake, Client hello (1):
* SSL connection using TLSv1.3 / TLS_AES_128_GCM_SHA256 / X25519 / id-ecPublicKey
* ALPN: server accepted http/1.1
> GET /reports HTTP/1.1
> Host: reports.example.net
> User-Agent: curl/8.5.0
> Accept: */*
> 
< HTTP/1.1 401 Unauthorized
< WWW-Authenticate: Basic realm="reports", charset="UTF-8"
< Content-Type: text/plain
< Content-Length: 12
< 
Unauthorized
* Connection #1 to host reports.example.net left intact`;

/** curl 8 `-v` through an HTTP proxy: the CONNECT and its 200 open a tunnel and are no exchange. */
export const CURL_PROXY = `* Uses proxy env variable https_proxy == 'http://proxy.example.net:3128'
*   Trying 10.0.0.5:3128...
* Connected to proxy.example.net (10.0.0.5) port 3128
* CONNECT tunnel: HTTP/1.1 negotiated
* allocate connect buffer
* Establish HTTP proxy tunnel to api.example.com:443
> CONNECT api.example.com:443 HTTP/1.1
> Host: api.example.com:443
> User-Agent: curl/8.5.0
> Proxy-Connection: Keep-Alive
> 
< HTTP/1.1 200 Connection established
< 
* CONNECT phase completed
* CONNECT tunnel established, response 200
* ALPN: curl offers h2,http/1.1
* TLSv1.3 (OUT), TLS handshake, Client hello (1):
* TLSv1.3 (IN), TLS handshake, Server hello (2):
* SSL connection using TLSv1.3 / TLS_AES_128_GCM_SHA256 / X25519 / id-ecPublicKey
> GET /v1/reports HTTP/1.1
> Host: api.example.com
> User-Agent: curl/8.5.0
> Accept: */*
> 
< HTTP/1.1 401 Unauthorized
< WWW-Authenticate: Bearer realm="api"
< Content-Length: 0
< 
* Connection #0 to host proxy.example.net left intact`;

/** A Chrome 13x HAR export: a preflight refused with 401, then the fetch that never got an answer. */
export const CHROME_HAR = JSON.stringify(
	{
		log: {
			version: '1.2',
			creator: { name: 'WebInspector', version: '537.36' },
			pages: [
				{
					startedDateTime: '2026-12-01T10:00:00.000Z',
					id: 'page_1',
					title: 'https://app.example.com/',
					pageTimings: { onContentLoad: 512.3, onLoad: 780.1 },
				},
			],
			entries: [
				{
					_initiator: { type: 'script' },
					_priority: 'High',
					_resourceType: 'preflight',
					cache: {},
					connection: '443',
					pageref: 'page_1',
					request: {
						method: 'OPTIONS',
						url: 'https://api.example.com/v1/me',
						httpVersion: 'http/2.0',
						headers: [
							{ name: ':authority', value: 'api.example.com' },
							{ name: ':method', value: 'OPTIONS' },
							{ name: ':path', value: '/v1/me' },
							{ name: ':scheme', value: 'https' },
							{ name: 'accept', value: '*/*' },
							{ name: 'access-control-request-headers', value: 'authorization' },
							{ name: 'access-control-request-method', value: 'GET' },
							{ name: 'origin', value: 'https://app.example.com' },
						],
						queryString: [],
						cookies: [],
						headersSize: -1,
						bodySize: 0,
					},
					response: {
						status: 401,
						statusText: '',
						httpVersion: 'http/2.0',
						headers: [
							{ name: 'content-type', value: 'application/json' },
							{ name: 'www-authenticate', value: 'Bearer realm="api"' },
						],
						cookies: [],
						content: { size: 27, mimeType: 'application/json', text: '{"error":"unauthorized"}' },
						redirectURL: '',
						headersSize: -1,
						bodySize: -1,
						_transferSize: 152,
						_error: null,
					},
					serverIPAddress: '93.184.215.14',
					startedDateTime: '2026-12-01T10:00:01.000Z',
					time: 45.1,
					timings: {
						blocked: 1.2,
						dns: -1,
						ssl: -1,
						connect: -1,
						send: 0.1,
						wait: 40.2,
						receive: 0.5,
						_blocked_queueing: 0.8,
					},
				},
				{
					_initiator: { type: 'script' },
					_priority: 'High',
					_resourceType: 'fetch',
					cache: {},
					pageref: 'page_1',
					request: {
						method: 'GET',
						url: 'https://api.example.com/v1/me',
						httpVersion: '',
						headers: [
							{ name: 'Accept', value: '*/*' },
							{ name: 'Authorization', value: `Bearer ${RFC_JWT}` },
							{ name: 'Referer', value: 'https://app.example.com/' },
						],
						queryString: [],
						cookies: [],
						headersSize: -1,
						bodySize: 0,
					},
					response: {
						status: 0,
						statusText: '',
						httpVersion: '',
						headers: [],
						cookies: [],
						content: { size: 0, mimeType: 'x-unknown' },
						redirectURL: '',
						headersSize: -1,
						bodySize: -1,
						_transferSize: 0,
						_error: 'net::ERR_FAILED',
					},
					serverIPAddress: '',
					startedDateTime: '2026-12-01T10:00:01.050Z',
					time: 3.2,
					timings: { blocked: 3.2, dns: -1, ssl: -1, connect: -1, send: 0, wait: 0, receive: 0 },
				},
			],
		},
	},
	null,
	2,
);

/** A Firefox 13x HAR export: a login POST with a body and a cookie, then a 401 with a wildcard CORS answer. */
export const FIREFOX_HAR = JSON.stringify(
	{
		log: {
			version: '1.2',
			creator: { name: 'Firefox', version: '135.0' },
			browser: { name: 'Firefox', version: '135.0' },
			pages: [
				{
					startedDateTime: '2026-12-01T10:00:00.000+00:00',
					id: 'page_1',
					title: 'Reports',
					pageTimings: { onContentLoad: 300, onLoad: 420 },
				},
			],
			entries: [
				{
					pageref: 'page_1',
					startedDateTime: '2026-12-01T10:00:01.000+00:00',
					request: {
						bodySize: 35,
						method: 'POST',
						url: 'https://app.example.com/login',
						httpVersion: 'HTTP/2',
						headers: [
							{ name: 'Host', value: 'app.example.com' },
							{ name: 'Content-Type', value: 'application/x-www-form-urlencoded' },
							{ name: 'Cookie', value: 'theme=dark; csrftoken=K8s2fQ' },
						],
						cookies: [
							{ name: 'theme', value: 'dark' },
							{ name: 'csrftoken', value: 'K8s2fQ' },
						],
						queryString: [],
						headersSize: 412,
						postData: {
							mimeType: 'application/x-www-form-urlencoded',
							params: [],
							text: 'user=aladdin&password=open+sesame',
						},
					},
					response: {
						status: 302,
						statusText: 'Found',
						httpVersion: 'HTTP/2',
						headers: [
							{ name: 'Location', value: '/reports' },
							{ name: 'Set-Cookie', value: 'session=9f8e7d6c5b4a; Path=/; Secure; HttpOnly' },
						],
						cookies: [
							{ name: 'session', value: '9f8e7d6c5b4a', path: '/', httpOnly: true, secure: true },
						],
						content: { mimeType: 'text/html', size: 0, text: '' },
						redirectURL: '/reports',
						headersSize: 300,
						bodySize: 0,
					},
					cache: {},
					timings: { blocked: 0, dns: 0, connect: 0, ssl: 0, send: 0, wait: 30, receive: 0 },
					time: 30,
					_securityState: 'secure',
					serverIPAddress: '93.184.215.14',
					connection: '443',
				},
				{
					pageref: 'page_1',
					startedDateTime: '2026-12-01T10:00:02.000+00:00',
					request: {
						bodySize: 0,
						method: 'GET',
						url: 'https://api.example.com/v1/reports?access_token=mF_9.B5f-4.1JqM',
						httpVersion: 'HTTP/2',
						headers: [
							{ name: 'Host', value: 'api.example.com' },
							{ name: 'Origin', value: 'https://app.example.com' },
						],
						cookies: [],
						queryString: [{ name: 'access_token', value: 'mF_9.B5f-4.1JqM' }],
						headersSize: 380,
					},
					response: {
						status: 401,
						statusText: 'Unauthorized',
						httpVersion: 'HTTP/2',
						headers: [
							{ name: 'WWW-Authenticate', value: 'Bearer realm="api", error="invalid_token"' },
							{ name: 'Access-Control-Allow-Origin', value: '*' },
							{ name: 'Access-Control-Allow-Credentials', value: 'true' },
						],
						cookies: [],
						content: {
							mimeType: 'application/json',
							size: 45,
							text: '{"error":"invalid_token","hint":"<script>"}',
						},
						redirectURL: '',
						headersSize: 200,
						bodySize: 45,
					},
					cache: {},
					timings: { blocked: 0, dns: 0, connect: 0, ssl: 0, send: 0, wait: 25, receive: 0 },
					time: 25,
					_securityState: 'secure',
					serverIPAddress: '93.184.215.14',
					connection: '443',
				},
			],
		},
	},
	null,
	2,
);

/** Raw messages as RFC 6750 §2.1 and §3 write them, the challenge folded over three lines. */
export const RFC6750_EXCHANGE = `GET /resource HTTP/1.1
Host: server.example.com
Authorization: Bearer mF_9.B5f-4.1JqM

HTTP/1.1 401 Unauthorized
WWW-Authenticate: Bearer realm="example",
                  error="invalid_token",
                  error_description="The access token expired"`;

/** RFC 6585 §6: the 511 of a captive portal, with its HTML body. */
export const RFC6585_511 = `HTTP/1.1 511 Network Authentication Required
Content-Type: text/html

<html>
   <head>
      <title>Network Authentication Required</title>
      <meta http-equiv="refresh"
            content="0; url=https://login.example.net/">
   </head>
   <body>
      <p>You need to <a href="https://login.example.net/">
      authenticate with the local network</a> in order to gain
      access.</p>
   </body>
</html>`;
