/**
 * The matcher: compile entities and claims into an index, keep it as bytes, match articles.
 * Plain TypeScript without DOM or Node imports: it runs in the service worker.
 */

export { compileIndex, IndexCompiler } from './compile-index';
export type { CompiledIndex } from './compiled-index';
export { deserializeIndex, INDEX_FORMAT_VERSION, indexSelfie, serializeIndex } from './index-selfie';
export { ArticleMemory, type MatchOptions, matchArticle, matchArticleSteps } from './match-article';
