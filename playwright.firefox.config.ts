import { defineConfig } from '@playwright/test';

// The extension in stock Firefox, driven by puppeteer-core over WebDriver BiDi (Playwright's own
// Firefox is a patched build that cannot be downloaded here): Playwright is only the test runner.
// One worker: every test starts its own Firefox, and CI has 2 cores.
export default defineConfig({
  testDir: 'tests/e2e-firefox',
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list']],
});
