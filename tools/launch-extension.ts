import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';
import { findChromium, HOW_TO_GET_CHROMIUM } from './find-chromium';
import { MissingBrowserError } from './missing-browser';

export const EXTENSION_DIR = resolve(import.meta.dirname, '..', '.output', 'chrome-mv3');

export interface LaunchOptions {
  headless?: boolean;
  userDataDir?: string;
  extensionDir?: string;
  /** Also listen for DevTools on a free port (named in the profile's DevToolsActivePort file). */
  debuggingPort?: boolean;
}

/** Chromium's switches that keep the browser quiet: no first-run pages, updates or sync. */
export const QUIET_ARGS = [
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

/** Chromium's switches that load the built extension at `extensionDir` and keep the browser quiet. */
export const extensionArgs = (extensionDir: string) => [
  `--disable-extensions-except=${extensionDir}`,
  `--load-extension=${extensionDir}`,
  ...QUIET_ARGS,
];

/** Starts Chromium with the built extension loaded, as ENVIRONMENT.md proved on this machine. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<{
  context: BrowserContext;
  extensionId: string;
}> {
  const executablePath = findChromium();
  if (!executablePath) throw new MissingBrowserError(HOW_TO_GET_CHROMIUM);
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const temporaryProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'source-context-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    args: [...extensionArgs(extensionDir), ...(options.debuggingPort ? ['--remote-debugging-port=0'] : [])],
  });
  // Each run's profile (with the extension's IndexedDB) is thrown away with its browser.
  // Chromium may still be writing while it closes: retry, and never fail a run over it.
  if (temporaryProfile) {
    context.on('close', () => {
      rm(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }).catch(
        () => undefined,
      );
    });
  }
  // tsx compiles tools with esbuild's keepNames, which wraps named functions in `__name(…)`;
  // functions that Playwright serialises into the page then fail with "__name is not defined".
  await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId };
}
