import { NOT_ARTICLE_REASONS } from '../article/not-article-reasons';
import { Slug } from '../schema/primitives';
import { ClaimRecord, EntityRecord, SourceRecord } from '../schema/records';
import { z } from '../schema/zod';

/**
 * The one contract between the page side (content script) and the extension side (background).
 * Every message is parsed on receipt: a page can run code in the content script's world only
 * through bugs, but the background still treats what arrives as untrusted.
 */

const MAX_BLOCKS = 5_000;
const MAX_BLOCK_CHARS = 200_000;

export const AnalyzeRequest = z.strictObject({
  type: z.literal('analyze'),
  /** The page's URL: used only inside the browser, to find the outlet. */
  url: z.string().check(z.maxLength(4096)),
  /** The page's declared language (`<html lang>`), when it has one. */
  lang: z.optional(z.string().check(z.maxLength(35))),
  /** The article's text blocks (headline, standfirst, paragraphs, captions) in document order. */
  blocks: z.array(z.string().check(z.maxLength(MAX_BLOCK_CHARS))).check(z.maxLength(MAX_BLOCKS)),
  /**
   * Which batch of a long article this is (`index` of `count`, from 0): later batches keep the
   * earlier ones' context and the tab's summary covers them all. Absent: the whole article.
   */
  part: z.optional(
    z
      .strictObject({
        index: z.int().check(z.nonnegative()),
        count: z.int().check(z.positive(), z.lte(10_000)),
      })
      .check(z.refine((part) => part.index < part.count, 'index must be below count')),
  ),
});
export type AnalyzeRequest = z.infer<typeof AnalyzeRequest>;

export const MatchKind = z.enum(['entity', 'claim']);
export type MatchKind = z.infer<typeof MatchKind>;

export const TextMatch = z.strictObject({
  kind: MatchKind,
  id: Slug,
  block: z.int().check(z.nonnegative()),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.positive()),
  /** Why it matched: the alias found and the evidence that supported it. */
  alias: z.optional(z.string().check(z.maxLength(200))),
  evidence: z.optional(z.string().check(z.maxLength(200))),
  /**
   * A mention of one of the reader's own entities: the content script paints it under an opaque
   * name, so a page cannot learn who is on the reader's private list (contract 2).
   */
  own: z.optional(z.literal(true)),
});
export type TextMatch = z.infer<typeof TextMatch>;

export const AnalyzeResult = z.strictObject({ matches: z.array(TextMatch) });
export type AnalyzeResult = z.infer<typeof AnalyzeResult>;

/** Asks for everything the store knows about one entity or claim: what a card shows. */
export const DetailsRequest = z.strictObject({
  type: z.literal('details'),
  kind: MatchKind,
  id: Slug,
});

/** Where a piece of knowledge comes from, shown on every card. */
export const Provenance = z.strictObject({
  source: z.enum(['starter', 'subscribed', 'own']),
  packId: z.string(),
  packName: z.string(),
  version: z.int().check(z.nonnegative()),
  /** When the pack was published (ISO), for "as of". */
  published: z.optional(z.string()),
});
export type Provenance = z.infer<typeof Provenance>;

export const Details = z.strictObject({
  kind: MatchKind,
  id: Slug,
  /** One entry per pack that describes this id: shown side by side, never merged silently. */
  versions: z.array(z.strictObject({ provenance: Provenance, record: z.union([EntityRecord, ClaimRecord]) })),
  /** Shared source records that the claim versions reference by id. */
  sources: z.array(SourceRecord),
  /** Display names of the entities the records refer to (claimant, roles' organisations). */
  names: z.record(z.string(), z.string()),
  /** The reader's own note on this entity or claim. */
  note: z.optional(z.strictObject({ text: z.string(), updated: z.string() })),
});
export type Details = z.infer<typeof Details>;

/** Asks the background to inject the hover card into the asking frame (first hover only). */
export const LoadCardRequest = z.strictObject({ type: z.literal('load-card') });

/** Why the content script found no article on a page; the popup explains it to the reader. */
export const NotArticleReason = z.enum(NOT_ARTICLE_REASONS);
export type NotArticleReason = z.infer<typeof NotArticleReason>;

/** Tells the background that the page is not an article, so the popup can say why. */
export const NoArticleRequest = z.strictObject({
  type: z.literal('no-article'),
  url: z.string().check(z.maxLength(4096)),
  reason: NotArticleReason,
});

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
