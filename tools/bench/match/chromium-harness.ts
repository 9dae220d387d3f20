import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { findChromium, HOW_TO_GET_CHROMIUM } from '../../find-chromium';
import { MissingBrowserError } from '../../missing-browser';
import type { ChromiumMatchFigures } from './chromium-page';

/** Bundles chromium-page.ts with esbuild and runs it in headless Chromium via Playwright. */
export async function measureInChromium(
  blocks: string[],
  bytes: number,
  aliasCount: number,
  ahoCorasickAliasCount: number,
): Promise<ChromiumMatchFigures> {
  const executablePath = findChromium();
  if (!executablePath) throw new MissingBrowserError(HOW_TO_GET_CHROMIUM);
  const bundle = await build({
    entryPoints: [new URL('./chromium-page.ts', import.meta.url).pathname],
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
    return await page.evaluate(
      ([pageBlocks, pageBytes, aliases, ahoCorasickAliases]) =>
        (
          globalThis as unknown as {
            benchMatch: (b: string[], n: number, a: number, c: number) => Promise<ChromiumMatchFigures>;
          }
        ).benchMatch(pageBlocks, pageBytes, aliases, ahoCorasickAliases),
      [blocks, bytes, aliasCount, ahoCorasickAliasCount] as const,
    );
  } finally {
    await browser.close();
  }
}
