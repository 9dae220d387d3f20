import { defineConfig } from '@playwright/test';

// One worker: every test starts its own Chromium with the extension, and CI has 2 cores.
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  timeout: 30_000,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'off' },
});
