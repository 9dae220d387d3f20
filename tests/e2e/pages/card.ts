import type { Locator, Page } from '@playwright/test';

/** The hover card in an article page: found through its shadow host, which CSS locators pierce. */
export class CardInPage {
  constructor(readonly page: Page) {}

  get card(): Locator {
    return this.page.locator('source-context-ui .sc-card:not([hidden])');
  }

  /**
   * Rests the pointer on the first mark of `kind`/`id` (a CSS highlight or a marked element), on
   * a spot no other, smaller mark covers: a claim's sentence often contains names.
   */
  async hoverMark(kind: 'entity' | 'claim', id: string): Promise<void> {
    const point = await this.page.evaluate(
      ({ kind, id }) => {
        const element = document.querySelector(`[data-source-context-${kind}="${id}"]`);
        const range = (CSS.highlights.get(`source-context:${kind}:${id}`)?.values().next().value ??
          null) as Range | null;
        const target = element ?? range;
        if (!target) return null;
        const length = (element?.textContent ?? range?.toString() ?? '').length;
        const others = [...CSS.highlights]
          .filter(([name]) => name !== `source-context:${kind}:${id}`)
          .flatMap(([, highlight]) => [...highlight] as Range[])
          .filter((other) => other.toString().length < length);
        const covered = (x: number, y: number) => {
          const caret = document.caretPositionFromPoint(x, y);
          return (
            caret !== null &&
            others.some((other) => {
              try {
                return other.isPointInRange(caret.offsetNode, caret.offset);
              } catch {
                return false;
              }
            })
          );
        };
        for (const rect of target.getClientRects()) {
          const y = rect.top + rect.height / 2;
          for (let x = rect.left + 4; x < rect.right; x += 6) if (!covered(x, y)) return { x, y };
        }
        return null;
      },
      { kind, id },
    );
    if (!point) throw new Error(`no mark for ${kind} ${id}`);
    await this.page.mouse.move(point.x, point.y);
  }

  /** Scrolls the first mark of `kind`/`id` into the middle of the viewport. */
  async scrollToMark(kind: 'entity' | 'claim', id: string): Promise<void> {
    await this.page.evaluate(
      ({ kind, id }) => {
        const element = document.querySelector(`[data-source-context-${kind}="${id}"]`);
        const range = CSS.highlights.get(`source-context:${kind}:${id}`)?.values().next().value as
          | Range
          | undefined;
        const target = element ?? range?.startContainer.parentElement;
        target?.scrollIntoView({ block: 'center' });
      },
      { kind, id },
    );
  }

  /** The first marked id of `kind` in the page. */
  async firstMarkId(kind: 'entity' | 'claim'): Promise<string | undefined> {
    return this.page.evaluate((kind) => {
      const prefix = `source-context:${kind}:`;
      const name = [...CSS.highlights.keys()].find((key) => key.startsWith(prefix));
      return (
        name?.slice(prefix.length) ??
        document
          .querySelector(`[data-source-context-${kind}]`)
          ?.getAttribute(`data-source-context-${kind}`) ??
        undefined
      );
    }, kind);
  }
}

/**
 * The card's own script (`/card.js`) on an extension page, with the background's `details` reply
 * stubbed: the card's rendering, placement, focus and isolation are tested in real Chromium
 * without depending on the store.
 */
export class CardHarness {
  private constructor(readonly page: Page) {}

  static async open(page: Page, extensionId: string, details: unknown): Promise<CardHarness> {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.evaluate((details) => {
      document.body.replaceChildren();
      const origin = document.createElement('button');
      origin.id = 'origin';
      origin.textContent = 'Where focus was';
      document.body.append(origin);
      const runtime = (globalThis as unknown as { chrome: typeof browser }).chrome.runtime;
      const saved: unknown[] = [];
      (globalThis as unknown as { savedNotes: unknown[] }).savedNotes = saved;
      runtime.sendMessage = (async (message: { type: string; text?: string }) => {
        if (message.type === 'details') return { ok: true, value: details };
        if (message.type === 'save-note') {
          saved.push(message);
          return { ok: true, value: null };
        }
        return { ok: false, error: 'unexpected' };
      }) as typeof runtime.sendMessage;
    }, details);
    await page.addScriptTag({ url: `chrome-extension://${extensionId}/card.js` });
    return new CardHarness(page);
  }

  async openCard(request: {
    kind: 'entity' | 'claim';
    id: string;
    anchor: { left: number; top: number; right: number; bottom: number };
    viaKeyboard: boolean;
  }): Promise<void> {
    await this.page.evaluate((request) => {
      const host = (globalThis as unknown as Record<string, { open(request: unknown): void }>)
        .__sourceContextCard;
      if (!host) throw new Error('card.js registered no card host');
      host.open({ mentionCount: 2, alias: 'Blinkens', evidence: 'full name earlier', ...request });
    }, request);
  }

  async isActive(): Promise<boolean> {
    return this.page.evaluate(
      () =>
        (globalThis as unknown as Record<string, { isActive(): boolean }>).__sourceContextCard?.isActive() ??
        false,
    );
  }

  get card(): Locator {
    return this.page.locator('source-context-ui .sc-card:not([hidden])');
  }
}
