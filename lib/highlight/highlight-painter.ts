import type { MarkStyle } from '../settings';
import { highlightName, type Mark, type MarkPainter } from './mark';
import { markRules } from './mark-style';

/**
 * Paints marks with the CSS Custom Highlight API: the page's DOM stays untouched, so neither
 * page CSS nor a framework's re-render can break or be broken by a mark (contract 2). Styled
 * from one constructed stylesheet adopted by the document.
 */

/** Highlight names hold colons, which CSS needs escaped inside `::highlight()`. */
const cssIdent = (name: string) => name.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`);

export class HighlightPainter implements MarkPainter {
  private readonly names = new Set<string>();
  private readonly sheet: CSSStyleSheet;

  constructor(
    private readonly doc: Document,
    private style: MarkStyle,
  ) {
    const view = doc.defaultView as Window & typeof globalThis;
    this.sheet = new view.CSSStyleSheet();
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, this.sheet];
  }

  static isSupported(doc: Document): boolean {
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    return typeof view?.CSS?.highlights?.set === 'function' && typeof view.Highlight === 'function';
  }

  paint(marks: Mark[]): Mark[] {
    const view = this.doc.defaultView as Window & typeof globalThis;
    const byName = new Map<string, Range[]>();
    for (const mark of marks) {
      const name = highlightName(mark);
      const ranges = byName.get(name);
      if (ranges) ranges.push(mark.range);
      else byName.set(name, [mark.range]);
    }
    for (const name of this.names) if (!byName.has(name)) view.CSS.highlights.delete(name);
    this.names.clear();
    for (const [name, ranges] of byName) {
      view.CSS.highlights.set(name, new view.Highlight(...ranges));
      this.names.add(name);
    }
    this.restyle();
    return marks;
  }

  setStyle(style: MarkStyle): void {
    this.style = style;
    this.restyle();
  }

  clear(): void {
    const view = this.doc.defaultView as Window & typeof globalThis;
    for (const name of this.names) view.CSS.highlights.delete(name);
    this.names.clear();
    this.sheet.replaceSync('');
  }

  destroy(): void {
    this.clear();
    this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((sheet) => sheet !== this.sheet);
  }

  private restyle(): void {
    const selectors = { entity: [] as string[], claim: [] as string[] };
    for (const name of this.names) {
      const kind = name.startsWith('source-context:claim:') ? 'claim' : 'entity';
      selectors[kind].push(`::highlight(${cssIdent(name)})`);
    }
    this.sheet.replaceSync(markRules(this.style, selectors));
  }
}
