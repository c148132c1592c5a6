import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { entrySlug, sections } from './route-paths.ts';
import { url } from './url.ts';

/** The kinds of page, also offered as a search filter. */
export type PageKind = (typeof sections)[CollectionKey]['kind'];

export type Entry = CollectionEntry<CollectionKey>;

/** One rendered page: where it lives and how the navigation names it. */
export interface Route {
	/** Path below `base`, without slashes at either end; `undefined` for the home page. */
	slug: string | undefined;
	/** Full path including `base`, ending in a slash. */
	href: string;
	title: string;
	navLabel: string;
	kind: PageKind;
	entry: Entry | undefined;
}

export interface NavGroup {
	label: string;
	href: string;
	links: Route[];
}

function toRoute(entry: Entry): Route {
	const section = sections[entry.collection];
	const slug = entrySlug(entry.collection, entry.id);
	const title = entry.collection === 'faq' ? entry.data.question : entry.data.title;
	const navLabel = ('navLabel' in entry.data && entry.data.navLabel) || title;
	return { slug, href: url(slug), title, navLabel, kind: section.kind, entry };
}

/** Generated index pages, which have no entry, come first in their group. */
const order = (route: Route) => route.entry?.data.order ?? -1;
const byOrder = (a: Route, b: Route) =>
	order(a) - order(b) || a.navLabel.localeCompare(b.navLabel, 'en');

/** The FAQ index is a generated list, not an entry. */
const faqIndex: Route = {
	slug: 'faq',
	href: url('faq'),
	title: 'Frequently asked questions about HTTP 401',
	navLabel: 'All questions',
	kind: 'faq',
	entry: undefined,
};

/** The troubleshooting index is generated from the pages' categories. */
const troubleshootIndex: Route = {
	slug: 'troubleshoot',
	href: url('troubleshoot'),
	title: 'Troubleshooting 401 by tool, service and framework',
	navLabel: 'All tools and services',
	kind: 'troubleshoot',
	entry: undefined,
};

let cache: Promise<NavGroup[]> | undefined;

/**
 * All pages grouped as the sidebar shows them, in reading order. Computed once per build; the dev
 * server recomputes it on every request so a new or renamed entry shows up at once.
 */
export function getNavigation(): Promise<NavGroup[]> {
	if (import.meta.env.DEV) return buildNavigation();
	cache ??= buildNavigation();
	return cache;
}

function buildNavigation(): Promise<NavGroup[]> {
	const group = async (key: CollectionKey, extra: Route[] = []) => ({
		label: sections[key].label,
		href: url(sections[key].prefix || undefined),
		links: [...extra, ...(await getCollection(key)).map(toRoute).sort(byOrder)],
	});
	return Promise.all([
		group('guides'),
		group('comparisons'),
		group('schemes'),
		group('troubleshoot', [troubleshootIndex]),
		group('tools'),
		group('faq', [faqIndex]),
	]);
}

/** Every page in reading order: the order of previous/next links. */
export async function getRoutes(): Promise<Route[]> {
	return (await getNavigation()).flatMap((group) => group.links);
}

/** The pages of one collection, in reading order, with their entries' data: what an index lists. */
export function entriesOf<C extends Entry['collection']>(
	navigation: NavGroup[],
	collection: C,
): Array<{ route: Route; data: CollectionEntry<C>['data'] }> {
	// TypeScript cannot narrow the entry union by a generic collection name, hence the cast.
	return navigation
		.flatMap((group) => group.links)
		.flatMap((route) =>
			route.entry?.collection === collection
				? [{ route, data: route.entry.data as CollectionEntry<C>['data'] }]
				: [],
		);
}

export interface RouteContext {
	route: Route;
	navigation: NavGroup[];
	breadcrumbs: Array<{ label: string; href: string }>;
	prev: Route | undefined;
	next: Route | undefined;
}

/** Everything the layout needs to place one page among the others. */
export async function getRouteContext(href: string): Promise<RouteContext> {
	const navigation = await getNavigation();
	const routes = navigation.flatMap((group) => group.links);
	const index = routes.findIndex((route) => route.href === href);
	const route = routes[index];
	if (!route) throw new Error(`No route for ${href}`);
	const group = navigation.find((g) => g.links.includes(route));
	const breadcrumbs = [{ label: 'Home', href: url() }];
	if (group && group.href !== url() && group.href !== route.href) {
		breadcrumbs.push({ label: group.label, href: group.href });
	}
	if (route.href !== url()) breadcrumbs.push({ label: route.navLabel, href: route.href });
	return { route, navigation, breadcrumbs, prev: routes[index - 1], next: routes[index + 1] };
}
