import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { CORPUS_DIR, type CorpusPage, corpusPages, withKnownName } from '../../../tests/article/corpus';
import { EXTENSION_DIR, launchWithExtension } from '../../launch-extension';
import { buildOfficeHoldersPack } from '../../pack/importers/wikidata-office-holders';
import { serveDirectory } from '../../static-server';
import { browserRssMb } from '../page/browser-memory';
import { measureInstallAlone, subscribeInContext } from '../page/install-pack';
import { loadCorpusPage } from '../page/load-page';
import type { Figures } from '../run';
import { verbose } from '../verbose';

/**
 * The office-holders pack (packs/office-holders: 115,422 people from Wikidata) installed in
 * Chromium with the built extension, as a reader would have it (issue 17):
 *
 * - `office_holders.install_s`: the options page's `subscribe` until its reply, in a browser of
 *   its own (download from 127.0.0.1, verification, install into IndexedDB);
 * - `office_holders.install_peak_mb`: the most the browser's processes held together (sum of
 *   their RSS, sampled every 200 ms) during the install, and `…baseline_mb` just before it;
 * - `office_holders.index_build_s`: the first analysis after the install (DOMContentLoaded to the
 *   first mark of a page naming Tunisia's prime minister), which compiles the index;
 * - `office_holders.index_mb`: the compiled index as the store keeps it (its selfie), and
 *   `office_holders.store_disk_mb` the profile's IndexedDB folder on disk;
 * - `office_holders.main_thread_ms.median` and `office_holders.time_to_marks_ms.median`: every
 *   news page of tests/fixtures/corpus/readability-pages traced as the `page` figures do.
 */

const CONTENT_SCRIPT = resolve(EXTENSION_DIR, 'content-scripts/content.js');
const SETTLE_MS = 1_000;
const MARK_TIMEOUT_MS = 10_000;
const INDEX_BUILD_TIMEOUT_MS = 180_000;
/** The Washington Post, March 2015: "Tunisian Prime Minister Habib Essid said…". */
const FIRST_PAGE = 'news/wapo-1';
const FIRST_PERSON = 'habib-essid';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Bytes of the compiled index the background stored (all its parts), read in the worker. */
async function storedIndexBytes(context: BrowserContext): Promise<number> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate(
    () =>
      new Promise<number>((done, fail) => {
        const open = indexedDB.open('source-context');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('compiled').objectStore('compiled').getAll();
          request.onerror = () => fail(request.error);
          request.onsuccess = () => {
            open.result.close();
            done(request.result.reduce((sum, row: { bytes: Uint8Array }) => sum + row.bytes.byteLength, 0));
          };
        };
      }),
  );
}

async function folderMb(dir: string): Promise<number> {
  if (!existsSync(dir)) return 0;
  return Number(execFileSync('du', ['-sk', dir], { encoding: 'utf8' }).split('\t')[0]) / 1024;
}

export async function measure(): Promise<Figures> {
  if (!existsSync(CONTENT_SCRIPT)) execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
  const pack = await buildOfficeHoldersPack();
  verbose('pack', pack.reused ? 'reused' : 'built', pack.dir);
  const server = await serveDirectory(CORPUS_DIR);
  const packServer = await serveDirectory(pack.dir);
  const userDataDir = await mkdtemp(join(tmpdir(), 'office-holders-bench-profile-'));
  try {
    const install = await measureInstallAlone(`${packServer.url}/manifest.json`, (profile) =>
      browserRssMb(profile),
    );
    const { baselineMb, peakMb } = install;
    verbose(
      'install',
      install.reply.ok ? install.reply.value : install.reply,
      `${install.seconds.toFixed(1)} s`,
    );
    const { context, extensionId } = await launchWithExtension({ userDataDir });
    try {
      const pages = await corpusPages();
      // The pack again in the browser whose pages are traced; this install is not measured.
      await subscribeInContext(context, extensionId, `${packServer.url}/manifest.json`);
      const first = pages.find((page) => page.name === FIRST_PAGE);
      if (!first) throw new Error(`${FIRST_PAGE} is not in the corpus`);
      const warm = await loadCorpusPage(context, server.url, first, {
        markTimeoutMs: INDEX_BUILD_TIMEOUT_MS,
        settleMs: SETTLE_MS,
        trace: false,
      });
      if (!warm.highlights.includes(`source-context:entity:${FIRST_PERSON}`))
        throw new Error(`${FIRST_PERSON} was not marked on ${FIRST_PAGE}: ${warm.highlights}`);

      const mainThread: number[] = [];
      const timeToMarks: number[] = [];
      for (const corpusPage of pages.filter((page: CorpusPage) => page.isNews)) {
        const source = await readFile(resolve(CORPUS_DIR, corpusPage.name, 'source.html'), 'utf8');
        const html = await withKnownName(corpusPage, source);
        const load = await loadCorpusPage(context, server.url, corpusPage, {
          ...(html === undefined ? {} : { html, markTimeoutMs: MARK_TIMEOUT_MS }),
          settleMs: SETTLE_MS,
        });
        mainThread.push(load.cost.mainThreadMs);
        if (load.timeToMarksMs !== undefined) timeToMarks.push(load.timeToMarksMs);
        verbose(corpusPage.name, load.cost, load.timeToMarksMs ?? '-');
      }
      return {
        'office_holders.records': pack.manifest.shards.reduce((sum, shard) => sum + shard.records, 0),
        'office_holders.install_s': install.seconds,
        'office_holders.install_baseline_mb': baselineMb,
        'office_holders.install_peak_mb': peakMb,
        'office_holders.index_build_s': (warm.timeToMarksMs ?? Number.NaN) / 1000,
        'office_holders.index_mb': (await storedIndexBytes(context)) / 1024 / 1024,
        'office_holders.store_disk_mb': await folderMb(join(userDataDir, 'Default', 'IndexedDB')),
        'office_holders.main_thread_ms.median': median(mainThread),
        'office_holders.main_thread_ms.max': Math.max(...mainThread),
        'office_holders.time_to_marks_ms.median': median(timeToMarks),
        'office_holders.time_to_marks_pages': timeToMarks.length,
      };
    } finally {
      await context.close();
    }
  } finally {
    await packServer.close();
    await server.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}
