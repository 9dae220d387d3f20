import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findFirefox, HOW_TO_GET_FIREFOX } from './find-firefox';
import { MissingBrowserError } from './missing-browser';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '..', '.output', 'firefox-mv2');

/** `browser_specific_settings.gecko.id` in wxt.config.ts. */
export const GECKO_ID = 'source-context@source-context.invalid';

/**
 * The extension's internal UUID. Firefox picks a random one per profile; fixing it through
 * `extensions.webextensions.uuids` gives the extension pages a known origin, as Chromium's
 * stable extension id does.
 */
export const EXTENSION_UUID = '5e1f0c0a-7e57-4c0d-9f1e-50c0e0c7e471';

export interface FirefoxLaunchOptions {
  headless?: boolean;
  extensionDir?: string;
  /** Firefox's stdout and stderr with the extension's console messages on them: for debugging. */
  console?: boolean;
  /** Added to Firefox's environment, e.g. to start its profiler (bench/background/firefox-profile.ts). */
  env?: Record<string, string>;
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** `moz-extension://<uuid>`: the origin of popup.html and options.html. */
  extensionOrigin: string;
  /** A new tab, 1280×900 like the Chromium runs. */
  newPage(): Promise<Page>;
  /** A new tab showing an extension page, e.g. `/options.html`, once its document has loaded. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
  /** Asks Firefox to quit and waits for its process to exit, so files it writes on exit are whole. */
  quit(): Promise<void>;
}

/**
 * Starts stock Firefox with the built extension installed as a temporary add-on, driven by
 * puppeteer-core over WebDriver BiDi (ENVIRONMENT.md, Firefox). Puppeteer creates the profile in
 * the temp folder and deletes it when the browser closes, so every launch starts with an empty
 * store: the extension installs its starter pack as on a first run.
 *
 * Firefox answers the WebDriver session only after its idle startup tasks ran
 * ("browser-idle-startup-tasks-finished"): several seconds, and over a minute was seen on two
 * cores busy with other work.
 */
export async function launchFirefoxWithExtension(
  options: FirefoxLaunchOptions = {},
): Promise<FirefoxWithExtension> {
  const executablePath = findFirefox();
  if (!executablePath) throw new MissingBrowserError(HOW_TO_GET_FIREFOX);
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${extensionDir}: run npm run build:firefox first.`);
  }
  const logConsole = options.console ?? false;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: options.headless ?? true,
    defaultViewport: { width: 1280, height: 900 },
    dumpio: logConsole,
    ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
    // WebDriver BiDi refuses to navigate to moz-extension:// pages ("Navigation to … is not
    // allowed in this context", remote/shared/BrowsingContextUtils.sys.mjs) unless system access
    // is allowed; the tests open popup.html and options.html in tabs as Chromium's do.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // A temporary add-on from a folder is unsigned.
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'devtools.console.stdout.chrome': logConsole,
      'devtools.console.stdout.content': logConsole,
    },
  });
  try {
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;
  const newPage = async () => {
    const page = await browser.newPage();
    // tsx compiles with esbuild's keepNames, which wraps named functions in `__name(…)`;
    // functions serialised into a page then fail with "__name is not defined".
    await page.evaluateOnNewDocument('globalThis.__name = (target) => target;');
    return page;
  };
  return {
    browser,
    extensionOrigin,
    newPage,
    openExtensionPage: async (path) => {
      const page = await newPage();
      const url = new URL(path, extensionOrigin).href;
      // Firefox 153 loads a moz-extension:// document but sends no WebDriver BiDi navigation
      // events for it, so `goto` would never settle; watch the document instead.
      const navigation = new AbortController();
      page.goto(url, { signal: navigation.signal }).catch(() => undefined);
      try {
        await waitForDocument(page, url);
      } finally {
        navigation.abort();
      }
      return page;
    },
    // Firefox prints "background.js: Script terminated by timeout" while it shuts down: the
    // background page is cut off, nothing failed.
    close: () => browser.close(),
    // Puppeteer's `close` kills the process as soon as Firefox has answered WebDriver BiDi's
    // `browser.close`; a profile written on exit (MOZ_PROFILER_SHUTDOWN) was cut off at 49 kB on
    // a loaded machine. Quitting by the same command and waiting for the exit keeps it whole.
    quit: async () => {
      const process = browser.process();
      const exited = new Promise<void>((done) => {
        if (!process || process.exitCode !== null) done();
        else process.once('exit', () => done());
      });
      const { connection } = browser as unknown as {
        connection: { send(method: string, params: object): Promise<unknown> };
      };
      await connection.send('browser.close', {}).catch(() => undefined);
      await exited;
      await browser.close();
    },
  };
}

/** Polls from Node until `page` shows `url`, fully loaded: the old document may vanish meanwhile. */
async function waitForDocument(page: Page, url: string, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const loaded = await page
      .evaluate((wanted) => location.href === wanted && document.readyState === 'complete', url)
      .catch(() => false);
    if (loaded) return;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`${url} did not load within ${timeout} ms`);
}
