import { type ArticleDetection, detectArticle } from '@/lib/article/detect';
import type { NotArticleCode } from '@/lib/article/not-article-reasons';
import { type TextBlock, TextBlockCollector } from '@/lib/article/text-blocks';
import { ElementPainter } from '@/lib/highlight/element-painter';
import { HighlightPainter } from '@/lib/highlight/highlight-painter';
import type { Mark } from '@/lib/highlight/mark';
import { rangeFor } from '@/lib/highlight/ranges';
import type { ContentTextMatch } from '@/lib/messaging/content-parse';
import type { MarkStyle } from '@/lib/settings';
import { firstReading, firstSlice, nextSlice } from './idle';

/**
 * One page's marks: finds the article, reads its text in idle slices, asks the background for
 * matches in batches the protocol accepts, and paints the marks. A newer run supersedes an
 * older one at its next step, so a page that changes quickly never gets stale marks.
 */

/** `part`: which batch of the article this is, so the background keeps the earlier ones' context. */
export type Analyze = (
  blocks: string[],
  part: { index: number; count: number },
) => Promise<ContentTextMatch[]>;

/** Limits of AnalyzeRequest in protocol.ts, with room to spare. */
const BATCH_BLOCKS = 2_000;
const BATCH_CHARS = 1_000_000;
const MAX_BLOCK_CHARS = 200_000;

function batches(texts: string[]): { first: number; texts: string[] }[] {
  const out: { first: number; texts: string[] }[] = [];
  let current: { first: number; texts: string[] } | undefined;
  let chars = 0;
  texts.forEach((text, index) => {
    const clipped = text.length > MAX_BLOCK_CHARS ? text.slice(0, MAX_BLOCK_CHARS) : text;
    if (!current || current.texts.length >= BATCH_BLOCKS || chars + clipped.length > BATCH_CHARS) {
      current = { first: index, texts: [] };
      out.push(current);
      chars = 0;
    }
    current.texts.push(clipped);
    chars += clipped.length;
  });
  return out;
}

const sameTexts = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((text, index) => text === b[index]);

export interface PageMarkerEvents {
  /** Before painting: the fallback painter changes the DOM, the change watcher must not see it. */
  ownChangesMade(): void;
  /** The page was read: changes from here on are ones the marks do not know of yet. */
  read(): void;
  /** The page was read and is not an article: the popup tells the reader why. */
  notArticle(code: NotArticleCode): void;
  /** Marks were painted: from here on the pointer and the keyboard can reach them. */
  marked(): void;
}

export class PageMarker {
  private run = 0;
  private painter: HighlightPainter | ElementPainter | undefined;
  private readonly opaqueIds = new Map<string, string>();
  private current: Mark[] = [];
  private detection: ArticleDetection | undefined;
  private lastTexts: string[] = [];
  private lastMatches: ContentTextMatch[] = [];

  constructor(
    private readonly doc: Document,
    private readonly analyze: Analyze,
    private style: MarkStyle,
    private readonly events: PageMarkerEvents,
  ) {}

  get marks(): readonly Mark[] {
    return this.current;
  }

  /** The parts of the page being read: where changes matter. */
  get roots(): readonly Element[] {
    return this.detection?.roots ?? [];
  }

  setStyle(style: MarkStyle): void {
    this.style = style;
    this.painter?.setStyle(style);
  }

  /**
   * Analyses the page again; resolves when this run has painted or was superseded. `now`: the
   * page's DOM has just completed; read it in a task of the page's priority instead of waiting
   * for an idle period or a background task.
   */
  async refresh(now = false): Promise<void> {
    const run = ++this.run;
    const stale = () => run !== this.run;
    let shouldYield = await (now ? firstReading() : firstSlice());
    if (stale()) return;
    let detection = detectArticle(this.doc);
    if (now && !detection.isArticle && detection.code === 'too-little-text') {
      // A page that renders its article in tasks of its own after DOMContentLoaded (a client-side
      // app) has none yet: it is read again after those tasks, as before, so it is not reported
      // as no article or read twice (the change watcher would have come 300 ms later).
      shouldYield = await firstSlice();
      if (stale()) return;
      detection = detectArticle(this.doc);
    }
    this.detection = detection;
    this.events.read();
    if (!detection.isArticle) {
      this.paint([]);
      this.events.notArticle(detection.code);
      return;
    }
    // The fallback's elements split the page's text nodes: take them off before reading, and
    // paint once at the end, so no mark points into nodes a later paint has merged away.
    const progressive = HighlightPainter.isSupported(this.doc);
    if (!progressive && this.painter) {
      this.painter.clear();
      this.events.ownChangesMade();
    }
    const collector = new TextBlockCollector(detection.roots, detection.skipped);
    // Reading starts in the slice that found the article when it has time left: waiting for the
    // next idle period first put 20-40 ms before the marks on a busy machine (pagecost). A
    // slice that detection used up (a huge page) ends here, or it becomes a long task.
    if (shouldYield()) {
      shouldYield = await nextSlice();
      if (stale()) return;
    }
    while (!collector.step(shouldYield)) {
      shouldYield = await nextSlice();
      if (stale()) return;
    }
    const blocks = collector.blocks;
    const texts = blocks.map((block) => block.text);
    if (sameTexts(texts, this.lastTexts)) {
      // Same text in new nodes (a framework re-rendered the article): same matches, new ranges.
      this.paint(this.toMarks(blocks, this.lastMatches));
      return;
    }
    const matches: ContentTextMatch[] = [];
    const parts = batches(texts);
    for (const [index, batch] of parts.entries()) {
      const found = await this.analyze(batch.texts, { index, count: parts.length });
      if (stale()) return;
      for (const match of found) matches.push({ ...match, block: match.block + batch.first });
      if (progressive) this.paint(this.toMarks(blocks, matches));
    }
    if (!progressive) this.paint(this.toMarks(blocks, matches));
    this.lastTexts = texts;
    this.lastMatches = matches;
  }

  /** Removes every mark and the stylesheet: the page is as it was before the extension came. */
  stop(): void {
    this.run += 1;
    this.painter?.destroy();
    this.painter = undefined;
    this.current = [];
    this.lastTexts = [];
    this.lastMatches = [];
  }

  private toMarks(blocks: TextBlock[], matches: ContentTextMatch[]): Mark[] {
    const marks: Mark[] = [];
    // Document order: the keyboard steps through marks in it.
    const ordered = [...matches].sort((a, b) => a.block - b.block || a.start - b.start);
    for (const match of ordered) {
      const block = blocks[match.block];
      const range = block && rangeFor(block, match.start, match.end);
      if (!range) continue;
      const mark: Mark = { kind: match.kind, id: match.id, range };
      if (match.own) mark.pageId = this.opaqueId(match.id);
      if (match.alias !== undefined) mark.alias = match.alias;
      if (match.evidence !== undefined) mark.evidence = match.evidence;
      marks.push(mark);
    }
    return marks;
  }

  /**
   * A random name per own entity for as long as the page lives (issue 15, finding 4: highlight
   * names carried the ids of the reader's own entities, so a page could plant candidate names and
   * learn who is on the reader's list). Random per page, so two pages cannot link them either.
   */
  private opaqueId(id: string): string {
    let name = this.opaqueIds.get(id);
    if (!name) {
      const bytes = crypto.getRandomValues(new Uint8Array(8));
      name = `own-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
      this.opaqueIds.set(id, name);
    }
    return name;
  }

  private paint(marks: Mark[]): void {
    if (marks.length === 0 && !this.painter) return;
    this.painter ??= HighlightPainter.isSupported(this.doc)
      ? new HighlightPainter(this.doc, this.style)
      : new ElementPainter(this.doc, this.style);
    this.current = this.painter.paint(marks);
    this.events.ownChangesMade();
    if (this.current.length > 0) this.events.marked();
  }
}
