/** A table kept as data in frontmatter (see `tableSchema` in content.config.ts). */
export interface TableData {
	caption: string;
	columns: string[];
	rows: Array<{ label: string; cells: string[] }>;
}
