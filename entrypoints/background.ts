import { matchEntities } from '@/lib/match/skeleton-matcher';
import { TabSummary } from '@/lib/messaging/protocol';
import { analyzeArticle } from '@/lib/service/analyze';
import { createRouter } from '@/lib/service/router';
import { SKELETON_ENTITIES } from '@/lib/service/skeleton-entities';

export default defineBackground(() => {
  const summaryKey = (tabId: number) => `tab-summary:${tabId}`;
  // Session storage: summaries outlive a sleeping service worker but not the browser session.
  const saveSummary = (tabId: number, summary: TabSummary) =>
    browser.storage.session.set({ [summaryKey(tabId)]: summary });
  const loadSummary = async (tabId: number) => {
    const parsed = TabSummary.safeParse(
      (await browser.storage.session.get(summaryKey(tabId)))[summaryKey(tabId)],
    );
    return parsed.success ? parsed.data : null;
  };

  const route = createRouter({
    extensionOrigin: browser.runtime.getURL('/'),
    content: {
      analyze: (request, { tabId }) =>
        analyzeArticle(request, tabId, {
          match: async (blocks) => matchEntities(blocks, SKELETON_ENTITIES),
          displayName: async (_kind, id) => SKELETON_ENTITIES.find((entity) => entity.id === id)?.name ?? id,
          saveSummary,
        }),
      details: async () => null,
      'load-card': async ({ type }) => {
        throw new Error(`${type}: the hover card is not part of this build yet`);
      },
    },
    pages: { 'tab-summary': ({ tabId }) => loadSummary(tabId) },
  });
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(summaryKey(tabId)));
});
