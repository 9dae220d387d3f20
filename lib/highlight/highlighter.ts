import type { TextBlock } from '../article/text-blocks';
import type { MatchKind, TextMatch } from '../messaging/protocol';

/**
 * Marks matches with the CSS Custom Highlight API: the page's DOM stays untouched, so neither
 * page CSS nor a framework's re-render can break or be broken by a mark (contract 2).
 */

export const highlightName = (kind: MatchKind, id: string) => `source-context:${kind}:${id}`;

function position(block: TextBlock, offset: number, preferNext: boolean): { node: Text; offset: number } {
  // Binary search for the text node holding `offset`; at a boundary between two nodes the end
  // of a range belongs to the earlier node and the start to the later one.
  let low = 0;
  let high = block.nodes.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const start = block.nodes[mid]!.start;
    if (start < offset || (preferNext && start === offset)) low = mid;
    else high = mid - 1;
  }
  const entry = block.nodes[low]!;
  return { node: entry.node, offset: offset - entry.start };
}

export function rangeFor(block: TextBlock, start: number, end: number): Range {
  const range = block.element.ownerDocument.createRange();
  const from = position(block, start, true);
  const to = position(block, end, false);
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

const cssName = (name: string) => name.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`);

export class Highlighter {
  private readonly names = new Set<string>();
  private readonly sheet: CSSStyleSheet;

  constructor(private readonly doc: Document) {
    this.sheet = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, this.sheet];
  }

  /** Replaces all marks with the given matches; returns the ranges per highlight name. */
  apply(blocks: TextBlock[], matches: TextMatch[]): Map<string, Range[]> {
    this.clear();
    const byName = new Map<string, Range[]>();
    for (const match of matches) {
      const block = blocks[match.block];
      if (!block || match.end > block.text.length || match.start >= match.end) continue;
      const name = highlightName(match.kind, match.id);
      const ranges = byName.get(name) ?? [];
      ranges.push(rangeFor(block, match.start, match.end));
      byName.set(name, ranges);
    }
    const rules: string[] = [];
    for (const [name, ranges] of byName) {
      CSS.highlights.set(name, new Highlight(...ranges));
      this.names.add(name);
      const claim = name.startsWith('source-context:claim:');
      rules.push(
        `::highlight(${cssName(name)}) { text-decoration: underline ${claim ? 'dotted' : 'solid'} 2px; ` +
          `text-decoration-color: ${claim ? '#c2410c' : '#2563eb'}; text-underline-offset: 3px; }`,
      );
    }
    this.sheet.replaceSync(rules.join('\n'));
    return byName;
  }

  clear(): void {
    for (const name of this.names) CSS.highlights.delete(name);
    this.names.clear();
    this.sheet.replaceSync('');
  }

  destroy(): void {
    this.clear();
    this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((sheet) => sheet !== this.sheet);
  }
}
