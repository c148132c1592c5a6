/**
 * Everything an MDX file may use without an import line. Element keys (`pre`, `a`) replace what
 * Markdown produces; the rest are named components.
 */
import Callout from './Callout.astro';
import CardGrid from './CardGrid.astro';
import CodeBlock from './CodeBlock.astro';
import CodeTab from './CodeTab.astro';
import CodeTabs from './CodeTabs.astro';
import ComparisonTable from './ComparisonTable.astro';
import FactList from './FactList.astro';
import Link from './Link.astro';
import LinkCard from './LinkCard.astro';
import TableScroll from './TableScroll.astro';
import ChallengeSequence from '../diagrams/ChallengeSequence.astro';
import StatusFlow from '../diagrams/StatusFlow.astro';

export const mdxComponents = {
	pre: CodeBlock,
	a: Link,
	table: TableScroll,
	Callout,
	CardGrid,
	CodeTab,
	CodeTabs,
	ComparisonTable,
	FactList,
	LinkCard,
	ChallengeSequence,
	StatusFlow,
};
