/**
 * Why a page is not read as a news article; the popup explains each to the reader. A plain list
 * (no zod) because the content script, which must stay small, reports them.
 */
export const NOT_ARTICLE_REASONS = [
  'encyclopedia',
  'forum',
  'product',
  'index-page',
  'search-page',
  'too-little-text',
  'no-article-markup',
  'not-analyzed',
] as const;
export type NotArticleCode = (typeof NOT_ARTICLE_REASONS)[number];
