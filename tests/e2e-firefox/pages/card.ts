import type { ElementHandle, Page } from 'puppeteer-core';

const CARD_FRAME_URL = /^moz-extension:\/\/[0-9a-f-]{36}\/card-view\.html#/;

export interface OpenCard {
  /** The card's heading: the entity's name, or the claim's. */
  title: string;
  text: string;
}

/**
 * The hover card in an article page. `cardElement` is the one place that knows how to reach the
 * card: `card-view.html` at the extension's `moz-extension://` origin, in a frame inside the
 * host's closed shadow root. No selector reaches it from the page (nor `window.frames`, which in
 * Firefox leaves out frames in shadow trees); puppeteer lists it among the page's frames, as the
 * browser's own tooling sees every frame.
 */
export class CardInPage {
  constructor(readonly page: Page) {}

  private async cardElement(): Promise<ElementHandle<Element> | null> {
    // Firefox sends no navigation events for moz-extension frames, so puppeteer still calls the
    // card's frame `about:blank`: each frame is asked where it is instead.
    for (const frame of this.page.frames()) {
      const href = await frame.evaluate(() => location.href).catch(() => '');
      if (CARD_FRAME_URL.test(href)) return frame.$('.sc-card:not([hidden])');
    }
    return null;
  }

  /**
   * Scrolls the first mark of `kind`/`id` into view and rests the pointer on it, on a spot no
   * other, shorter mark covers (a claim's sentence often contains names), as a reader would.
   */
  async hoverMark(kind: 'entity' | 'claim', id: string): Promise<void> {
    const point = await this.page.evaluate(
      (kind, id) => {
        const name = `source-context:${kind}:${id}`;
        const range = CSS.highlights.get(name)?.values().next().value;
        const element = document.querySelector(`[data-source-context-${kind}="${id}"]`);
        const target = element ?? (range instanceof Range ? range : null);
        if (!target) return null;
        (element ?? (range as Range).startContainer.parentElement)?.scrollIntoView({ block: 'center' });
        const length = (element?.textContent ?? String(range)).length;
        const shorter = [...CSS.highlights]
          .filter(([other]) => other !== name)
          .flatMap(([, highlight]) => [...highlight] as Range[])
          .filter((other) => other.toString().length < length);
        const covered = (x: number, y: number) => {
          const caret = document.caretPositionFromPoint(x, y);
          return (
            caret !== null &&
            shorter.some((other) => {
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
      kind,
      id,
    );
    if (!point) throw new Error(`no visible mark of ${kind} ${id}`);
    await this.page.mouse.move(point.x, point.y);
  }

  /** The reader clicks into the open card's note box and types `text`; returns what the box holds. */
  async typeNote(text: string): Promise<string> {
    const card = await this.cardElement();
    const box = await card?.$('textarea');
    if (!box) throw new Error('no note box in the open card');
    await box.click();
    await this.page.keyboard.type(text);
    return box.evaluate((area) => (area as HTMLTextAreaElement).value);
  }

  /** The card on screen, or null while none is. */
  async open(): Promise<OpenCard | null> {
    const card = await this.cardElement();
    if (!card) return null;
    return card.evaluate((element) =>
      element.checkVisibility()
        ? {
            title: element.querySelector('h2')?.textContent?.trim() ?? '',
            text: element.textContent ?? '',
          }
        : null,
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
