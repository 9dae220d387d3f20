/**
 * Where the card goes: below the mark when it fits, else above; horizontally aligned with the
 * mark's start, pushed back inside the viewport at the edges. Pure, so it is tested without a page.
 */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
}

const GAP = 8;
const MARGIN = 8;

export function placeCard(
  anchor: Rect,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const spaceBelow = viewport.height - anchor.bottom - GAP - MARGIN;
  const spaceAbove = anchor.top - GAP - MARGIN;
  const side = card.height <= spaceBelow || spaceBelow >= spaceAbove ? 'below' : 'above';
  const rawTop = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - card.height;
  const top = clamp(rawTop, MARGIN, viewport.height - MARGIN - card.height);
  const left = clamp(anchor.left, MARGIN, viewport.width - MARGIN - card.width);
  return { left, top, side };
}

/** Keeps `value` in [min, max]; when the card is larger than the room, its start stays visible. */
function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}
