/** The site's name, used in titles, the header and structured data. */
export const SITE_NAME = 'HTTP 401 Reference';

/** Short line under the site name in metadata. */
export const SITE_TAGLINE = 'HTTP 401 Unauthorized and its neighbours, explained from the RFCs.';

/** Where the source lives; "Edit this page" and bylines link here. Set REPO_URL when forking. */
export const REPO_URL = (
	process.env['REPO_URL'] ?? 'https://github.com/http401-reference/site'
).replace(/\/$/, '');

/** Branch that "Edit this page" links open. */
export const REPO_BRANCH = process.env['REPO_BRANCH'] ?? 'main';

/** Who writes the site: the people in the repository's history, credited as a group. */
export const BYLINE = 'the HTTP 401 Reference contributors';
