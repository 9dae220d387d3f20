import { TabSummary } from '@/lib/messaging/protocol';
import { createRouter } from '@/lib/service/router';
import { SKELETON_ENTITIES } from '@/lib/service/skeleton-entities';

export default defineBackground(() => {
  const summaryKey = (tabId: number) => `tab-summary:${tabId}`;
  const route = createRouter({
    entities: async () => SKELETON_ENTITIES,
    extensionOrigin: browser.runtime.getURL('/'),
    // Session storage: summaries outlive a sleeping service worker but not the browser session.
    saveSummary: (tabId, summary) => browser.storage.session.set({ [summaryKey(tabId)]: summary }),
    loadSummary: async (tabId) => {
      const stored = (await browser.storage.session.get(summaryKey(tabId)))[summaryKey(tabId)];
      const parsed = TabSummary.safeParse(stored);
      return parsed.success ? parsed.data : undefined;
    },
  });
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(summaryKey(tabId)));
});
