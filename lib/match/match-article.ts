import type { TextMatch } from '../messaging/protocol';
import { runToEnd, type Steps } from '../time-slices';
import { findClaims } from './claim-sentences';
import type { CompiledIndex } from './compiled-index';
import { entityIdAt } from './entity-ids';
import { type Candidate, findCandidates } from './entity-mentions';
import { lazyPlaces } from './places-in-article';
import { type ArticleContext, articleContext, resolveMentions } from './resolve-mentions';
import { createTokenStream, scanTokens } from './token-scanner';

export interface MatchOptions {
  /** The article's language (`de`, `en`…), when the page says it: picks trigger terms and inflection rules. */
  lang?: string;
  /**
   * What earlier batches of the same article found: a long page is matched in batches of 2,000
   * blocks, and a full name in the first still supports a surname in the third (issue 13).
   */
  article?: ArticleMemory;
}

/** The article-wide context carried from one batch of an article to the next, for one index. */
export class ArticleMemory {
  index: CompiledIndex | undefined;
  context: ArticleContext = articleContext([]);
}

/** Languages whose names take a genitive -s inside the word ("Blinkens"); elsewhere -s is a plural. */
const GENITIVE_S_LANGUAGES = new Set(['de', 'nl', 'sv', 'da', 'no', 'nb', 'nn']);

const stream = createTokenStream(4096);

/** TextMatch allows 200 characters for `alias` and `evidence` (lib/messaging/protocol.ts). */
const MAX_REASON_LENGTH = 200;

/**
 * Every mention of a known entity and every sentence stating a known claim in the text blocks of
 * one article, with offsets into the blocks as given, sorted by block and start.
 */
export function matchArticle(
  blocks: string[],
  index: CompiledIndex,
  options: MatchOptions = {},
): TextMatch[] {
  return runToEnd(matchArticleSteps(blocks, index, options));
}

/**
 * `matchArticle` in steps of a block or a sentence, for the background to run in time slices: the
 * first article after the worker starts took 31–44 ms of CPU in one task at load 8–15 (its
 * functions compiled, the stemmers' first words), and a batch of 2,000 blocks more.
 */
export function* matchArticleSteps(
  blocks: string[],
  index: CompiledIndex,
  options: MatchOptions = {},
): Steps<TextMatch[]> {
  const language = options.lang?.toLowerCase().split('-')[0];
  const genitive = language === undefined || GENITIVE_S_LANGUAGES.has(language);
  const candidates: Candidate[] = [];
  for (let block = 0; block < blocks.length; block++) {
    // The token stream is shared: its tokens are read before the pause.
    const text = blocks[block]!;
    findCandidates(text, block, scanTokens(text, stream, genitive), index, language, candidates);
    yield;
  }
  const memory = options.article;
  // Entity numbers belong to one compiled index: a pack update between batches starts afresh.
  if (memory && memory.index !== index) {
    memory.index = index;
    memory.context = articleContext([]);
  }
  const places = lazyPlaces(blocks, index);
  const mentions = resolveMentions(candidates, articleContext(candidates, memory?.context, places));
  const ids = new Map<number, string>();
  const idOf = (entity: number) => {
    let id = ids.get(entity);
    if (id === undefined) {
      id = entityIdAt(index.entityIds, entity);
      ids.set(entity, id);
    }
    return id;
  };
  const matches: TextMatch[] = mentions.map(({ block, start, end, surface, entity, evidence }) => ({
    kind: 'entity',
    id: idOf(entity),
    block,
    start,
    end,
    alias: surface.slice(0, MAX_REASON_LENGTH),
    evidence: evidence.slice(0, MAX_REASON_LENGTH),
  }));
  const claimMarks = yield* findClaims(
    blocks,
    index.claims,
    mentions.map(({ block, start, end, entity }) => ({ block, start, end, entity })),
    language,
  );
  for (const mark of claimMarks) {
    matches.push({
      kind: 'claim',
      id: mark.claim,
      block: mark.block,
      start: mark.start,
      end: mark.end,
      evidence: mark.evidence.slice(0, MAX_REASON_LENGTH),
    });
  }
  return matches.sort((a, b) => a.block - b.block || a.start - b.start || b.end - a.end);
}
