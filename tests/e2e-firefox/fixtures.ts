import { resolve } from 'node:path';
import { test as base } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { type FirefoxWithExtension, launchFirefoxWithExtension } from '../../tools/launch-firefox';
import { serveDirectory } from '../../tools/static-server';

export const FIXTURES_DIR = resolve(import.meta.dirname, '..', 'fixtures');

/** The Firefox of the test file that runs now, and the tabs it had before any test opened one. */
interface FirefoxPerFile {
  file?: string;
  firefox?: FirefoxWithExtension;
  initialPages: Set<Page>;
}

type TestFixtures = { firefox: FirefoxWithExtension };
type WorkerFixtures = { siteURL: string; firefoxPerFile: FirefoxPerFile };

/**
 * One Firefox with the built extension per test file: a launch takes 6–12 s on two busy cores
 * (Firefox waits for its idle startup tasks before it takes a WebDriver session), so one per
 * test would dominate the run. Each file starts from a new temporary profile, so its store
 * begins empty, as on a first install; the tabs a test opens are closed after it. A failed test
 * ends the worker, so the tests after it get a new browser too. Fixtures are served on 127.0.0.1.
 */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  siteURL: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring.
    async ({}, use) => {
      const server = await serveDirectory(FIXTURES_DIR);
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],
  firefoxPerFile: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring.
    async ({}, use) => {
      const current: FirefoxPerFile = { initialPages: new Set() };
      await use(current);
      await current.firefox?.close();
    },
    { scope: 'worker' },
  ],
  firefox: [
    async ({ firefoxPerFile: current }, use, testInfo) => {
      if (current.file !== testInfo.file || !current.firefox) {
        await current.firefox?.close();
        current.firefox = undefined;
        current.firefox = await launchFirefoxWithExtension();
        current.file = testInfo.file;
        current.initialPages = new Set(await current.firefox.browser.pages());
      }
      await use(current.firefox);
      for (const page of await current.firefox.browser.pages()) {
        if (!current.initialPages.has(page)) await page.close();
      }
    },
    // Its own time, apart from the test's: a launch on a busy machine may take a minute.
    { timeout: 120_000 },
  ],
});

export const expect = test.expect;
