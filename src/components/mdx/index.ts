/**
 * The site's content components, by the names src/lib/content-components.ts lists: MDX files use
 * them without an import line, Markdown files through directives (src/components/MarkdownBody.astro).
 * Markdown's own elements (code blocks, tables, links) get their HTML from
 * src/integrations/content-html.ts instead.
 */
import type { ContentComponent } from '../../lib/content-components';
import BearerErrors from './BearerErrors.astro';
import Callout from './Callout.astro';
import CardGrid from './CardGrid.astro';
import CodeTab from './CodeTab.astro';
import CodeTabs from './CodeTabs.astro';
import ComparisonTable from './ComparisonTable.astro';
import FactList from './FactList.astro';
import LinkCard from './LinkCard.astro';
import ProxyHeaders from './ProxyHeaders.astro';
import SharedCache from './SharedCache.astro';
import StatusDecision from './StatusDecision.astro';
import ChallengeSequence from '../diagrams/ChallengeSequence.astro';
import StatusFlow from '../diagrams/StatusFlow.astro';

// `satisfies`: a component missing here, or one the list lacks, fails `astro check`.
export const contentComponents = {
	BearerErrors,
	Callout,
	CardGrid,
	CodeTab,
	CodeTabs,
	ComparisonTable,
	FactList,
	LinkCard,
	ProxyHeaders,
	SharedCache,
	StatusDecision,
	ChallengeSequence,
	StatusFlow,
} satisfies Record<ContentComponent, unknown>;
