import { ArticleMemory } from '../match';
import type { AnalyzeRequest, AnalyzeResult, TextMatch } from '../messaging/protocol';
import { countMarks, type TabRecord } from './tab-record';

/** What analysing an article needs from the knowledge side and the tab records. */
export interface AnalyzeDeps {
  match: (blocks: string[], lang: string | undefined, article: ArticleMemory) => Promise<TextMatch[]>;
  /**
   * Remembers what the tab holds; the popup's summary is built from it when the popup asks. Not
   * awaited: the reply does not wait for the record's write (lib/service/tab-records.ts).
   */
  saveRecord: (tabId: number, record: TabRecord) => void;
  /** Articles whose batches are still arriving, per tab. */
  articles: ArticleBatches;
}

interface ArticleInProgress {
  url: string;
  memory: ArticleMemory;
  /** How often each entity and claim was marked in the batches so far. */
  marks: TabRecord['marks'];
}

/**
 * A long article arrives in batches (the content script sends at most 2,000 blocks at a time):
 * the context of the earlier batches ("Antony Blinken" named in the first) and their matches
 * are kept per tab until the last batch, so a surname in a later batch keeps its evidence and the
 * tab's record counts every batch, not only the last (issue 13). Held in the worker's memory: if the
 * worker sleeps between two batches, the next starts afresh.
 */
export class ArticleBatches {
  private readonly byTab = new Map<number, ArticleInProgress>();

  /** The article this batch belongs to: a first batch, another page or a lost one starts anew. */
  take(tabId: number | undefined, request: AnalyzeRequest): ArticleInProgress {
    const known = tabId === undefined ? undefined : this.byTab.get(tabId);
    const part = request.part ?? { index: 0, count: 1 };
    const article =
      known && part.index > 0 && known.url === request.url
        ? known
        : { url: request.url, memory: new ArticleMemory(), marks: [] };
    if (tabId === undefined) return article;
    if (part.index + 1 < part.count) this.byTab.set(tabId, article);
    else this.byTab.delete(tabId);
    return article;
  }
}

/**
 * Matches an article's text (or one batch of it) and counts the marks for the tab's record. No
 * lookup happens before the matches return: the marks once waited for the popup's summary, one
 * store read per entity and claim (issue 15, finding 12).
 */
export async function analyzeArticle(
  request: AnalyzeRequest,
  tabId: number | undefined,
  deps: AnalyzeDeps,
): Promise<AnalyzeResult> {
  const article = deps.articles.take(tabId, request);
  const matches = await deps.match(request.blocks, request.lang, article.memory);
  article.marks = countMarks(article.marks, matches);
  if (tabId !== undefined)
    deps.saveRecord(tabId, { url: request.url, articleFound: true, marks: article.marks });
  return { matches };
}
