import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { builtPages } from '../support/dist.ts';
import siteElements from '../html-validate-elements.ts';

const validator = new HtmlValidate({
	extends: ['html-validate:recommended'],
	// HTML's elements and the site's own (<site-search>, <copy-code>, ...), with where each may go.
	elements: ['html5', siteElements],
	rules: {
		// Not in the recommended set: an element nobody described is a typo or a missing definition.
		'no-unknown-elements': 'error',
		// Astro's compressHTML joins elements on one line; whitespace layout is not validity.
		'no-trailing-whitespace': 'off',
		// HTML5 allows ids that start with a digit; heading slugs such as "401-vs-403" do.
		'valid-id': ['error', { relaxed: true }],
		// Long URLs in the head and tables are fine; the rule targets hand-written markup.
		'long-title': 'off',
	},
});

for (const page of builtPages()) {
	test(`${page.file} is valid HTML`, async () => {
		const report = await validator.validateString(page.html, page.file);
		const messages = report.results.flatMap((result) =>
			result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
		);
		expect(messages).toEqual([]);
	});
}
