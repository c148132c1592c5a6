// The interactive tools, by the name a tools page gives in its `tool` frontmatter field. The content
// schema, the component that draws each tool (src/components/tools/Tool.astro) and the scaffold all
// read this list.

export const TOOL_NAMES = [
	'www-authenticate',
	'jwt',
	'basic-auth',
	'which-status',
	'doctor',
] as const;
export type ToolName = (typeof TOOL_NAMES)[number];
