import { isInsideSkipped, type SkipMemo } from './boilerplate';

/**
 * Turns an article region into plain-text blocks that remember where each character lives in
 * the DOM, so matches on the text map back to exact DOM ranges.
 */

export interface TextNodeSpan {
  node: Text;
  /** Where the node's text starts in the block's text. */
  start: number;
  /**
   * For nodes whose text had soft hyphens removed: for each character of the block text taken
   * from this node, its offset in the node's data. Absent when the text was taken as is.
   */
  offsets?: number[];
}

export interface TextBlock {
  /** The block element the text belongs to (a paragraph, heading, list item, caption). */
  element: Element;
  text: string;
  /** Text nodes of the block in order. */
  nodes: TextNodeSpan[];
}

const BLOCK_TAGS = new Set([
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'P',
  'LI',
  'FIGCAPTION',
  'BLOCKQUOTE',
  'DD',
  'DT',
  'TD',
  'TH',
  'CAPTION',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FIGURE',
]);

/** Soft hyphens are invisible break hints ("Blin&shy;ken"): the matcher must not see them. */
const SOFT_HYPHEN = '\u00ad';
/** Line breaks and tabs inside a paragraph render as spaces; same length, so offsets hold. */
const LAYOUT_WHITESPACE = /[\t\n\r\f]/g;

function cleanText(node: Text): { text: string; offsets?: number[] } {
  const data = node.data.replace(LAYOUT_WHITESPACE, ' ');
  if (!data.includes(SOFT_HYPHEN)) return { text: data };
  let text = '';
  const offsets: number[] = [];
  for (let index = 0; index < data.length; index++) {
    if (data[index] === SOFT_HYPHEN) continue;
    text += data[index];
    offsets.push(index);
  }
  return { text, offsets };
}

/**
 * Collects the blocks of some roots a slice at a time: `step` works until `shouldYield` says
 * so and reports whether it finished, so a huge page never holds the main thread for long.
 */
export class TextBlockCollector {
  readonly blocks: TextBlock[] = [];
  private rootIndex = 0;
  private walker: TreeWalker | undefined;
  private current: TextBlock | undefined;
  /** Per element: inside a skipped subtree or not, each element tested once. */
  private skipped: SkipMemo = new Map();
  /** Per parent element: the block it belongs to. */
  private readonly blockOfParent = new Map<Element, Element>();

  /**
   * `known`: the detection's memo of skipped elements, relative to the document's body
   * (ArticleDetection). It holds for a root none of whose ancestors is skipped — the body
   * region always, the headline not always — so the article's ancestors are not tested again.
   */
  constructor(
    private readonly roots: Element[],
    private readonly known?: SkipMemo,
  ) {}

  step(shouldYield: () => boolean): boolean {
    let visited = 0;
    while (this.rootIndex < this.roots.length) {
      const root = this.roots[this.rootIndex]!;
      this.walker ??= this.walkerFor(root);
      for (let node = this.walker.nextNode(); node; node = this.walker.nextNode()) {
        this.add(node as Text, root);
        // Checking the clock costs too; every 64 nodes is often enough to stay within a slice.
        if (++visited % 64 === 0 && shouldYield()) return false;
      }
      this.walker = undefined;
      this.current = undefined;
      this.rootIndex += 1;
    }
    this.finish();
    return true;
  }

  private walkerFor(root: Element): TreeWalker {
    const body = root.ownerDocument.body;
    const shared = this.known && body?.contains(root) && !isInsideSkipped(root, body, this.known);
    if (shared) this.skipped = this.known!;
    else if (this.skipped === this.known) this.skipped = new Map();
    // Text nodes only, without a filter callback: calling into JavaScript for every element
    // costs more than testing each text node's parent against the memo below.
    return root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  }

  private blockOf(parent: Element, root: Element): Element {
    const known = this.blockOfParent.get(parent);
    if (known) return known;
    let element: Element | null = parent;
    while (element && element !== root && !BLOCK_TAGS.has(element.tagName)) element = element.parentElement;
    const block = element ?? root;
    this.blockOfParent.set(parent, block);
    return block;
  }

  private add(node: Text, root: Element): void {
    const parent = node.parentElement;
    if (node.data.length === 0 || !parent || isInsideSkipped(parent, root, this.skipped)) return;
    const element = this.blockOf(parent, root);
    if (!this.current || this.current.element !== element) {
      this.current = { element, text: '', nodes: [] };
      this.blocks.push(this.current);
    }
    const { text, offsets } = cleanText(node);
    this.current.nodes.push(
      offsets
        ? { node, start: this.current.text.length, offsets }
        : { node, start: this.current.text.length },
    );
    this.current.text += text;
  }

  private finish(): void {
    // In place, without spreading: a huge page has more blocks than a call may take arguments.
    let kept = 0;
    for (const block of this.blocks) if (/\S/.test(block.text)) this.blocks[kept++] = block;
    this.blocks.length = kept;
  }
}

/** All blocks at once: for small regions and tests. */
export function collectTextBlocks(roots: Element | Element[], known?: SkipMemo): TextBlock[] {
  const collector = new TextBlockCollector(Array.isArray(roots) ? roots : [roots], known);
  collector.step(() => false);
  return collector.blocks;
}
