import { describe, expect, it } from 'vitest';
import type { TabSummary } from '../messaging/protocol';
import { createRouter } from './router';
import { SKELETON_ENTITIES } from './skeleton-entities';

const ORIGIN = 'chrome-extension://abc/';

function router() {
  const summaries = new Map<number, TabSummary>();
  const route = createRouter({
    entities: async () => SKELETON_ENTITIES,
    extensionOrigin: ORIGIN,
    saveSummary: async (tabId, summary) => void summaries.set(tabId, summary),
    loadSummary: async (tabId) => summaries.get(tabId),
  });
  return { route, summaries };
}

const pageSender = { tab: { id: 7 }, url: 'https://news.example/article' };

describe('background router', () => {
  it('answers an analyze request with matches and remembers the tab summary', async () => {
    const { route, summaries } = router();
    const reply = await route(
      { type: 'analyze', url: pageSender.url, blocks: ['General Mark Milley riet Kiew …'] },
      pageSender,
    );
    expect(reply).toMatchObject({ ok: true, value: { matches: [{ id: 'mark-milley', start: 8, end: 19 }] } });
    expect(summaries.get(7)?.mentions).toEqual([{ id: 'mark-milley', name: 'Mark Milley', count: 1 }]);
  });

  it('rejects malformed messages with an error, never a throw', async () => {
    const { route } = router();
    for (const message of [null, 'analyze', { type: 'analyze', blocks: 'text' }, { type: 'drop-tables' }]) {
      const reply = await route(message, pageSender);
      expect(reply.ok).toBe(false);
    }
  });

  it('refuses extension-page requests from a web page', async () => {
    const { route } = router();
    const reply = await route({ type: 'tab-summary', tabId: 7 }, pageSender);
    expect(reply.ok).toBe(false);
    const fromPopup = await route({ type: 'tab-summary', tabId: 7 }, { url: `${ORIGIN}popup.html` });
    expect(fromPopup).toEqual({ ok: true, value: null });
  });
});
