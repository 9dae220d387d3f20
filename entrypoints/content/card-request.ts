import type { CardRequest } from '@/lib/card/contract';
import type { Mark } from '@/lib/highlight/mark';

/** What the card needs to know about a mark: where it is, how often it occurs, why it matched. */
export function cardRequest(mark: Mark, marks: readonly Mark[], viaKeyboard: boolean): CardRequest {
  const rects = mark.range.getClientRects();
  const box = rects[0] ?? mark.range.getBoundingClientRect();
  const request: CardRequest = {
    kind: mark.kind,
    id: mark.id,
    anchor: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
    mentionCount: marks.filter((other) => other.kind === mark.kind && other.id === mark.id).length,
    viaKeyboard,
  };
  if (mark.alias !== undefined) request.alias = mark.alias;
  if (mark.evidence !== undefined) request.evidence = mark.evidence;
  return request;
}
