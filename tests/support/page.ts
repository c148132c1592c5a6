import type { Page } from '@playwright/test';

/**
 * Lays out the article blocks that `content-visibility: auto` leaves unrendered below the fold, as a
 * reader scrolling there sees them: checks of geometry (axe's target size and contrast, overflow)
 * would otherwise measure placeholder boxes and miss what they hold.
 */
export async function layOutAllBlocks(page: Page): Promise<void> {
	await page.evaluate(() =>
		document.querySelectorAll<HTMLElement>('.prose > *').forEach((block) => {
			block.style.contentVisibility = 'visible';
		}),
	);
}
