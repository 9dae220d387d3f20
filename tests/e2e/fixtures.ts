import { resolve } from 'node:path';
import { type BrowserContext, test as base } from '@playwright/test';
import { launchWithExtension } from '../../tools/launch-extension';
import { serveDirectory } from '../../tools/static-server';

export const FIXTURES_DIR = resolve(import.meta.dirname, '..', 'fixtures');

type TestFixtures = { context: BrowserContext; extensionId: string };
type WorkerFixtures = { siteURL: string };

/** A fresh Chromium profile with the built extension per test; fixtures served on 127.0.0.1. */
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
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring.
  context: async ({}, use) => {
    const { context } = await launchWithExtension();
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(new URL(worker.url()).host);
  },
});

export const expect = test.expect;
