// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardLoader } from '@/entrypoints/content/card-loader';
import { flashMark } from '@/entrypoints/content/mark-flash';
import { CARD_GLOBAL, type CardGlobal, type CardHost } from '@/lib/card/contract';

/**
 * Issue 15: the card, the card loader's polling and the flash stylesheet outlived the content
 * script. Each is tied to the content script's AbortSignal (WXT's `ctx.signal`).
 */
const global = globalThis as CardGlobal;

afterEach(() => {
  delete global[CARD_GLOBAL];
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('after the content script is invalidated', () => {
  it('the card is destroyed and no longer registered', () => {
    const controller = new AbortController();
    const destroy = vi.fn();
    global[CARD_GLOBAL] = { destroy } as unknown as CardHost;
    const loader = new CardLoader(async () => undefined, controller.signal);
    expect(loader.current).toBeDefined();
    controller.abort();
    expect(destroy).toHaveBeenCalledOnce();
    expect(global[CARD_GLOBAL]).toBeUndefined();
  });

  it('the card loader stops polling for the card', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const loader = new CardLoader(async () => undefined, controller.signal);
    const loading = loader.get();
    await vi.advanceTimersByTimeAsync(120);
    controller.abort();
    await vi.advanceTimersByTimeAsync(60);
    expect(vi.getTimerCount()).toBe(0);
    await expect(loading).resolves.toBeUndefined();
  });

  it('the flash stylesheet and highlight are gone', () => {
    const highlights = new Map<string, unknown>();
    vi.stubGlobal('CSS', { highlights });
    vi.stubGlobal(
      'Highlight',
      class {
        constructor(readonly range: Range) {}
      },
    );
    const controller = new AbortController();
    const before = [...document.adoptedStyleSheets];
    flashMark({ kind: 'entity', id: 'someone', range: document.createRange() }, document, controller.signal);
    expect(document.adoptedStyleSheets).toHaveLength(before.length + 1);
    controller.abort();
    expect(document.adoptedStyleSheets).toEqual(before);
    expect([...highlights.keys()]).toEqual([]);
  });
});
