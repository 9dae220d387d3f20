import { crc32 } from 'node:zlib';

/** What one group of texts (a dataset in one language) scores. */
export interface ClaimScore {
  texts: number;
  /** Texts with at least one claim mark. */
  marked: number;
  /** Texts where the claim they state is among the marked ones. */
  right: number;
  /** Claim marks in all (for unrelated texts every one is false). */
  marks: number;
  precision: number | null;
  /**
   * Precision with a mark also right when it is another claim the dataset pairs with the same
   * post (`samePostClaims`); null where no text says.
   */
  samePostPrecision: number | null;
  recall: number | null;
  marksPer100: number;
}

/** One text's outcome: the claim it states (if any) and the claims marked in it, with repeats. */
export interface TextOutcome {
  gold?: string;
  marked: readonly string[];
  /**
   * Every claim the dataset pairs with this text (its own and those of copies of the same post),
   * or for a debate sentence the checks of it at the debate (`sameEventClaims`).
   */
  stated?: readonly string[];
}

/**
 * A text counts as right when the claim it states is marked (wherever in the text); precision is
 * over the texts with any claim mark, recall over all texts that state a claim. Unrelated texts
 * only add marks, counted per 100 texts.
 */
export function scoreClaims(outcomes: readonly TextOutcome[]): ClaimScore {
  let marked = 0;
  let right = 0;
  let samePost = 0;
  let withStated = false;
  let marks = 0;
  let stating = 0;
  for (const { gold, marked: claims, stated } of outcomes) {
    marks += claims.length;
    if (claims.length > 0) marked++;
    if (gold !== undefined) stating++;
    if (gold !== undefined && claims.includes(gold)) right++;
    if (stated) withStated = true;
    if (claims.some((claim) => claim === gold || stated?.includes(claim))) samePost++;
  }
  return {
    texts: outcomes.length,
    marked,
    right,
    marks,
    precision: stating === 0 || marked === 0 ? null : right / marked,
    samePostPrecision: !withStated || stating === 0 || marked === 0 ? null : samePost / marked,
    recall: stating === 0 ? null : right / stating,
    marksPer100: outcomes.length === 0 ? 0 : (marks / outcomes.length) * 100,
  };
}

/**
 * The half (0 = A, 1 = B) a text belongs to, by the parity of the CRC-32 of its id: a fixed
 * split of every pool, so thresholds are fitted on half A and checked on half B.
 */
export const halfOf = (id: string): 0 | 1 => (crc32(id) % 2) as 0 | 1;

/** A post's text as the same post: case, punctuation and spacing aside (posts are copied with OCR, repeats, line breaks). */
const postKey = (lang: string, text: string) =>
  `${lang}\u0000${text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim()}`;

/**
 * Every claim the dataset pairs with each text: CheckThat! 2025 lists one post several times, once
 * per fact-check of it (about 190 of its 6,220 distinct posts carry two or
 * more claims), so a mark of the other claim on a copy is right by the dataset's own labels.
 */
export function samePostClaims(
  texts: readonly { lang: string; text: string; claimId?: string }[],
): string[][] {
  const claims = new Map<string, Set<string>>();
  for (const { lang, text, claimId } of texts) {
    if (claimId === undefined) continue;
    const key = postKey(lang, text);
    claims.set(key, (claims.get(key) ?? new Set()).add(claimId));
  }
  return texts.map(({ lang, text }) => [...(claims.get(postKey(lang, text)) ?? [])]);
}

/** A debate sentence as the same-event rule reads it: who said it and the day of the debate. */
export interface SpokenText {
  /** The transcript's label of the speaker: "PRESIDENT OBAMA", "SEN. BERNIE SANDERS, I-VT". */
  speaker?: string;
  /** The debate's day, YYYY-MM-DD. */
  date?: string;
}

/** A checked claim as the same-event rule reads it: who stated it and when (YYYY-MM-DD). */
export interface DatedClaim {
  claimId: string;
  claimant?: string;
  date?: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * For each debate sentence, the checks of a claim its speaker stated on the debate's day (a day
 * either side, for transcripts dated by their UTC day): PolitiFact's check of that very sentence.
 * CheckThat! 2022 pairs each sentence with one check, often an earlier check of the same talking
 * point, while PolitiFact also checked the sentence itself at the debate: "92 percent of the jobs
 * lost during Barack Obama's first term belonged to women" is labelled with Mitt Romney's claim of
 * 2012, and PolitiFact checked Carly Fiorina saying it at the Boulder debate of 2015-10-28. A mark
 * of such a check is right by the dataset's own record, as a mark of another review of the same
 * post is for the posts (`samePostClaims`). The speaker is matched by the claimant's last name.
 */
export function sameEventClaims(texts: readonly SpokenText[], claims: readonly DatedClaim[]): string[][] {
  const byDay = new Map<number, DatedClaim[]>();
  const dayOf = (date: string) => Math.round(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY_MS);
  for (const claim of claims) {
    if (!claim.date || !claim.claimant) continue;
    const day = dayOf(claim.date);
    if (!Number.isFinite(day)) continue;
    byDay.set(day, [...(byDay.get(day) ?? []), claim]);
  }
  const words = (label: string) => label.toUpperCase().split(/[^\p{L}'-]+/u);
  return texts.map(({ speaker, date }) => {
    if (!speaker || !date) return [];
    const day = dayOf(date);
    const said = new Set(words(speaker));
    return [day - 1, day, day + 1].flatMap((near) =>
      (byDay.get(near) ?? [])
        .filter((claim) => said.has(words(claim.claimant!).filter(Boolean).at(-1) ?? ''))
        .map((claim) => claim.claimId),
    );
  });
}
