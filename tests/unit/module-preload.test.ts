import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addModulePreloads, moduleGraph, staticImports } from '../../src/lib/module-preload.ts';

const files: Record<string, string> = {
	'/_astro/Tool.js':
		'import{a as e}from"./client.js";import"./side.js";const l=()=>import("./lazy.js");',
	'/_astro/client.js': 'import{r}from"./references.js";export{r as a};',
	'/_astro/references.js': 'export const r=1;',
	'/_astro/side.js': 'import{a}from"./client.js";',
	'/_astro/Other.js': 'import{a}from"./client.js";',
};
const read = (path: string) => files[path] ?? assert.fail(`read ${path}`);

test('static imports only: dynamic import() stays lazy', () => {
	assert.deepEqual(staticImports(files['/_astro/Tool.js']!), ['./client.js', './side.js']);
	assert.deepEqual(staticImports('export{x}from"../shared/x.js";'), ['../shared/x.js']);
});

test('the graph holds every chunk reached, each once, resolved against the importing file', () => {
	assert.deepEqual(moduleGraph('/_astro/Tool.js', read), [
		'/_astro/client.js',
		'/_astro/references.js',
		'/_astro/side.js',
	]);
	const nested = moduleGraph('/base/_astro/x.js', (path) =>
		path === '/base/_astro/x.js' ? 'import"../y.js"' : '',
	);
	assert.deepEqual(nested, ['/base/y.js']);
});

test('links go right before each module script, never twice in a page', () => {
	const html =
		'<p>x</p><script type="module" src="/_astro/Tool.js"></script><script type="module" src="/_astro/Other.js"></script>';
	assert.equal(
		addModulePreloads(html, read),
		'<p>x</p><link rel="modulepreload" href="/_astro/client.js"><link rel="modulepreload" href="/_astro/references.js"><link rel="modulepreload" href="/_astro/side.js"><script type="module" src="/_astro/Tool.js"></script><script type="module" src="/_astro/Other.js"></script>',
	);
	assert.equal(
		addModulePreloads('<script type="module">inline()</script>', read),
		'<script type="module">inline()</script>',
	);
});
