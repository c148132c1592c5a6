import { expect, test } from '@playwright/test';
import { indexablePages } from '../support/dist.ts';
import { BASE } from '../support/site.ts';

type Node = Record<string, unknown>;
const pages = indexablePages();
const blocks = (html: string) =>
	[...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
		(m) => JSON.parse(m[1]!) as Node,
	);
const isUrl = (value: unknown) => typeof value === 'string' && /^https?:\/\/\S+$/.test(value);
const isText = (value: unknown) => typeof value === 'string' && value.trim().length > 0;

/** The properties schema.org and search engines require or recommend for the types the site uses. */
const validators: Record<string, (node: Node) => void> = {
	TechArticle(node) {
		expect(isText(node['headline'])).toBe(true);
		expect(isText(node['description'])).toBe(true);
		expect(isUrl(node['url'])).toBe(true);
		expect(isUrl(node['image'])).toBe(true);
		expect(node['dateModified']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect((node['author'] as Node)['@type']).toBe('Organization');
		expect(isText((node['publisher'] as Node)['name'])).toBe(true);
	},
	BreadcrumbList(node) {
		const items = node['itemListElement'] as Node[];
		expect(items.length).toBeGreaterThan(0);
		items.forEach((item, index) => {
			expect(item['@type']).toBe('ListItem');
			expect(item['position']).toBe(index + 1);
			expect(isText(item['name'])).toBe(true);
			expect(isUrl(item['item'])).toBe(true);
		});
	},
	FAQPage(node) {
		const questions = node['mainEntity'] as Node[];
		expect(questions.length).toBeGreaterThan(0);
		for (const question of questions) {
			expect(question['@type']).toBe('Question');
			expect(isText(question['name'])).toBe(true);
			const answer = question['acceptedAnswer'] as Node;
			expect(answer['@type']).toBe('Answer');
			expect(isText(answer['text'])).toBe(true);
		}
	},
	WebSite(node) {
		expect(isText(node['name'])).toBe(true);
		expect(isUrl(node['url'])).toBe(true);
	},
};

for (const page of pages) {
	test(`${page.path} carries valid JSON-LD`, () => {
		const nodes = blocks(page.html);
		const types = nodes.map((node) => node['@type'] as string);
		expect(types).toContain('BreadcrumbList');
		expect(types).toContain('TechArticle');
		if (page.path === BASE) expect(types).toContain('WebSite');
		for (const node of nodes) {
			expect(node['@context']).toBe('https://schema.org');
			expect(Object.keys(validators)).toContain(node['@type']);
			validators[node['@type'] as string]!(node);
		}
	});
}

test('the FAQ index’s FAQPage questions and answers match the visible text', async ({ page }) => {
	await page.goto(`${BASE}faq/`);
	const html = await page.content();
	const faq = blocks(html).find((node) => node['@type'] === 'FAQPage')!;
	const data = (faq['mainEntity'] as Node[]).map((q) => ({
		question: q['name'],
		answer: (q['acceptedAnswer'] as Node)['text'],
	}));
	const visible = await page.locator('.faq-item').evaluateAll((items) =>
		items.map((item) => ({
			question: item.querySelector('h2')!.textContent!.trim(),
			answer: item.querySelector('.faq-answer')!.textContent!.trim(),
		})),
	);
	expect(data.length).toBeGreaterThanOrEqual(16);
	expect(data).toEqual(visible);
});
