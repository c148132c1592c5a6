/**
 * Makes sure a Chromium exists for the Playwright suite, in this order: Playwright's own build
 * (downloaded if possible), the distribution's `chromium` package (installed with apt-get when we
 * are root on Debian or Ubuntu), or a clear message saying what to install.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { SYSTEM_CHROMIUM, chromiumExecutable } from './support/browser.ts';
import { chromium } from '@playwright/test';

const found = () => existsSync(chromium.executablePath()) || existsSync(SYSTEM_CHROMIUM);
const run = (command: string, args: string[]) =>
	spawnSync(command, args, { stdio: 'inherit', timeout: 10 * 60_000 }).status === 0;

if (!found()) {
	console.log('setup-browser: no Chromium yet; trying Playwright’s download…');
	run('playwright', ['install', 'chromium']);
}
if (!found() && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
	console.log(
		'setup-browser: download not possible; installing the distribution’s chromium package…',
	);
	run('apt-get', ['update', '-qq']);
	// Fonts are only recommended by the package; the layout tests need real glyph metrics.
	run('apt-get', [
		'install',
		'-y',
		'-qq',
		'--no-install-recommends',
		'chromium',
		'fonts-liberation',
		'fonts-dejavu-core',
	]);
}
if (!found()) {
	console.error(
		[
			'setup-browser: no Chromium available for the tests.',
			'Install one of:',
			'  - Playwright’s own:  npx playwright install chromium',
			'  - Debian/Ubuntu:     sudo apt-get install chromium   (then re-run npm test)',
			`  - anywhere else:     set CHROMIUM_PATH to a Chromium or Chrome binary (looked at ${SYSTEM_CHROMIUM})`,
		].join('\n'),
	);
	process.exit(1);
}
const chosen = chromiumExecutable() ?? chromium.executablePath();
console.log(
	`setup-browser: using ${chosen} (${execFileSync(chosen, ['--version'], { encoding: 'utf8' }).trim()})`,
);
