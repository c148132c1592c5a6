/**
 * Prints word counts per page and checks them against the content targets:
 * explainer >= 2,500 words, each scheme page >= 500, each comparison >= 400, each FAQ answer 60-300,
 * each troubleshooting page 400-1,200.
 * Usage: npm run stats   (exits 1 when a target is missed)
 */
import { readContent, type ContentFile } from '../lib/content-files.ts';
import { countWords } from '../lib/reading-time.ts';

interface Target {
	applies: (file: ContentFile) => boolean;
	min: number;
	max?: number;
}

const targets: Target[] = [
	{ applies: (f) => f.collection === 'guides' && f.id === '401-unauthorized', min: 2500 },
	{ applies: (f) => f.collection === 'schemes' && f.id !== 'index', min: 500 },
	{ applies: (f) => f.collection === 'comparisons', min: 400 },
	{ applies: (f) => f.collection === 'faq', min: 60, max: 300 },
	{ applies: (f) => f.collection === 'troubleshoot', min: 400, max: 1200 },
];

/** A FAQ answer is its direct answer plus the body that expands on it. */
const wordsOf = (file: ContentFile) =>
	countWords(file.body) +
	(file.collection === 'faq' ? countWords(String(file.data['answer'] ?? '')) : 0);

let failures = 0;
const rows = readContent(process.cwd()).map((file) => {
	const words = wordsOf(file);
	const target = targets.find((t) => t.applies(file));
	const ok = !target || (words >= target.min && (target.max === undefined || words <= target.max));
	if (!ok) failures += 1;
	const range = target ? `${target.min}${target.max ? `-${target.max}` : '+'}` : '';
	return { page: file.path, words, target: range, status: ok ? 'ok' : 'MISSED' };
});
console.table(rows);
console.log(
	`${rows.length} pages, ${rows.reduce((sum, row) => sum + row.words, 0)} words in all, ${failures} target(s) missed`,
);
process.exitCode = failures ? 1 : 0;
