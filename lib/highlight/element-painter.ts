import type { MarkStyle } from '../settings';
import { type Mark, type MarkPainter, markPageId } from './mark';
import { markRules } from './mark-style';

/**
 * The fallback where the CSS Custom Highlight API is missing: each mark's text is wrapped in a
 * `<source-context-mark>` element (a name no page stylesheet targets, like Hypothesis'
 * `<hypothesis-highlight>`) carrying `data-source-context-entity` or `-claim` (contract 2).
 * Every split it makes is remembered, so clearing puts the very same text nodes back.
 */

export const MARK_ELEMENT = 'source-context-mark';

interface Wrap {
  element: Element;
  /** The text node that was split; the wrapped and trailing parts are merged back into it. */
  original: Text;
  wrapped: Text;
  trailing: Text | undefined;
}

/** The text nodes a range covers, with the part of each that lies inside it. */
function textPieces(range: Range): { node: Text; start: number; end: number }[] {
  const pieces: { node: Text; start: number; end: number }[] = [];
  const root = range.commonAncestorContainer;
  const doc = range.startContainer.ownerDocument!;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  if (root.nodeType === Node.TEXT_NODE) walker.currentNode = root;
  for (
    let node: Node | null = root.nodeType === Node.TEXT_NODE ? root : walker.nextNode();
    node;
    node = walker.nextNode()
  ) {
    const text = node as Text;
    if (!range.intersectsNode(text)) {
      if (pieces.length > 0) break;
      continue;
    }
    const start = text === range.startContainer ? range.startOffset : 0;
    const end = text === range.endContainer ? range.endOffset : text.data.length;
    if (end > start) pieces.push({ node: text, start, end });
  }
  return pieces;
}

export class ElementPainter implements MarkPainter {
  private wraps: Wrap[] = [];
  private readonly styleElement: HTMLStyleElement;

  constructor(
    private readonly doc: Document,
    style: MarkStyle,
  ) {
    this.styleElement = doc.createElement('style');
    this.styleElement.dataset.sourceContext = '';
    this.setStyle(style);
    (doc.head ?? doc.documentElement).append(this.styleElement);
  }

  setStyle(style: MarkStyle): void {
    this.styleElement.textContent = markRules(style, {
      entity: [`${MARK_ELEMENT}[data-source-context-entity]`],
      claim: [`${MARK_ELEMENT}[data-source-context-claim]`],
    });
  }

  paint(marks: Mark[]): Mark[] {
    this.clear();
    const wrapped: { mark: Mark; elements: Element[] }[] = [];
    // Last mark first: splitting a text node keeps the node as its first part, so the
    // positions of earlier marks stay valid.
    const ordered = [...marks].sort((a, b) => b.range.compareBoundaryPoints(Range.START_TO_START, a.range));
    for (const mark of ordered) {
      const elements = textPieces(mark.range)
        .reverse()
        .map((piece) => this.wrap(piece.node, piece.start, piece.end, mark));
      if (elements.length > 0) wrapped.push({ mark, elements });
    }
    // The new ranges are made once all elements are in place, not kept live through the splits.
    return wrapped.reverse().map(({ mark, elements }) => {
      const range = this.doc.createRange();
      range.setStartBefore(elements[elements.length - 1]!);
      range.setEndAfter(elements[0]!);
      return { ...mark, range };
    });
  }

  private wrap(node: Text, start: number, end: number, mark: Mark): Element {
    const trailing = end < node.data.length ? node.splitText(end) : undefined;
    const wrapped = start > 0 ? node.splitText(start) : node;
    const element = this.doc.createElement(MARK_ELEMENT);
    element.setAttribute(`data-source-context-${mark.kind}`, markPageId(mark));
    wrapped.before(element);
    element.append(wrapped);
    // When the whole node is wrapped there is nothing to merge back into: keep it as is.
    this.wraps.push({ element, original: start > 0 ? node : wrapped, wrapped, trailing });
    return element;
  }

  clear(): void {
    // Newest first: each undo sees the DOM exactly as its wrap left it.
    for (const { element, original, wrapped, trailing } of this.wraps.reverse()) {
      if (!element.isConnected) continue;
      element.replaceWith(wrapped);
      if (original !== wrapped) {
        original.appendData(wrapped.data);
        wrapped.remove();
      }
      if (trailing?.parentNode === original.parentNode && original.nextSibling === trailing) {
        original.appendData(trailing.data);
        trailing.remove();
      }
    }
    this.wraps = [];
  }

  destroy(): void {
    this.clear();
    this.styleElement.remove();
  }
}
