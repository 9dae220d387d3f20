import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CORPUS_DIR, type CorpusPage, corpusPages, withKnownName } from '../../../tests/article/corpus';
import { EXTENSION_DIR, launchWithExtension } from '../../launch-extension';
import { serveDirectory } from '../../static-server';
import { BENCH_CHROMIUM_EXTENSION_DIR } from '../page/bench-extension';
import { browserRssMb, INSTALL_PROCESSES } from '../page/browser-memory';
import { measureInstallAlone, subscribeInContext } from '../page/install-pack';
import { loadCorpusPage } from '../page/load-page';
import { PACK_ALIASES, writeMillionAliasPack } from '../page/million-pack';
import { connectToWorker } from '../page/worker-cdp';
import type { Figures } from '../run';
import { verbose } from '../verbose';

/**
 * What the content script costs a page, measured in Chromium with the built extension over the
 * real pages of tests/fixtures/corpus/readability-pages, from a Chromium trace of each page load
 * (tools/bench/page/trace.ts, tools/bench/page/load-page.ts), with the starter pack PLUS a
 * subscribed pack of 1,000,000 generated aliases and 20,000 claims installed
 * (tools/bench/page/million-pack.ts), as issues 6 and 16 ask for `time_to_marks`:
 *
 * - `page.main_thread_ms.median`: main-thread CPU time in the content script's code (see
 *   extensionCost);
 * - `page.long_tasks`: tasks over 50 ms that would not be long without the extension's part;
 * - `page.time_to_marks_ms.median`: DOMContentLoaded to the first mark, warm service worker,
 *   on the news pages with "Antony Blinken said." written into the first body paragraph;
 * - `page.index_build_1m_s`: the first analysis after the pack's install — DOMContentLoaded to
 *   the first mark of one page, which reads all records, compiles the index and saves its selfie;
 * - `sync.aliases_1m.chromium_install_s`: the `subscribe` request from the options page until
 *   the index of the new data is stored, in a browser of its own (download from 127.0.0.1, verification of every shard
 *   and record, install into IndexedDB, index compiled), `…chromium_stored_s` until the reply
 *   (installed), `…chromium_peak_mb` the most the browser, extension and storage processes held
 *   together meanwhile (their PSS, tools/bench/page/browser-memory.ts), `…baseline_mb` just before;
 * - `background.aliases_1m.chromium_heap_mb`: the service worker's JS heap after the first
 *   analysis with the pack, after a full garbage collection (over CDP);
 * - `bundle.content_script_kb`: the minified content script loaded on every page.
 *
 * The pack is installed first (about a minute) and every page is loaded once after it: loading
 * them before it as well, for starter-only figures, would take the module past four minutes.
 */

const CONTENT_SCRIPT = resolve(EXTENSION_DIR, 'content-scripts/content.js');
const SETTLE_MS = 1_000;
const MARK_TIMEOUT_MS = 10_000;
/** The first analysis after the install compiles the index of 1,000,000 aliases. */
const INDEX_BUILD_TIMEOUT_MS = 180_000;
const NAME = 'Antony Blinken said. ';
const CLAIMS = 20_000;

const median = (values: number[]) => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export async function measure(): Promise<Figures> {
  if (!existsSync(CONTENT_SCRIPT)) execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
  const bundleKb = (await stat(CONTENT_SCRIPT)).size / 1024;
  // Generated before the browser starts, so it does not share the cores with measured loads.
  const generating = performance.now();
  const pack = await writeMillionAliasPack(PACK_ALIASES, CLAIMS);
  verbose(
    `pack: ${pack.aliasCount} aliases, ${pack.entityCount} entities, ${pack.manifest.shards.length} shards,`,
    `${(pack.bytes / 1e6).toFixed(1)} MB, ${((performance.now() - generating) / 1000).toFixed(1)} s`,
  );
  const server = await serveDirectory(CORPUS_DIR);
  const packServer = await serveDirectory(pack.dir);
  // Its own profile, removed at the end: the installed pack leaves about 140 MB in IndexedDB.
  const userDataDir = await mkdtemp(join(tmpdir(), 'page-bench-profile-'));
  try {
    // 1. The install of the million-alias pack, measured in a browser of its own.
    const install = await measureInstallAlone(
      `${packServer.url}/manifest.json`,
      (profile) => browserRssMb(profile, INSTALL_PROCESSES, 'Pss'),
      BENCH_CHROMIUM_EXTENSION_DIR,
    );
    verbose(
      'install',
      install.reply.ok ? install.reply.value : install.reply,
      `stored ${install.seconds.toFixed(1)} s, index ready ${install.readySeconds.toFixed(1)} s`,
    );
    const { context, extensionId } = await launchWithExtension({
      userDataDir,
      debuggingPort: true,
      extensionDir: BENCH_CHROMIUM_EXTENSION_DIR,
    });
    const worker = await connectToWorker(userDataDir);
    const mainThread: number[] = [];
    const timeToMarks: number[] = [];
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

      // 2. The same pack subscribed to in the browser whose pages are traced (not measured).
      await subscribeInContext(context, extensionId, `${packServer.url}/manifest.json`);

      // 3. The first analysis after the install compiles the index and leaves the service worker
      //    warm; a generated name proves the pack is matched. One load, untraced, not measured.
      const [firstPage, firstHtml] = [...named][0]!;
      const warm = await loadCorpusPage(context, server.url, firstPage, {
        html: firstHtml.replace(NAME, `${NAME}${pack.probe.title} ${pack.probe.name} said. `),
        markTimeoutMs: INDEX_BUILD_TIMEOUT_MS,
        settleMs: SETTLE_MS,
        trace: false,
      });
      if (warm.timeToMarksMs === undefined)
        throw new Error('no marks after the million-alias pack was installed');
      if (!warm.highlights.includes(`source-context:entity:${pack.probe.id}`)) {
        throw new Error(`"${pack.probe.name}" of the million-alias pack was not marked: ${warm.highlights}`);
      }
      verbose('first analysis after install', `${(warm.timeToMarksMs / 1000).toFixed(1)} s`);
      const heapMb = await worker.heapMb();

      // 4. Every corpus page, traced, with the starter pack and the million aliases installed.
      for (const corpusPage of pages) {
        const html = named.get(corpusPage);
        const load = await loadCorpusPage(context, server.url, corpusPage, {
          ...(html === undefined ? {} : { html, markTimeoutMs: MARK_TIMEOUT_MS }),
          settleMs: SETTLE_MS,
        });
        mainThread.push(load.cost.mainThreadMs);
        longTasks += load.cost.longTasks;
        if (html !== undefined && load.timeToMarksMs !== undefined) timeToMarks.push(load.timeToMarksMs);
        verbose(corpusPage.name, load.cost, html === undefined ? '-' : (load.timeToMarksMs ?? Number.NaN));
      }

      return {
        'page.main_thread_ms.median': median(mainThread),
        'page.main_thread_ms.max': Math.max(...mainThread),
        'page.long_tasks': longTasks,
        'page.time_to_marks_ms.median': median(timeToMarks),
        'page.time_to_marks_pages': timeToMarks.length,
        'page.index_build_1m_s': warm.timeToMarksMs / 1000,
        'page.pack_1m_aliases': pack.aliasCount,
        'page.pack_1m_claims': pack.claimCount,
        'sync.aliases_1m.chromium_install_s': install.readySeconds,
        'sync.aliases_1m.chromium_stored_s': install.seconds,
        'sync.aliases_1m.chromium_peak_mb': install.peakMb,
        'sync.aliases_1m.chromium_baseline_mb': install.baselineMb,
        'background.aliases_1m.chromium_heap_mb': heapMb,
        'bundle.content_script_kb': bundleKb,
      };
    } finally {
      await worker.close();
      await context.close();
    }
  } finally {
    await packServer.close();
    await server.close();
    await pack.remove();
    await rm(userDataDir, { recursive: true, force: true });
  }
}
