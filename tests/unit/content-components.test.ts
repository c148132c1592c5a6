import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { componentDirectives } from '../../src/integrations/content-html.ts';
import {
	CONTENT_COMPONENTS,
	componentOf,
	directiveName,
	directiveProblem,
	splitBody,
	usesComponent,
} from '../../src/lib/content-components.ts';

/** Markdown through the site's directive plugin, as the build renders it. */
const render = (markdown: string, file = '/site/content/guides/page.md') =>
	markdownToHtml(markdown, {
		features: { directive: true },
		mdastPlugins: [componentDirectives],
		fileURL: pathToFileURL(file),
	}).html;

test('every component has a directive name that leads back to it', () => {
	assert.equal(directiveName('CodeTabs'), 'code-tabs');
	assert.equal(directiveName('ChallengeSequence'), 'challenge-sequence');
	for (const component of CONTENT_COMPONENTS) {
		assert.equal(componentOf(directiveName(component)), component);
	}
	assert.equal(componentOf('codetabs'), undefined);
});

test('directives must name a component a directive can pass props to', () => {
	assert.equal(directiveProblem('callout'), undefined);
	assert.match(
		directiveProblem('call-out') ?? '',
		/"call-out" names no component: use one of bearer-errors, callout,/,
	);
	assert.doesNotMatch(directiveProblem('call-out') ?? '', /fact-list/);
	assert.match(directiveProblem('fact-list') ?? '', /FactList takes a list/);
});

test('directives become components with their attributes as props, nested ones included', () => {
	const html = render(
		[
			'Before.',
			'',
			'::::code-tabs{label="Send it"}',
			':::code-tab{label="curl"}',
			'',
			'```bash',
			'curl -u user:pass https://example.com/',
			'```',
			'',
			':::',
			'::::',
			'',
			'::status-flow',
			'',
			':::callout{type="caution" title="Tom & Jerry\'s <b>" note=\'a "quoted" word\'}',
			'',
			'Body *text*.',
			'',
			':::',
		].join('\n'),
	);
	const parts = splitBody(html);
	assert.deepEqual(
		parts.map((part) => ('html' in part ? 'html' : part.component)),
		['html', 'CodeTabs', 'html', 'StatusFlow', 'html', 'Callout', 'html'],
	);
	const [before, tabs, , flow, , callout] = parts;
	assert.ok(before && 'html' in before && before.html.includes('<p>Before.</p>'));
	assert.ok(tabs && 'component' in tabs);
	assert.deepEqual(tabs.props, { label: 'Send it' });
	const [tab] = splitBody(tabs.inner);
	assert.ok(tab && 'component' in tab && tab.component === 'CodeTab');
	assert.deepEqual(tab.props, { label: 'curl' });
	assert.match(tab.inner, /<pre><code class="language-bash">curl -u user:pass/);
	assert.ok(flow && 'component' in flow && flow.inner === '');
	assert.ok(callout && 'component' in callout);
	assert.deepEqual(callout.props, {
		type: 'caution',
		title: "Tom & Jerry's <b>",
		note: 'a "quoted" word',
	});
	assert.equal(callout.inner, '<p>Body <em>text</em>.</p>');
	assert.ok(usesComponent(parts, 'CodeTab'));
	assert.ok(!usesComponent(parts, 'ComparisonTable'));
});

test('colons in prose stay text: no inline directive eats "user:pass" or "10:30"', () => {
	const prose = 'Send user:pass at 10:30, scope:read, or urn:ietf:params:oauth.';
	assert.equal(render(prose).trim(), `<p>${prose}</p>`);
});

test('an unknown directive stops the build, naming the file and line', () => {
	assert.throws(
		() => render('Intro.\n\n:::callot{type="tip"}\nText\n:::\n', '/site/content/faq/typo.md'),
		/\/site\/content\/faq\/typo\.md:3: "callot" names no component/,
	);
	assert.throws(() => render('::fact-list'), /FactList takes a list/);
});

test('rendered HTML without placeholders is one part; broken nesting is an error', () => {
	assert.deepEqual(splitBody('<p>Plain</p>'), [{ html: '<p>Plain</p>' }]);
	assert.deepEqual(splitBody(''), []);
	assert.throws(() => splitBody('<p>x</p></site-component>'), /unmatched/);
	assert.throws(
		() => splitBody('<site-component data-name="Callout" data-props="{}"><p>x</p>'),
		/unclosed/,
	);
	assert.throws(
		() => splitBody('<site-component data-name="Nope" data-props="{}"></site-component>'),
		/No component named Nope/,
	);
});
