// The interactive tools: one folder each in src/components/tools/, whose name is what a tools page
// gives in its `tool` frontmatter field. The content schema and the scaffold read the folders here,
// so a new tool is its own files and nothing else.
import { readdirSync } from 'node:fs';

const TOOLS_FOLDER = new URL('../../components/tools/', import.meta.url);

export const TOOL_NAMES = readdirSync(TOOLS_FOLDER, { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => entry.name)
	.sort();
