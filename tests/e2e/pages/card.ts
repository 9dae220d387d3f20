import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Frame, Locator, Page } from '@playwright/test';

const CARD_FRAME_URL = /^chrome-extension:\/\/[a-p]{32}\/card-view\.html#/;

/**
 * The card's frame: `card-view.html` at the extension's origin, inside the host's closed shadow
 * root. No selector reaches it from the page; Playwright lists it among the page's frames, as
 * the browser's own tooling sees every frame. Waits for the first hover to create it.
 */
export async function cardFrame(page: Page): Promise<Frame> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const frame = page.frames().find((candidate) => CARD_FRAME_URL.test(candidate.url()));
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error('no card frame in the page');
    await page.waitForTimeout(50);
  }
}

/**
 * Serious and critical axe findings inside the card's frame. `AxeBuilder` finds frames by their
 * element, which a closed shadow root hides, so axe is evaluated in the frame itself (as a string:
 * the card page's CSP refuses an added script tag).
 */
export async function cardViolations(page: Page): Promise<string[]> {
  const frame = await cardFrame(page);
  const source = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await frame.evaluate(source);
  return frame.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run(document.body, { resultTypes: ['violations'] });
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help}`);
  });
}

/** The card on screen inside its frame (none while it is closed). */
function openCardIn(frame: Frame): Locator {
  return frame.locator('.sc-card:not([hidden])');
}

/** The hover card in an article page, read through its extension-origin frame. */
export class CardInPage {
  constructor(readonly page: Page) {}

  async card(): Promise<Locator> {
    return openCardIn(await cardFrame(this.page));
  }

  /** Whether a card is on screen; false also before the first card made its frame. */
  async isOpen(): Promise<boolean> {
    const frame = this.page.frames().find((candidate) => CARD_FRAME_URL.test(candidate.url()));
    return frame !== undefined && (await openCardIn(frame).isVisible());
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
 * The card's host script (`/card.js`) on an extension page, with the background's `details` reply
 * stubbed inside the card's frame: the card's rendering, placement, focus and isolation are
 * tested in real Chromium without depending on the store. The host and the frame still talk
 * through the real background.
 */
export class CardHarness {
  private constructor(readonly page: Page) {}

  static async open(page: Page, extensionId: string, details: unknown): Promise<CardHarness> {
    // Runs in every frame the page gets; only the card's frame stubs its requests.
    await page.addInitScript((details) => {
      if (location.pathname !== '/card-view.html') return;
      const runtime = (globalThis as unknown as { chrome: typeof browser }).chrome.runtime;
      const send = runtime.sendMessage.bind(runtime);
      const saved: unknown[] = [];
      (globalThis as unknown as { savedNotes: unknown[] }).savedNotes = saved;
      runtime.sendMessage = (async (message: { type: string; text?: string }) => {
        if (message.type === 'details') return { ok: true, value: details };
        if (message.type === 'save-note') {
          saved.push(message);
          return { ok: true, value: null };
        }
        return send(message);
      }) as typeof runtime.sendMessage;
    }, details);
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.evaluate(() => {
      document.body.replaceChildren();
      const origin = document.createElement('button');
      origin.id = 'origin';
      origin.textContent = 'Where focus was';
      document.body.append(origin);
    });
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

  async card(): Promise<Locator> {
    return openCardIn(await cardFrame(this.page));
  }

  /** The notes the card saved, as the stubbed background received them. */
  async savedNotes(): Promise<unknown[]> {
    return (await cardFrame(this.page)).evaluate(
      () => (globalThis as unknown as { savedNotes: unknown[] }).savedNotes,
    );
  }
}
