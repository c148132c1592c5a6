import type { ShikiTransformer } from 'shiki';

/**
 * Reads a code fence's meta string (```nginx title="nginx.conf") and puts the title and language on
 * the `<pre>` as data attributes, where the `CodeBlock` component picks them up.
 */
export function codeMeta(): ShikiTransformer {
	return {
		name: 'site:code-meta',
		pre(node) {
			const meta = this.options.meta?.__raw ?? '';
			const title = /title=(["'])(.*?)\1/.exec(meta)?.[2];
			if (title) node.properties['dataTitle'] = title;
			node.properties['dataLanguage'] = this.options.lang;
		},
	};
}
