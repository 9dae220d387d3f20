import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { z } from '../../lib/schema/zod';

/** A text to match and the claim it states (none for unrelated news). */
export interface EvalText {
  id: string;
  text: string;
  lang: string;
  claimId?: string;
  /** Debates: the transcript's label of who said it. */
  speaker?: string;
  /** Debates: the day of the debate, YYYY-MM-DD. */
  date?: string;
}

/** A claim of a pool, as much as the dataset tells about it. */
export interface EvalClaim {
  claimId: string;
  text: string;
  lang: string;
  claimant?: string;
  date?: string;
  rating?: string;
  headline?: string;
}

const Ct25Post = z.looseObject({ id: z.string(), lang: z.string(), text: z.string(), claim_id: z.string() });
const Ct25Claim = z.looseObject({ claim_id: z.string(), lang: z.string(), claim_text: z.string() });
const Ct2bSentence = z.looseObject({
  id: z.string(),
  lang: z.string(),
  text: z.string(),
  claim_id: z.string(),
  speaker: z.optional(z.string()),
  doc_id: z.optional(z.string()),
});

/** The day a debate's `doc_id` begins with ("20151028_GOP_boulder" → 2015-10-28). */
export function debateDate(docId: string | undefined): string | undefined {
  const day = docId?.match(/^(\d{4})(\d{2})(\d{2})_/u);
  return day ? `${day[1]}-${day[2]}-${day[3]}` : undefined;
}
const Ct2bClaim = z.looseObject({
  claim_id: z.string(),
  claim_text: z.string(),
  lang: z._default(z.string(), 'en'),
  date: z.nullish(z.string()),
  claimant: z.nullish(z.string()),
  truth_label: z.nullish(z.string()),
  title: z.nullish(z.string()),
});

/** Every line of a JSON-lines file through a schema; a bad line stops the run, naming it. */
async function readJsonl<T>(file: string, schema: z.ZodMiniType<T>): Promise<T[]> {
  const values: T[] = [];
  let line = 0;
  for await (const text of createInterface({
    input: createReadStream(file),
    crlfDelay: Number.POSITIVE_INFINITY,
  })) {
    line++;
    if (text.trim() === '') continue;
    const parsed = schema.safeParse(JSON.parse(text));
    if (!parsed.success) throw new Error(`${basename(file)}:${line}: ${parsed.error.issues[0]?.message}`);
    values.push(parsed.data);
  }
  return values;
}

export async function readCt25(dir: string): Promise<{ texts: EvalText[]; claims: EvalClaim[] }> {
  const posts = await readJsonl(`${dir}/ct25-posts.jsonl`, Ct25Post);
  const claims = await readJsonl(`${dir}/ct25-claims.jsonl`, Ct25Claim);
  return {
    texts: posts.map((post) => ({ id: post.id, text: post.text, lang: post.lang, claimId: post.claim_id })),
    claims: claims.map((claim) => ({ claimId: claim.claim_id, text: claim.claim_text, lang: claim.lang })),
  };
}

export async function readCt2b(dir: string): Promise<{ texts: EvalText[]; claims: EvalClaim[] }> {
  const sentences = await readJsonl(`${dir}/ct2b-sentences.jsonl`, Ct2bSentence);
  const claims = await readJsonl(`${dir}/ct2b-claims.jsonl`, Ct2bClaim);
  return {
    texts: sentences.map((sentence) => {
      const date = debateDate(sentence.doc_id);
      return {
        id: sentence.id,
        text: sentence.text,
        lang: sentence.lang,
        claimId: sentence.claim_id,
        ...(sentence.speaker ? { speaker: sentence.speaker } : {}),
        ...(date ? { date } : {}),
      };
    }),
    claims: claims.map((claim) => ({
      claimId: claim.claim_id,
      text: claim.claim_text,
      lang: claim.lang,
      claimant: claim.claimant ?? undefined,
      date: claim.date ?? undefined,
      rating: claim.truth_label ?? undefined,
      headline: claim.title ?? undefined,
    })),
  };
}

/** Where the evaluation finds a claim again: the review URL the importer keeps on the source. */
export const reviewUrl = (claimId: string) =>
  `https://claims-dev.example.org/review/${encodeURIComponent(claimId)}`;

/**
 * A claim of the pool as the schema.org ClaimReview a fact-checker would publish, so it reaches
 * the pack the way real fact checks do (through `pack import-claimreview`). ct25 names no
 * fact-checker or date: the task and its year stand in, so the importer cites the review.
 */
export function claimReviewOf(claim: EvalClaim, publisher: string, fallbackDate: string): object {
  const review: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: claim.text,
    inLanguage: claim.lang,
    url: reviewUrl(claim.claimId),
    datePublished: claim.date ?? fallbackDate,
    author: { '@type': 'Organization', name: publisher },
  };
  if (claim.headline) review.headline = claim.headline;
  if (claim.rating) review.reviewRating = { '@type': 'Rating', alternateName: claim.rating };
  if (claim.claimant || claim.date) {
    review.itemReviewed = {
      '@type': 'Claim',
      ...(claim.claimant ? { author: { '@type': 'Person', name: claim.claimant } } : {}),
      ...(claim.date ? { datePublished: claim.date } : {}),
    };
  }
  return review;
}

/** Turtle's escapes in a string literal (`\"`, `\\`, `\n`, `\uXXXX`). */
function unescapeTurtle(text: string): string {
  return text.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, code: string) => {
    if (code.length > 1) return String.fromCodePoint(Number.parseInt(code.slice(1), 16));
    return { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' }[code] ?? code;
  });
}

const IS_STRING = /<([^>\s]+)>\s+a\s[^.]*?nif:isString\s+(?:"""([\s\S]*?)"""|"((?:[^"\\]|\\.)*)")/g;

/**
 * The article texts of a NIF corpus (News-100): each context's `nif:isString`, once per context
 * URI. Only the literals are read; the annotations are not needed to count false claim marks.
 */
export async function readNifTexts(file: string): Promise<EvalText[]> {
  const turtle = await readFile(file, 'utf8');
  const texts = new Map<string, string>();
  for (const match of turtle.matchAll(IS_STRING)) {
    const [, uri, long, short] = match;
    if (uri && !texts.has(uri)) texts.set(uri, unescapeTurtle(long ?? short ?? ''));
  }
  return [...texts].map(([uri, text]) => ({ id: uri, text, lang: 'de' }));
}
