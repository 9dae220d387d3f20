import type { BrowserContext } from '@playwright/test';
import type { CorpusPage } from '../../../tests/article/corpus';
import { extensionCost, traced } from './trace';

export interface PageLoadOptions {
  /** The page's HTML to serve instead of its source.html (the page with a name written in). */
  html?: string;
  /** Whether to wait for a first mark, and how long at most. */
  markTimeoutMs?: number;
  /** Time after the first mark (or DOMContentLoaded) for the content script to finish its work. */
  settleMs: number;
  /** Trace the load (default); without, `cost` is zero. */
  trace?: boolean;
}

export interface PageLoad {
  /** The extension's main-thread time and long tasks in this load (tools/bench/page/trace.ts). */
  cost: { mainThreadMs: number; longTasks: number };
  /** DOMContentLoaded to the first `source-context:` highlight, when one came. */
  timeToMarksMs?: number;
  /** Names of the extension's highlights at the end of the load. */
  highlights: string[];
}

/**
 * One traced load of a corpus page served at `siteUrl`: the page may talk to 127.0.0.1 only.
 * A main-world init script notes when DOMContentLoaded fires and when the first highlight of
 * the extension appears (polled every animation frame).
 */
export async function loadCorpusPage(
  context: BrowserContext,
  siteUrl: string,
  corpusPage: CorpusPage,
  options: PageLoadOptions,
): Promise<PageLoad> {
  const page = await context.newPage();
  try {
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname !== '127.0.0.1') return route.abort();
      if (options.html !== undefined && url.pathname.endsWith('/source.html')) {
        return route.fulfill({ body: options.html, contentType: 'text/html; charset=utf-8' });
      }
      return route.continue();
    });
    await page.addInitScript(() => {
      const scope = window as unknown as { dcl?: number; firstMark?: number };
      document.addEventListener('DOMContentLoaded', () => {
        scope.dcl = performance.now();
      });
      const poll = () => {
        if ([...CSS.highlights.keys()].some((name) => name.startsWith('source-context:'))) {
          scope.firstMark = performance.now();
        } else requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    });
    const run = async () => {
      await page.goto(`${siteUrl}/${corpusPage.name}/source.html`, { waitUntil: 'domcontentloaded' });
      if (options.markTimeoutMs !== undefined) {
        await page
          .waitForFunction(
            () => (window as unknown as { firstMark?: number }).firstMark !== undefined,
            undefined,
            { timeout: options.markTimeoutMs },
          )
          .catch(() => undefined);
      }
      if (options.settleMs > 0) await page.waitForTimeout(options.settleMs);
    };
    let cost: PageLoad['cost'] = { mainThreadMs: 0, longTasks: 0 };
    if (options.trace === false) await run();
    else {
      cost = extensionCost(await traced(context, page, run));
    }
    const times = await page.evaluate(() => {
      const { dcl, firstMark } = window as unknown as { dcl?: number; firstMark?: number };
      const highlights = [...CSS.highlights.keys()].filter((name) => name.startsWith('source-context:'));
      return { dcl, firstMark, highlights };
    });
    return {
      cost,
      ...(times.dcl !== undefined && times.firstMark !== undefined
        ? { timeToMarksMs: times.firstMark - times.dcl }
        : {}),
      highlights: times.highlights,
    };
  } finally {
    await page.close();
  }
}
