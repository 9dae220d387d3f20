import { CARD_VIEW_PATH } from '@/lib/card/ports';
import type { SyncRequest } from '@/lib/messaging/sync-requests';
import { ArticleBatches, analyzeArticle } from '@/lib/service/analyze';
import { CardRelay } from '@/lib/service/card-relay';
import { Knowledge } from '@/lib/service/knowledge';
import { ownDataStore } from '@/lib/service/own-data-store';
import { handleOwnDataRequest, type OwnDataRequest } from '@/lib/service/page-handlers';
import { buildPageSummary } from '@/lib/service/page-summary';
import { createRouter } from '@/lib/service/router';
import { starterGate } from '@/lib/service/starter-ready';
import { createSyncService } from '@/lib/service/sync-service';
import { TabRecords } from '@/lib/service/tab-records';
import { KnowledgeDatabase } from '@/lib/store/database';
import { installStarterPack } from '@/lib/store/starter-pack';

// A classic service worker's script is compiled whole, every function, the first time it runs
// after an install or update, to store a full code cache: with its top level that made one task
// of 65 ms of the worker's CPU at load 8. A module's functions are compiled when first called, in
// the tasks that call them (docs/benchmarks.md, "The worker's first evaluation"). Firefox's MV2
// background page stays a classic script: WXT ignores the type there.
export default defineBackground({
  type: 'module',
  main() {
    const db = new KnowledgeDatabase();
    const knowledge = new Knowledge(db);

    // The starter pack ships inside the extension: installed (or updated) without any network.
    // A failed install is logged and tried again on the next request (lib/service/starter-ready.ts).
    const ready = starterGate({
      install: () =>
        installStarterPack(db, async (path) => {
          const response = await fetch(browser.runtime.getURL(`/packs/starter/${path}` as '/'));
          if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
          return new Uint8Array(await response.arrayBuffer());
        }),
    });

    const tabRecords = new TabRecords(browser.storage.session);

    const SYNC_ALARM = 'pack-sync';
    const sync = createSyncService({
      db,
      fetch: (input, init) => fetch(input, init),
      setAlarm: async (when) => {
        if (when === undefined) await browser.alarms.clear(SYNC_ALARM);
        else await browser.alarms.create(SYNC_ALARM, { when: Math.max(when, Date.now() + 1_000) });
      },
      // Fails whenever no extension page is open to listen: that is not an error.
      broadcast: (progress) => void browser.runtime.sendMessage(progress).catch(() => undefined),
      watchInstall: (packId, shards) => knowledge.watchInstall(packId, shards),
    });
    // After a sync the matcher index is rebuilt at once (a no-op when nothing changed), so the
    // next article is not the one that waits for it.
    const thenIndex = <T>(work: Promise<T>) =>
      work.finally(() => void knowledge.index().catch(() => undefined));
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === SYNC_ALARM) void thenIndex(ready(() => sync.onAlarm()));
    });
    // At browser start (and after an update) packs whose sync is overdue are synced at once.
    browser.runtime.onStartup.addListener(() => void thenIndex(ready(() => sync.onStartup())));
    browser.runtime.onInstalled.addListener(() => void thenIndex(ready(() => sync.onStartup())));
    const handleSync = <M extends SyncRequest>(request: M) => thenIndex(ready(() => sync.handle(request)));

    const ownData = ownDataStore(
      db,
      (id) => knowledge.displayName(id),
      () => sync.packStatuses(),
    );
    const handleOwnData = async <M extends OwnDataRequest>(request: M) => {
      const reply = await ready(() => handleOwnDataRequest(ownData, request));
      if (!reply.ok) throw new Error(reply.error);
      return reply.value;
    };

    const articles = new ArticleBatches();
    const route = createRouter({
      extensionOrigin: browser.runtime.getURL('/'),
      content: {
        analyze: (request, { tabId }) =>
          ready(() =>
            analyzeArticle(request, tabId, {
              match: (blocks, lang, article) => knowledge.match(blocks, lang, article),
              articles,
              saveRecord: (tabId, record) => tabRecords.save(tabId, record),
            }),
          ),
        'no-article': async ({ url, reason }, { tabId }) => {
          if (tabId !== undefined) {
            tabRecords.save(tabId, { url, articleFound: false, notArticleReason: reason, marks: [] });
          }
        },
        'load-card': async (_request, { tabId, frameId }) => {
          if (tabId === undefined) throw new Error('the card can only be loaded into a tab');
          // Injected on the first hover only, so pages the reader never hovers never load the card.
          await browser.scripting.executeScript({
            target: { tabId, frameIds: [frameId ?? 0] },
            files: ['/card.js'],
          });
        },
      },
      pages: {
        // Built when the popup asks, from the tab's record: the marks never wait for it.
        'page-summary': async ({ tabId }) => {
          const record = await tabRecords.load(tabId);
          return record && ready(() => buildPageSummary(record, knowledge));
        },
        details: ({ kind, id }) => ready(() => knowledge.details(kind, id)),
        'save-note': handleOwnData,
        'list-notes': handleOwnData,
        'list-packs': handleOwnData,
        'list-own-entities': handleOwnData,
        'save-own-entity': handleOwnData,
        'delete-own-entity': handleOwnData,
        'export-own-data': handleOwnData,
        'import-own-data': handleOwnData,
        subscribe: handleSync,
        unsubscribe: handleSync,
        'sync-now': handleSync,
        'sync-status': handleSync,
      },
    });
    browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
    // The card host in a page and the card in its frame talk through here (lib/service/card-relay.ts).
    const cards = new CardRelay(browser.runtime.getURL(CARD_VIEW_PATH as '/'));
    browser.runtime.onConnect.addListener((port) => cards.connect(port));
    browser.tabs.onRemoved.addListener((tabId) => tabRecords.forget(tabId));

    // The keyboard shortcut steps through the marks of the active tab and opens their cards.
    browser.commands.onCommand.addListener(async (command) => {
      if (command !== 'next-mark' && command !== 'previous-mark') return;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return;
      await browser.tabs
        .sendMessage(tab.id, { type: 'step-marks', direction: command === 'next-mark' ? 'next' : 'previous' })
        .catch(() => undefined);
    });
  },
});
