import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Debian and Ubuntu's package puts Chromium here; CHROMIUM_PATH overrides it. */
export const SYSTEM_CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * Which Chromium the tests drive: Playwright's own build when it has been downloaded, otherwise the
 * distribution's. `undefined` means Playwright's own.
 */
export function chromiumExecutable(): string | undefined {
	if (existsSync(chromium.executablePath())) return undefined;
	return existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;
}

/** Flags for the distribution's Chromium: run as root, and stay off the network. */
export const SYSTEM_CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
];
