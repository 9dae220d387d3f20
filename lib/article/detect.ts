import { findBody, proseParagraphs } from './body-region';
import { isSkippedElement, type SkipMemo } from './boilerplate';
import type { NotArticleCode } from './not-article-reasons';
import { type PageSignals, readPageSignals } from './page-signals';

/**
 * Decides whether a page is a news article and where its body is. The page's own claims
 * (structured data, meta tags) come first, but none is trusted alone: front pages, encyclopedia
 * entries and shop pages often call themselves `og:type=article`, so the decision also needs a
 * body of prose that is not a list of teasers.
 */

export type ArticleDetection =
  | {
      isArticle: true;
      /** The element holding the body paragraphs. */
      region: Element;
      /** What to read, in document order: the region, and the headline when it lies outside. */
      roots: Element[];
      reason: string;
      /**
       * What detection learnt of which elements are page chrome, relative to the document's
       * body: the text collection goes on from it instead of testing the same ancestors again.
       */
      skipped: SkipMemo;
    }
  | { isArticle: false; region: null; roots: []; reason: string; code: NotArticleCode };

const ARTICLE_TYPES = new Set([
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'Article',
  'BlogPosting',
  'Report',
]);
const LISTING_TYPES = new Set(['CollectionPage', 'SearchResultsPage', 'ProfilePage']);
const PRODUCT_TYPES = new Set(['Product', 'ProductGroup', 'SoftwareApplication']);
const FORUM_TYPES = new Set(['DiscussionForumPosting', 'QAPage']);
const FORUM_SOFTWARE = /phpbb|vbulletin|discourse|xenforo|invision|mybb|flarum|nodebb|smf/;
/** URL paths of index pages: sections, tags, search results, author pages. */
const LISTING_PATH =
  /(?:^|\/)(?:search|suche|recherche|tag|tags|topic|topics|thema|themen|category|categories|section|author|autor|archive)(?:\/|$)/i;

/** Less prose than this is a teaser, a short notice or a product blurb, not an article. */
const MIN_BODY_CHARS = 500;
const MIN_BODY_PARAGRAPHS = 2;

const no = (reason: string, code: NotArticleCode): ArticleDetection => ({
  isArticle: false,
  region: null,
  roots: [],
  reason,
  code,
});

function isIndexUrl(url: URL): boolean {
  if (LISTING_PATH.test(url.pathname)) return true;
  if (/[?&](?:q|query|s|search)=/.test(url.search)) return true;
  // An article's path names the story (a slug or an id); `/` or `/news/` names a section.
  const segments = url.pathname.split('/').filter(Boolean);
  return segments.length <= 1 && !/[\d_-]|\.s?html?$/.test(segments[0] ?? '');
}

/**
 * The page's first search field: a search input, or a text input of a search form. Read from
 * the page's few inputs: a selector that matches none (most articles) scanned every element.
 */
function searchField(doc: Document): HTMLInputElement | undefined {
  for (const input of doc.getElementsByTagName('input')) {
    const type = input.getAttribute('type')?.toLowerCase();
    if (type === 'search') return input;
    if ((type === undefined || type === 'text') && input.closest('form[role="search"]')) return input;
  }
  return undefined;
}

/** Why the page is of a kind that is never a news article, or undefined. */
function nonArticleKind(
  doc: Document,
  signals: PageSignals,
): { reason: string; code: NotArticleCode } | undefined {
  const has = (set: Set<string>) => [...signals.types].some((type) => set.has(type));
  if (
    signals.generator.includes('mediawiki') ||
    doc.getElementById('mw-content-text') ||
    doc.body?.classList.contains('mediawiki')
  ) {
    return { reason: 'an encyclopedia or wiki page', code: 'encyclopedia' };
  }
  if (has(FORUM_TYPES) || FORUM_SOFTWARE.test(signals.generator)) {
    return { reason: 'a forum or discussion page', code: 'forum' };
  }
  if (has(PRODUCT_TYPES) || signals.ogType.startsWith('product'))
    return { reason: 'a product page', code: 'product' };
  if (has(LISTING_TYPES)) return { reason: 'an index, search or profile page', code: 'index-page' };
  // Search result pages echo the query in their search field; articles leave it empty.
  if (searchField(doc)?.value.trim()) return { reason: 'a search results page', code: 'search-page' };
  const url = signals.canonical ?? new URL(doc.URL);
  if (url.protocol.startsWith('http') && isIndexUrl(url)) {
    return { reason: 'an index page (front page, section, tag or search)', code: 'index-page' };
  }
  return undefined;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The page's headline: the `<h1>` whose text the page's title repeats, else the last `<h1>`
 * before the body (sites often put their own name in an earlier one).
 */
function headline(doc: Document, body: Element): Element | undefined {
  const title = squash(
    `${doc.title} ${doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? ''}`,
  );
  let beforeBody: Element | undefined;
  for (const h1 of doc.querySelectorAll('h1')) {
    const text = squash(h1.textContent ?? '');
    if (text.length < 10 || isSkippedElement(h1)) continue;
    if (title.includes(text)) return h1;
    if (h1.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING) beforeBody = h1;
  }
  return beforeBody;
}

/**
 * How much text `outer` holds outside its descendant `inner`, counted up to `limit`: the
 * siblings along the path between them, so the article's own text is not built as a string
 * (twice, as `textContent` of both took a millisecond of every page; pagecost2).
 */
function textOutside(outer: Element, inner: Element, limit: number): number {
  let length = 0;
  for (let child: Node = inner; child !== outer && child.parentNode; child = child.parentNode) {
    for (let sibling = child.parentNode.firstChild; sibling; sibling = sibling.nextSibling) {
      if (sibling === child) continue;
      // An element's text is its descendants' text nodes: comments do not count.
      if (sibling instanceof Element || sibling instanceof Text) length += sibling.textContent?.length ?? 0;
      if (length >= limit) return length;
    }
  }
  return length;
}

/**
 * The body plus the headline: their closest common container when that adds little besides
 * the headline area, else the headline on its own beside the body.
 */
function readingRoots(body: Element, proseChars: number, doc: Document): Element[] {
  const title = headline(doc, body);
  if (!title || body.contains(title)) return [body];
  let common: Element | null = body.parentElement;
  while (common && !common.contains(title)) common = common.parentElement;
  if (common && common !== doc.body && common !== doc.documentElement) {
    const limit = Math.max(600, proseChars * 0.25);
    if (textOutside(common, body, limit) < limit) return [common];
  }
  const position = title.compareDocumentPosition(body);
  return position & Node.DOCUMENT_POSITION_FOLLOWING ? [title, body] : [body, title];
}

function articleEvidence(doc: Document, signals: PageSignals, body: Element): string | undefined {
  if ([...signals.types].some((type) => ARTICLE_TYPES.has(type))) return 'structured data names an article';
  if (signals.ogType === 'article') return 'Open Graph names an article';
  if (body.closest('article, [itemprop="articleBody"]') || body.querySelector('[itemprop="articleBody"]')) {
    return 'the body is marked up as an article';
  }
  if (signals.ogType === 'website') return undefined;
  if (doc.querySelector('meta[property="article:published_time"], time[datetime]')) {
    return 'a dated body of prose';
  }
  return 'a body of prose';
}

export function detectArticle(doc: Document): ArticleDetection {
  const signals = readPageSignals(doc);
  const kind = nonArticleKind(doc, signals);
  if (kind) return no(`this is ${kind.reason}`, kind.code);
  const skipped: SkipMemo = new Map();
  const body = findBody(doc, proseParagraphs(doc, skipped));
  if (!body || body.proseChars < MIN_BODY_CHARS || body.paragraphs < MIN_BODY_PARAGRAPHS) {
    return no('no body of prose long enough for an article', 'too-little-text');
  }
  const evidence = articleEvidence(doc, signals, body.element);
  if (!evidence) return no('the page calls itself a website and has no article markup', 'no-article-markup');
  return {
    isArticle: true,
    region: body.element,
    roots: readingRoots(body.element, body.proseChars, doc),
    reason: evidence,
    skipped,
  };
}
