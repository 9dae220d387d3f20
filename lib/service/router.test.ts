import { describe, expect, it, vi } from 'vitest';
import { createRouter } from './router';

const ORIGIN = 'chrome-extension://abc/';
const pageSender = { tab: { id: 7 }, frameId: 0, url: 'https://news.example/article' };
/** The card: an extension page in a frame of the article's tab. */
const cardSender = {
  tab: { id: 7 },
  frameId: 3,
  url: `${ORIGIN}card-view.html#0b6f5a4e-2f8e-4c55-9d51-6a1a0c3e7b21`,
};

function router() {
  const handlers = {
    analyze: vi.fn(async () => ({ matches: [] })),
    details: vi.fn(async () => null),
    pageSummary: vi.fn(async () => null),
    // Stands in for handlers whose replies these tests do not read (`never` fits every reply type).
    other: vi.fn(async () => null as never),
  };
  const route = createRouter({
    extensionOrigin: ORIGIN,
    content: {
      analyze: handlers.analyze,
      'no-article': handlers.other,
      'load-card': handlers.other,
    },
    pages: {
      'page-summary': handlers.pageSummary,
      details: handlers.details,
      'save-note': handlers.other,
      'list-notes': handlers.other,
      'list-packs': handlers.other,
      'list-own-entities': handlers.other,
      'save-own-entity': handlers.other,
      'delete-own-entity': handlers.other,
      'export-own-data': handlers.other,
      'import-own-data': handlers.other,
      subscribe: handlers.other,
      unsubscribe: handlers.other,
      'sync-now': handlers.other,
      'sync-status': handlers.other,
    },
  });
  return { route, handlers };
}

describe('background router', () => {
  it('passes a well-formed content request to its handler with the asking tab and frame', async () => {
    const { route, handlers } = router();
    const reply = await route({ type: 'analyze', url: pageSender.url, blocks: ['Text'] }, pageSender);
    expect(reply).toEqual({ ok: true, value: { matches: [] } });
    expect(handlers.analyze).toHaveBeenCalledWith(
      { type: 'analyze', url: pageSender.url, blocks: ['Text'] },
      { tabId: 7, frameId: 0 },
    );
  });

  it('rejects malformed messages with an error, never a throw, and calls no handler', async () => {
    const { route, handlers } = router();
    for (const message of [null, 'analyze', { type: 'analyze', blocks: 'text' }, { type: 'drop-tables' }]) {
      const reply = await route(message, pageSender);
      expect(reply.ok).toBe(false);
    }
    expect(handlers.analyze).not.toHaveBeenCalled();
  });

  it('refuses extension-page requests from a web page but serves the popup', async () => {
    const { route, handlers } = router();
    expect((await route({ type: 'page-summary', tabId: 7 }, pageSender)).ok).toBe(false);
    expect((await route({ type: 'export-own-data' }, pageSender)).ok).toBe(false);
    expect(handlers.pageSummary).not.toHaveBeenCalled();
    expect(handlers.other).not.toHaveBeenCalled();
    const fromPopup = await route({ type: 'page-summary', tabId: 7 }, { url: `${ORIGIN}popup.html` });
    expect(fromPopup.ok).toBe(true);
  });

  // Issue 15: the card and its note editor live in an extension-origin frame now, so a content
  // script (which shares a process with the page) has no reason to read details or write notes.
  it('lets the card read details and save the note, and a content script neither', async () => {
    const { route, handlers } = router();
    const note = { type: 'save-note', kind: 'entity', id: 'antony-blinken', text: 'Written by the page' };
    expect((await route(note, pageSender)).ok).toBe(false);
    expect((await route({ type: 'details', kind: 'entity', id: 'x' }, pageSender)).ok).toBe(false);
    expect(handlers.other).not.toHaveBeenCalled();
    expect(handlers.details).not.toHaveBeenCalled();
    expect((await route(note, cardSender)).ok).toBe(true);
    expect((await route({ type: 'details', kind: 'entity', id: 'x' }, cardSender)).ok).toBe(true);
  });

  it('turns a failing handler into an error reply', async () => {
    const { route, handlers } = router();
    handlers.details.mockRejectedValueOnce(new Error('store closed'));
    expect(await route({ type: 'details', kind: 'entity', id: 'x' }, cardSender)).toEqual({
      ok: false,
      error: 'store closed',
    });
  });
});
