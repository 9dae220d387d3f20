import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { findChromium, HOW_TO_GET_CHROMIUM } from '../../find-chromium';
import { MissingBrowserError } from '../../missing-browser';
import type { ChromiumMatchFigures } from './chromium-page';

/**
 * Bundles a page module with esbuild, loads it in headless Chromium via Playwright and calls the
 * function it puts on `globalThis[entry]` with `args`: where the extension's matching really runs.
 */
export async function runInChromium<Args extends unknown[], Result>(
  pageModule: URL,
  entry: string,
  ...args: Args
): Promise<Result> {
  const executablePath = findChromium();
  if (!executablePath) throw new MissingBrowserError(HOW_TO_GET_CHROMIUM);
  const bundle = await build({
    entryPoints: [pageModule.pathname],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
  });
  const browser = await chromium.launch({ executablePath, args: ['--disable-quic'] });
  try {
    const page = await browser.newPage();
    // IndexedDB needs a real origin: the page is served by Playwright itself, no server involved.
    const origin = 'http://bench.source-context.invalid/';
    await page.route(origin, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }),
    );
    await page.goto(origin);
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    return (await page.evaluate(
      ([name, pageArgs]) =>
        (globalThis as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[name]!(...pageArgs),
      [entry, args] as const,
    )) as Result;
  } finally {
    await browser.close();
  }
}

/** Our matcher and modern-ahocorasick on the same aliases and paragraphs (chromium-page.ts). */
export const measureInChromium = (
  blocks: string[],
  bytes: number,
  aliasCount: number,
  ahoCorasickAliasCount: number,
) =>
  runInChromium<[string[], number, number, number], ChromiumMatchFigures>(
    new URL('./chromium-page.ts', import.meta.url),
    'benchMatch',
    blocks,
    bytes,
    aliasCount,
    ahoCorasickAliasCount,
  );
