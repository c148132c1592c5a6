import { defineConfig, devices } from '@playwright/test';
import { SYSTEM_CHROMIUM_ARGS, chromiumExecutable } from './support/browser.ts';

const port = Number(process.env['TEST_PORT'] ?? 4322);
const executablePath = chromiumExecutable();

export default defineConfig({
	testDir: './e2e',
	outputDir: '../test-results',
	fullyParallel: true,
	forbidOnly: Boolean(process.env['CI']),
	retries: 0,
	workers: 2,
	reporter: process.env['CI']
		? [['list'], ['html', { open: 'never', outputFolder: '../playwright-report' }]]
		: 'list',
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		...devices['Desktop Chrome'],
		launchOptions: executablePath ? { executablePath, args: SYSTEM_CHROMIUM_ARGS } : {},
	},
	webServer: {
		// The built site, served the way `npm start` serves it; Astro 7 would detach it otherwise.
		command: `astro preview --host 127.0.0.1 --port ${port} --outDir ${process.env['DIST_DIR'] ?? 'dist'}`,
		cwd: '..',
		env: { ASTRO_PREVIEW_BACKGROUND: '0' },
		url: `http://127.0.0.1:${port}${process.env['BASE_PATH'] ?? '/'}`,
		reuseExistingServer: !process.env['CI'],
		timeout: 60_000,
	},
});
