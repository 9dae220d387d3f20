import { CARD_GLOBAL, type CardGlobal, type CardHost } from '@/lib/card/contract';

/**
 * Gets the hover card, loading it on first use only: the card (Preact and all) is a separate
 * script the background injects into this frame's isolated world when asked, so pages that
 * are never hovered never pay for it.
 *
 * The loader owns the card's lifetime: when `signal` aborts (the content script is invalidated,
 * e.g. by an extension update) polling stops and the card is destroyed and unregistered. Chrome
 * runs the next content script in the same isolated world, which would otherwise find the old
 * card on `globalThis`, still in the page and wired to a runtime that no longer answers.
 */

const POLL_MS = 50;
const GIVE_UP_MS = 5_000;

export class CardLoader {
  private loading: Promise<CardHost | undefined> | undefined;

  constructor(
    private readonly send: (message: { type: 'load-card' }) => Promise<unknown>,
    private readonly signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => this.unload(), { once: true });
  }

  /** The card when it is loaded already; never starts loading it. */
  get current(): CardHost | undefined {
    return (globalThis as CardGlobal)[CARD_GLOBAL];
  }

  /** The card, loading it first when needed; undefined when it could not be loaded. */
  get(): Promise<CardHost | undefined> {
    if (this.signal.aborted) return Promise.resolve(undefined);
    const loaded = this.current;
    if (loaded) return Promise.resolve(loaded);
    this.loading ??= this.load().finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  private async load(): Promise<CardHost | undefined> {
    // The reply only says the injection was started; the card announces itself on globalThis.
    this.send({ type: 'load-card' }).catch(() => undefined);
    const started = performance.now();
    while (!this.signal.aborted && performance.now() - started < GIVE_UP_MS) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      // A card that registers after the abort is unloaded by the check below, not returned.
      const card = this.current;
      if (card && !this.signal.aborted) return card;
    }
    if (this.signal.aborted) this.unload();
    return undefined;
  }

  private unload(): void {
    const card = this.current;
    delete (globalThis as CardGlobal)[CARD_GLOBAL];
    card?.destroy();
  }
}
