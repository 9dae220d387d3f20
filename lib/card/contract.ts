/**
 * The contract between the lean content script and the hover card's host, a separate script
 * (`card.js`) injected into the page's isolated world only on the first hover. Both run in the
 * same isolated world, so the host registers itself on `globalThis` under `CARD_GLOBAL`. The card
 * itself is `card-view.html` in the host's frame (lib/card/frame-protocol.ts).
 */

export const CARD_GLOBAL = '__sourceContextCard';

export interface CardRequest {
  kind: 'entity' | 'claim';
  id: string;
  /** Where the mark is on screen (viewport coordinates): the card is placed beside it. */
  anchor: { left: number; top: number; right: number; bottom: number };
  /** How often this entity or claim is marked in the article. */
  mentionCount: number;
  /** Why it matched: the alias found and the evidence, as the matcher reported them. */
  alias?: string;
  evidence?: string;
  /** True when opened from the keyboard: the card takes focus and gives it back on close. */
  viaKeyboard: boolean;
}

export interface CardHost {
  open(request: CardRequest): void;
  close(): void;
  /** True while the pointer is over the card or focus is inside it: the content script keeps it open. */
  isActive(): boolean;
  destroy(): void;
}

export type CardGlobal = { [CARD_GLOBAL]?: CardHost };
