import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { TOOL_NAMES } from './lib/tools/registry.ts';
import { TROUBLESHOOT_CATEGORIES } from './lib/troubleshoot-categories.ts';

/** Every collection reads MDX from the top-level `content/` folder, one folder per collection. */
const contentIn = (folder: string) =>
	glob({ base: `./content/${folder}`, pattern: '**/*.{md,mdx}' });

/** A link to another page of the site or to a primary source. */
const link = z.strictObject({
	/** Visible link text. */
	label: z.string().min(1),
	/** Site-relative path such as `/401-unauthorized/#causes`, or an absolute https URL. */
	href: z.string().regex(/^(\/|https:\/\/)/, { error: 'href must start with "/" or "https://"' }),
});

/** A table stored as data, rendered by the one `ComparisonTable` component. */
export const tableSchema = z
	.strictObject({
		/** Caption read out by screen readers and shown above the table. */
		caption: z.string().min(1),
		/** Column headings, after the row-heading column. */
		columns: z.array(z.string().min(1)).min(1),
		/** One row per compared aspect: a row heading and one cell per column. Cells may use `code`. */
		rows: z
			.array(z.strictObject({ label: z.string().min(1), cells: z.array(z.string().min(1)) }))
			.min(1),
	})
	.refine((table) => table.rows.every((row) => row.cells.length === table.columns.length), {
		error: 'every row needs exactly one cell per column',
		path: ['rows'],
	});

/** Meta description (and an article's lede), 50-160 characters; unique across the site. */
const description = z
	.string({ error: 'description is required: text of 50-160 characters' })
	.min(50, { error: 'description must be 50-160 characters: it is the meta description' })
	.max(160, { error: 'description must be 50-160 characters: it is the meta description' });

/** Date of the last meaningful revision (YYYY-MM-DD). */
const updated = z.coerce.date({ error: 'updated must be a date written YYYY-MM-DD' });

/** Position in the navigation (the FAQ list too) and in previous/next links; lower comes first. */
const order = z.number().int().default(100);

/** Fields every article shares. */
const article = z.strictObject({
	/** Page title, also the `h1`; unique across the site. */
	title: z
		.string({ error: 'title is required: text of 3-70 characters' })
		.min(3, { error: 'title must be 3-70 characters: it is the h1 and the page title' })
		.max(70, { error: 'title must be 3-70 characters: it is the h1 and the page title' }),
	description,
	updated,
	order,
	/** Shorter label for the navigation; defaults to the title. */
	navLabel: z.string().optional(),
	/** Show the table of contents (on by default). */
	toc: z.boolean().default(true),
	/** An optional table rendered right below the lede. */
	table: tableSchema.optional(),
});

const guides = defineCollection({ loader: contentIn('guides'), schema: article });

const comparisons = defineCollection({
	loader: contentIn('comparisons'),
	schema: article.extend({
		/** The comparison's table: every comparison has one. */
		table: tableSchema,
	}),
});

const schemes = defineCollection({
	loader: contentIn('schemes'),
	schema: article.extend({
		/** The scheme name as it appears in a challenge, such as `Basic`; absent on the index page. */
		scheme: z
			.string()
			.regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/)
			.optional(),
	}),
});

const faq = defineCollection({
	loader: contentIn('faq'),
	schema: z.strictObject({
		/** The question, as a reader would ask it; also the page's `h1`. */
		question: z
			.string({ error: 'question is required: text of 10-80 characters ending with "?"' })
			.min(10, { error: 'question must be 10-80 characters' })
			.max(80, { error: 'question must be 10-80 characters' })
			.endsWith('?', { error: 'a question ends with "?"' }),
		description,
		/** The direct answer in plain text: shown first on the page and used in the FAQPage data. */
		answer: z
			.string({ error: 'answer is required: plain text of 80-700 characters' })
			.min(80, { error: 'answer must be 80-700 characters of plain text' })
			.max(700, { error: 'answer must be 80-700 characters of plain text' }),
		updated,
		order,
		/** Deeper pages on the same topic. */
		related: z.array(link).default([]),
	}),
});

const tools = defineCollection({
	loader: contentIn('tools'),
	schema: article.extend({
		/** Which interactive tool the page carries, rendered under the lede; absent on the index page. */
		tool: z.enum(TOOL_NAMES).optional(),
	}),
});

const troubleshoot = defineCollection({
	loader: contentIn('troubleshoot'),
	schema: article.extend({
		/** Where the 401 comes from: groups the page on the troubleshooting index. */
		category: z.enum(
			Object.keys(TROUBLESHOOT_CATEGORIES) as [keyof typeof TROUBLESHOOT_CATEGORIES],
		),
		/**
		 * The messages the tool prints or the service returns, verbatim and one per item: shown in a
		 * code block under the lede and weighted in search, since readers paste them.
		 */
		messages: z
			.array(z.string().trim().min(3, { error: 'a message has at least 3 characters' }))
			.min(1, { error: 'messages lists at least one message, verbatim' }),
		/** The vendor's documentation or source that the page's vendor facts come from. */
		sources: z
			.array(
				link.extend({
					/** An absolute https URL on the vendor's site or repository. */
					href: z.url({ protocol: /^https$/, error: 'a source is an https:// URL' }),
				}),
			)
			.min(1, { error: 'sources lists at least one vendor link' }),
	}),
});

export const collections = { guides, comparisons, schemes, faq, tools, troubleshoot };
