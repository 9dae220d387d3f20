import { markAtPoint } from '@/lib/highlight/hit-test';
import type { Mark } from '@/lib/highlight/mark';
import type { CardLoader } from './card-loader';
import { cardRequest } from './card-request';

/**
 * Opens a mark's card when the pointer rests on it, and from the keyboard. CSS highlights
 * have no element to listen on, so the pointer is hit-tested against the marks' ranges, at
 * most once per frame. Nothing here calls preventDefault: a mark inside a link stays a link.
 */

/** Time to move from the mark onto the card before the card closes. */
const CLOSE_GRACE_MS = 300;

export class HoverCards {
  private hovered: Mark | undefined;
  /** The mark whose card is open. */
  private shown: Mark | undefined;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private frame: number | undefined;
  private pointer = { x: 0, y: 0 };
  private listening: AbortController | undefined;

  constructor(
    private readonly doc: Document,
    private readonly marks: () => readonly Mark[],
    private readonly delayMs: () => number,
    private readonly cards: CardLoader,
  ) {}

  start(): void {
    if (this.listening) return;
    this.listening = new AbortController();
    const options = { passive: true, signal: this.listening.signal };
    this.doc.addEventListener('pointermove', (event) => this.onPointerMove(event), options);
    this.doc.addEventListener('scroll', () => this.onScroll(), { ...options, capture: true });
  }

  stop(): void {
    this.listening?.abort();
    this.listening = undefined;
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.hovered = undefined;
    this.close();
  }

  /** Opens the card of a mark chosen from the keyboard. */
  async openFromKeyboard(mark: Mark): Promise<void> {
    await this.open(mark, true);
  }

  private onPointerMove(event: PointerEvent): void {
    // Only the reader's pointer opens a card: a page's synthetic events once opened one to
    // drive its note editor (issue 15).
    if (!event.isTrusted) return;
    this.pointer = { x: event.clientX, y: event.clientY };
    if (this.frame !== undefined || this.marks().length === 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      this.hitTest();
    });
  }

  private hitTest(): void {
    const mark = markAtPoint(this.doc, this.marks(), this.pointer.x, this.pointer.y);
    if (mark === this.hovered) return;
    this.hovered = mark;
    clearTimeout(this.openTimer);
    if (mark) {
      clearTimeout(this.closeTimer);
      this.openTimer = setTimeout(() => void this.open(mark, false), this.delayMs());
    } else if (this.shown) {
      this.closeTimer = setTimeout(() => {
        if (!this.hovered && !this.cards.current?.isActive()) this.close();
      }, CLOSE_GRACE_MS);
    }
  }

  private onScroll(): void {
    if (!this.shown || this.cards.current?.isActive()) return;
    const box = this.shown.range.getBoundingClientRect();
    const view = this.doc.defaultView;
    if (!view || box.bottom < 0 || box.top > view.innerHeight) this.close();
  }

  private async open(mark: Mark, viaKeyboard: boolean): Promise<void> {
    const card = await this.cards.get();
    if (!card || !mark.range.startContainer.isConnected) return;
    if (!viaKeyboard && this.hovered !== mark) return;
    this.shown = mark;
    card.open(cardRequest(mark, this.marks(), viaKeyboard));
  }

  private close(): void {
    if (!this.shown) return;
    this.shown = undefined;
    this.cards.current?.close();
  }
}
