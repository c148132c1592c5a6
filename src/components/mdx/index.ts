/**
 * Everything an MDX file may use without an import line. Markdown's own elements (code blocks,
 * tables, links) get their HTML from src/integrations/content-html.ts instead, in .md files too.
 */
import Callout from './Callout.astro';
import CardGrid from './CardGrid.astro';
import CodeTab from './CodeTab.astro';
import CodeTabs from './CodeTabs.astro';
import ComparisonTable from './ComparisonTable.astro';
import FactList from './FactList.astro';
import LinkCard from './LinkCard.astro';
import ChallengeSequence from '../diagrams/ChallengeSequence.astro';
import StatusFlow from '../diagrams/StatusFlow.astro';

export const mdxComponents = {
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
