import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CORPUS_DIR, type CorpusPage, corpusPages, withKnownName } from '../../../tests/article/corpus';
import { EXTENSION_DIR, launchWithExtension } from '../../launch-extension';
import { serveDirectory } from '../../static-server';
import { subscribeFromOptionsPage } from '../page/install-pack';
import { loadCorpusPage } from '../page/load-page';
import { writeMillionAliasPack } from '../page/million-pack';
import type { Figures } from '../run';

/**
 * What the content script costs a page, measured in Chromium with the built extension over the
 * real pages of ../shared/corpus/readability-pages, from a Chromium trace of each page load
 * (tools/bench/page/trace.ts, tools/bench/page/load-page.ts):
 *
 * - `page.main_thread_ms.median`: main-thread CPU time in the content script's code (see
 *   extensionCost), starter pack only;
 * - `page.long_tasks`: tasks over 50 ms that would not be long without the extension's part;
 * - `page.time_to_marks_ms.median`: DOMContentLoaded to the first mark, warm service worker,
 *   on the news pages with "Antony Blinken said." written into the first body paragraph, with
 *   the starter pack PLUS a subscribed pack of 1,000,000 generated aliases
 *   (tools/bench/page/million-pack.ts) installed; `page.time_to_marks_starter_only_ms.median`
 *   is the same before that pack is installed;
 * - `page.index_build_1m_s`: the first analysis after the pack's install — DOMContentLoaded to
 *   the first mark of one page, which compiles the index of all records (and saves its selfie);
 * - `page.pack_1m_install_s`: the `subscribe` request from the options page until its reply
 *   (download from 127.0.0.1, verification, install into IndexedDB);
 * - `bundle.content_script_kb`: the minified content script loaded on every page.
 */

const CONTENT_SCRIPT = resolve(EXTENSION_DIR, 'content-scripts/content.js');
const SETTLE_MS = 1_000;
const MARK_TIMEOUT_MS = 10_000;
/** The first analysis after the install compiles the index of 1,000,000 aliases. */
const INDEX_BUILD_TIMEOUT_MS = 180_000;
const NAME = 'Antony Blinken said. ';

const median = (values: number[]) => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const verbose = (...parts: unknown[]) => {
  if (process.env.BENCH_VERBOSE) console.log(...parts);
};

export async function measure(): Promise<Figures> {
  if (!existsSync(CONTENT_SCRIPT)) execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
  const bundleKb = (await stat(CONTENT_SCRIPT)).size / 1024;
  // Generated before the browser starts, so it does not share the cores with measured loads.
  const generating = performance.now();
  const pack = await writeMillionAliasPack();
  verbose(
    `pack: ${pack.aliasCount} aliases, ${pack.entityCount} entities, ${pack.manifest.shards.length} shards,`,
    `${(pack.bytes / 1e6).toFixed(1)} MB, ${((performance.now() - generating) / 1000).toFixed(1)} s`,
  );
  const server = await serveDirectory(CORPUS_DIR);
  const packServer = await serveDirectory(pack.dir);
  const { context, extensionId } = await launchWithExtension();
  const mainThread: number[] = [];
  const starterOnly: number[] = [];
  const withMillion: number[] = [];
  let longTasks = 0;
  try {
    const pages = await corpusPages();
    const named = new Map<CorpusPage, string>();
    for (const corpusPage of pages) {
      if (!corpusPage.isNews) continue;
      const source = await readFile(resolve(CORPUS_DIR, corpusPage.name, 'source.html'), 'utf8');
      const html = await withKnownName(corpusPage, source);
      if (html !== undefined) named.set(corpusPage, html);
    }

    // 1. Starter pack only. The first page load also wakes the service worker: measure warm.
    for (const [index, corpusPage] of [pages[0]!, ...pages].entries()) {
      const html = named.get(corpusPage);
      const load = await loadCorpusPage(context, server.url, corpusPage, {
        ...(html === undefined ? {} : { html, markTimeoutMs: MARK_TIMEOUT_MS }),
        settleMs: SETTLE_MS,
      });
      if (index === 0) continue;
      mainThread.push(load.cost.mainThreadMs);
      longTasks += load.cost.longTasks;
      if (html !== undefined && load.timeToMarksMs !== undefined) starterOnly.push(load.timeToMarksMs);
      verbose(corpusPage.name, load.cost, html === undefined ? '-' : (load.timeToMarksMs ?? Number.NaN));
    }

    // 2. Subscribe to the million-alias pack from the options page, as a reader would.
    const install = await subscribeFromOptionsPage(context, extensionId, `${packServer.url}/manifest.json`);
    if (!install.reply.ok || install.reply.value.status !== 'installed') {
      throw new Error(`the million-alias pack did not install: ${JSON.stringify(install.reply)}`);
    }
    verbose('install', install.reply.value, `${install.seconds.toFixed(1)} s`);

    // 3. The first analysis after the install compiles the index; a generated name proves the
    //    pack is matched (one load, untraced, not among the measured ones).
    const [firstPage, firstHtml] = [...named][0]!;
    const warm = await loadCorpusPage(context, server.url, firstPage, {
      html: firstHtml.replace(NAME, `${NAME}${pack.probe.name} said. `),
      markTimeoutMs: INDEX_BUILD_TIMEOUT_MS,
      settleMs: SETTLE_MS,
      trace: false,
    });
    if (warm.timeToMarksMs === undefined) throw new Error('no marks after the million-alias pack was installed');
    if (!warm.highlights.includes(`source-context:entity:${pack.probe.id}`)) {
      throw new Error(`"${pack.probe.name}" of the million-alias pack was not marked: ${warm.highlights}`);
    }
    verbose('first analysis after install', `${(warm.timeToMarksMs / 1000).toFixed(1)} s`);

    // 4. Time to marks again, the same way, with the million aliases in the warm matcher.
    for (const [corpusPage, html] of named) {
      const load = await loadCorpusPage(context, server.url, corpusPage, {
        html,
        markTimeoutMs: MARK_TIMEOUT_MS,
        settleMs: 0,
      });
      if (load.timeToMarksMs !== undefined) withMillion.push(load.timeToMarksMs);
      verbose(corpusPage.name, '1M', load.timeToMarksMs ?? Number.NaN);
    }

    return {
      'page.main_thread_ms.median': median(mainThread),
      'page.main_thread_ms.max': Math.max(...mainThread),
      'page.long_tasks': longTasks,
      'page.time_to_marks_ms.median': median(withMillion),
      'page.time_to_marks_pages': withMillion.length,
      'page.time_to_marks_starter_only_ms.median': median(starterOnly),
      'page.index_build_1m_s': warm.timeToMarksMs / 1000,
      'page.pack_1m_install_s': install.seconds,
      'page.pack_1m_aliases': pack.aliasCount,
      'bundle.content_script_kb': bundleKb,
    };
  } finally {
    await context.close();
    await packServer.close();
    await server.close();
    await pack.remove();
  }
}
