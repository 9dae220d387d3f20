import type { Mark } from './mark';

/**
 * Finds the mark under a point without any element to listen on (CSS highlights have none):
 * the caret position at the point must lie inside a mark's range, and the point inside one of
 * the range's boxes — the caret alone snaps to the nearest text even beside a line's end.
 */

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  // caretPositionFromPoint is the standard (Chromium 128+, Firefox); Safari has only the older one.
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

export function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

/**
 * The mark under the point; where marks nest (a name inside a claim's sentence) the innermost
 * wins, so hovering a name opens the person's card and the rest of the sentence the claim's.
 */
export function markAtPoint(doc: Document, marks: readonly Mark[], x: number, y: number): Mark | undefined {
  const caret = caretAt(doc, x, y);
  if (!caret) return undefined;
  let best: Mark | undefined;
  for (const mark of marks) {
    const { range } = mark;
    if (!range.startContainer.isConnected) continue;
    let inside: boolean;
    try {
      inside = range.isPointInRange(caret.node, caret.offset);
    } catch {
      // The caret is in another document or a node type ranges cannot hold.
      inside = false;
    }
    if (inside && rangeContainsPoint(range, x, y) && (!best || textLength(range) < textLength(best.range))) {
      best = mark;
    }
  }
  return best;
}

function textLength(range: Range): number {
  return range.toString().length;
}
