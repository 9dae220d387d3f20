import { z } from '../../lib/schema/zod';

/** The gold annotation of an evaluation page (../shared/eval/README.md). */
export const Gold = z.object({
  page: z.string(),
  lang: z.optional(z.string()),
  isArticle: z.boolean(),
  mentions: z.array(z.object({ entity: z.string(), surface: z.string() })),
  forbidden: z._default(z.array(z.unknown()), []),
  claims: z._default(z.array(z.string()), []),
  notClaims: z._default(z.array(z.unknown()), []),
});
export type Gold = z.infer<typeof Gold>;

export interface Observed {
  mentions: { entity: string; surface: string }[];
  claims: string[];
}

export interface Counts {
  truePositives: number;
  found: number;
  expected: number;
}

export interface PageScore {
  page: string;
  isArticle: boolean;
  mentions: Counts;
  claims: Counts;
  /** Marks that should not be there, for the report. */
  extraMentions: string[];
  missedMentions: string[];
  extraClaims: string[];
  missedClaims: string[];
}

const key = (mention: { entity: string; surface: string }) => `${mention.entity}\t${mention.surface}`;

function multisetOverlap(found: string[], expected: string[]) {
  const remaining = new Map<string, number>();
  for (const item of expected) remaining.set(item, (remaining.get(item) ?? 0) + 1);
  const extra: string[] = [];
  let truePositives = 0;
  for (const item of found) {
    const left = remaining.get(item) ?? 0;
    if (left > 0) {
      remaining.set(item, left - 1);
      truePositives += 1;
    } else extra.push(item);
  }
  const missed = [...remaining].flatMap(([item, count]) => Array<string>(count).fill(item));
  return { truePositives, extra, missed };
}

/**
 * Mentions are compared as a multiset of (entity, surface) pairs per page, claims as a set of ids,
 * as the evaluation README counts them.
 */
export function scorePage(gold: Gold, observed: Observed): PageScore {
  const mentions = multisetOverlap(observed.mentions.map(key), gold.mentions.map(key));
  const foundClaims = [...new Set(observed.claims)];
  const claims = multisetOverlap(foundClaims, [...new Set(gold.claims)]);
  return {
    page: gold.page,
    isArticle: gold.isArticle,
    mentions: {
      truePositives: mentions.truePositives,
      found: observed.mentions.length,
      expected: gold.mentions.length,
    },
    claims: { truePositives: claims.truePositives, found: foundClaims.length, expected: gold.claims.length },
    extraMentions: mentions.extra,
    missedMentions: mentions.missed,
    extraClaims: claims.extra,
    missedClaims: claims.missed,
  };
}

/** Precision and recall; an empty denominator counts as perfect (nothing to find, nothing found). */
export function precisionRecall(counts: Counts): { precision: number; recall: number } {
  return {
    precision: counts.found === 0 ? 1 : counts.truePositives / counts.found,
    recall: counts.expected === 0 ? 1 : counts.truePositives / counts.expected,
  };
}

export function sumCounts(all: Counts[]): Counts {
  return all.reduce(
    (sum, counts) => ({
      truePositives: sum.truePositives + counts.truePositives,
      found: sum.found + counts.found,
      expected: sum.expected + counts.expected,
    }),
    { truePositives: 0, found: 0, expected: 0 },
  );
}
