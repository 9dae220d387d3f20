/**
 * Decides whether a page is a news article and where its body is. Cheap signals first
 * (structured data, meta tags), the DOM's own structure after.
 */

export type ArticleDetection =
  | { isArticle: true; region: Element; reason: string }
  | { isArticle: false; region: null; reason: string };

const ARTICLE_TYPES = new Set(['NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'Article']);

function jsonLdTypes(doc: Document): string[] {
  const types: string[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const visit = (value: unknown): void => {
        if (Array.isArray(value)) {
          value.forEach(visit);
          return;
        }
        if (value && typeof value === 'object') {
          const type = (value as Record<string, unknown>)['@type'];
          if (typeof type === 'string') types.push(type);
          if (Array.isArray(type)) types.push(...type.filter((t): t is string => typeof t === 'string'));
          const graph = (value as Record<string, unknown>)['@graph'];
          if (graph) visit(graph);
        }
      };
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD is the page's problem; other signals still count.
    }
  }
  return types;
}

function paragraphChars(element: Element): number {
  let total = 0;
  for (const p of element.querySelectorAll('p')) total += p.textContent?.length ?? 0;
  return total;
}

export function detectArticle(doc: Document): ArticleDetection {
  const structured = jsonLdTypes(doc).some((type) => ARTICLE_TYPES.has(type));
  const ogArticle = doc.querySelector('meta[property="og:type"]')?.getAttribute('content') === 'article';
  const candidates = [...doc.querySelectorAll('[itemprop="articleBody"], article')];
  const region = candidates.sort((a, b) => paragraphChars(b) - paragraphChars(a))[0];
  if (!region || paragraphChars(region) < 500) {
    return { isArticle: false, region: null, reason: 'no article body with enough text' };
  }
  if (!structured && !ogArticle) {
    return { isArticle: false, region: null, reason: 'no article markup (JSON-LD or Open Graph)' };
  }
  return { isArticle: true, region, reason: structured ? 'JSON-LD article' : 'Open Graph article' };
}
