import type { TextBlock, TextNodeSpan } from '../article/text-blocks';

/**
 * Maps offsets in a block's text back to DOM positions, across text nodes (a name split by
 * `<b>`, `<a>` or `&shy;`), so a match becomes a Range over exactly the matched characters.
 */

function spanAt(block: TextBlock, offset: number, isEnd: boolean): TextNodeSpan {
  // Binary search for the node holding `offset`; at a boundary between two nodes the end of a
  // range belongs to the earlier node and the start to the later one.
  let low = 0;
  let high = block.nodes.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const start = block.nodes[mid]!.start;
    if (start < offset || (!isEnd && start === offset)) low = mid;
    else high = mid - 1;
  }
  return block.nodes[low]!;
}

function domOffset(span: TextNodeSpan, offset: number, isEnd: boolean): number {
  const local = offset - span.start;
  if (!span.offsets) return local;
  // Soft hyphens were left out of the block text: map through the kept characters.
  if (isEnd) return local === 0 ? 0 : span.offsets[local - 1]! + 1;
  return span.offsets[local] ?? span.node.data.length;
}

/** The DOM range of `block.text.slice(start, end)`, or undefined when the nodes have changed since. */
export function rangeFor(block: TextBlock, start: number, end: number): Range | undefined {
  if (start < 0 || end > block.text.length || start >= end || block.nodes.length === 0) return undefined;
  const from = spanAt(block, start, false);
  const to = spanAt(block, end, true);
  const startOffset = domOffset(from, start, false);
  const endOffset = domOffset(to, end, true);
  if (startOffset > from.node.data.length || endOffset > to.node.data.length) return undefined;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, startOffset);
  range.setEnd(to.node, endOffset);
  return range;
}
