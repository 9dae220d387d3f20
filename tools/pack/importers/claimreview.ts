import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { HttpUrl, PartialDate } from '../../../lib/schema/primitives';
import type { ClaimRecord, ClaimSource } from '../../../lib/schema/records';
import { z } from '../../../lib/schema/zod';
import { assessmentText } from './claimreview-assessment';
import { type FoundReview, readClaimReviews } from './claimreview-input';
import { languageOfClaim } from './claimreview-language';
import { type PackIdentity, writePackMeta } from './claimreview-pack-meta';
import { stanceOfRating } from './claimreview-stance';
import { RecordWriter, warnSkipped } from './record-writer';
import { IdAllocator, slugify } from './slug';

type ClaimInput = Omit<Partial<ClaimRecord>, 'kind' | 'id' | 'title'> &
  Pick<ClaimRecord, 'kind' | 'id' | 'title'>;

/** What one review says, whichever shape it came in. */
interface ReviewFacts {
  publisher?: string;
  title?: string;
  url?: string;
  date?: string;
  language?: string;
  rating?: string;
  ratingValue?: number;
  bestRating?: number;
  worstRating?: number;
}

/** A claim with its reviews, whichever shape it came in. */
interface ClaimFacts {
  text: string;
  language?: string;
  claimant?: string;
  date?: string;
  reviews: ReviewFacts[];
}

/** Used when neither the review, nor its page, nor the claim's own words show its language. */
const DEFAULT_LANGUAGE = 'en';
const MAX_TITLE_LENGTH = 400;
const MAX_NAME_LENGTH = 200;
const MAX_RATING_LENGTH = 200;
/** ClaimRecord allows 20 statements per language. */
const MAX_STATEMENTS = 20;

/** A field of an unexpected shape is ignored rather than sinking the whole review. */
const lenient = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);
const Text = z.string();
const Names = z.union([Text, z.array(Text)]);
const Party = z.union([
  Text,
  z.looseObject({ '@type': lenient(z.union([Text, z.array(Text)])), name: lenient(Names) }),
]);
const Parties = z.pipe(
  z.union([Party, z.array(Party)]),
  z.transform((value) => (Array.isArray(value) ? value : [value])),
);
const NumberLike = z.pipe(
  z.union([z.number(), z.string()]),
  z.transform((value, context) => {
    const number = typeof value === 'number' ? value : Number.parseFloat(value);
    if (Number.isFinite(number)) return number;
    context.issues.push({ code: 'custom', message: 'not a number', input: value });
    return z.NEVER;
  }),
);
const Language = z.union([
  Text,
  z.pipe(
    z.looseObject({ alternateName: lenient(Text), name: lenient(Text) }),
    z.transform((value) => value.alternateName ?? value.name),
  ),
]);

const SchemaOrgClaimReview = z.looseObject({
  claimReviewed: lenient(Text),
  name: lenient(Text),
  headline: lenient(Text),
  url: lenient(Text),
  datePublished: lenient(Text),
  inLanguage: lenient(Language),
  author: lenient(Parties),
  publisher: lenient(Parties),
  itemReviewed: lenient(
    z.looseObject({ author: lenient(Parties), datePublished: lenient(Text), inLanguage: lenient(Language) }),
  ),
  reviewRating: lenient(
    z.looseObject({
      alternateName: lenient(Text),
      ratingValue: lenient(NumberLike),
      bestRating: lenient(NumberLike),
      worstRating: lenient(NumberLike),
    }),
  ),
});

const FactCheckApiClaim = z.looseObject({
  text: Text,
  claimant: lenient(Text),
  claimDate: lenient(Text),
  claimReview: z.array(
    z.looseObject({
      publisher: lenient(z.looseObject({ name: lenient(Text), site: lenient(Text) })),
      url: lenient(Text),
      title: lenient(Text),
      reviewDate: lenient(Text),
      textualRating: lenient(Text),
      languageCode: lenient(Text),
    }),
  ),
});

/**
 * `pack import-claimreview <file> --out <dir> [--id ID --name NAME]`: schema.org ClaimReview
 * (JSON-LD, HTML pages that embed it, DataFeeds, JSON lines) or the Fact Check Tools API's claims
 * → one `claims/<id>.yaml` per claim, with each review as a source and the (first) review's verdict
 * as the assessment, and a `pack.yaml` so that `pack build` takes the folder as it is. The input
 * is streamed (`readClaimReviews`).
 */
export async function importClaimReview(
  inputPath: string,
  options: { outDir: string } & PackIdentity,
): Promise<{ records: number }> {
  const name = basename(inputPath);
  const writer = new RecordWriter(
    options.outDir,
    `Imported from ClaimReview (${name}) by pack import-claimreview`,
  );
  const ids = new IdAllocator();
  const languages = new Set<string>();
  for await (const item of readClaimReviews(inputPath)) {
    const facts = claimFactsOf(item);
    const record = typeof facts === 'string' ? facts : claimRecordOf(facts, ids);
    if (typeof record === 'string') warnSkipped(item.position, record);
    else if (await writer.write(record, item.position)) {
      for (const language of Object.keys(record.title)) languages.add(language);
    }
  }
  if (writer.written > 0) await writePackMeta(options.outDir, name, options, languages);
  return { records: writer.written };
}

function firstName(
  parties: z.output<typeof Parties> | undefined,
  onlyOrganizations = false,
): string | undefined {
  for (const party of parties ?? []) {
    if (typeof party === 'string') {
      if (!onlyOrganizations) return clean(party);
      continue;
    }
    const types = [party['@type'] ?? []].flat();
    if (onlyOrganizations && !types.some((type) => /Organization$/.test(type))) continue;
    const names = [party.name ?? []]
      .flat()
      .map(clean)
      .filter((value) => value !== undefined);
    if (names[0]) return names[0];
  }
  return undefined;
}

function clean(text: string | undefined): string | undefined {
  const collapsed = text?.replace(/\s+/g, ' ').trim();
  return collapsed ? collapsed : undefined;
}

/** `pt-BR` → `pt`, `zh-Hant` → `zh`; undefined when it is not a language code. */
function primaryLanguage(code: string | undefined): string | undefined {
  return /^([a-z]{2,3})(?:[-_]|$)/i.exec(code?.trim() ?? '')?.[1]?.toLowerCase();
}

/** The date part of `2020-06-23 20:02`, `2020-03-27T10:46:13+0200`, `2021-05`. */
function partialDate(text: string | undefined): string | undefined {
  const date = /^\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)/.exec(text ?? '')?.[1];
  return date && PartialDate.safeParse(date).success ? date : undefined;
}

function claimFactsOf(item: FoundReview): ClaimFacts | string {
  if (item.shape === 'fact-check-api') {
    const parsed = FactCheckApiClaim.safeParse(item.json);
    if (!parsed.success) return 'not a Fact Check Tools claim';
    const reviews = parsed.data.claimReview.map(
      (review): ReviewFacts => ({
        publisher: clean(review.publisher?.name) ?? clean(review.publisher?.site),
        title: clean(review.title),
        url: review.url,
        date: partialDate(review.reviewDate),
        language: primaryLanguage(review.languageCode),
        rating: clean(review.textualRating),
      }),
    );
    return {
      text: parsed.data.text,
      language: languageOfClaim(parsed.data.text, reviews[0]?.language),
      claimant: clean(parsed.data.claimant),
      date: partialDate(parsed.data.claimDate),
      reviews,
    };
  }
  const parsed = SchemaOrgClaimReview.safeParse(item.json);
  if (!parsed.success) return 'not a ClaimReview';
  const review = parsed.data;
  if (!clean(review.claimReviewed)) return 'the ClaimReview has no claimReviewed';
  const language = languageOfClaim(
    review.claimReviewed ?? '',
    primaryLanguage(review.inLanguage) ??
      primaryLanguage(review.itemReviewed?.inLanguage) ??
      item.pageLanguage,
  );
  return {
    text: review.claimReviewed ?? '',
    language,
    claimant: firstName(review.itemReviewed?.author),
    date: partialDate(review.itemReviewed?.datePublished),
    reviews: [
      {
        publisher: firstName(review.publisher) ?? firstName(review.author, true) ?? firstName(review.author),
        title: clean(review.headline) ?? clean(review.name),
        url: review.url,
        date: partialDate(review.datePublished),
        language,
        rating: clean(review.reviewRating?.alternateName),
        ratingValue: review.reviewRating?.ratingValue,
        bestRating: review.reviewRating?.bestRating,
        worstRating: review.reviewRating?.worstRating,
      },
    ],
  };
}

function truncate(text: string, maxLength: number): string {
  return text.length <= maxLength ? text : `${text.slice(0, maxLength - 1).trimEnd()}…`;
}

/** The review page's last path segment in words (`…/cdc-does-not-add-flu` → `cdc does not add flu`). */
function titleFromUrl(url: string | undefined): string | undefined {
  // A link that is neither http(s) nor a bare `site.org/path` (`javascript:alert(1)`) names nothing.
  if (!url || (/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^https?:/i.test(url))) return undefined;
  try {
    const segments = new URL(/^https?:/i.test(url) ? url : `https://${url}`).pathname.split('/');
    const last = segments.filter((segment) => segment.trim()).at(-1);
    const words =
      last &&
      clean(
        decodeURIComponent(last)
          .replace(/\.[a-z]{2,5}$/i, '')
          .replace(/[-_+]+/g, ' ')
          // Article numbers and dates around the words (`3288079-20220511-guerre-…`) say nothing.
          .replace(/^(?:\d+\s)+|(?:\s\d+)+$/g, ''),
      );
    return words && /\p{L}{2}/u.test(words) ? words : undefined;
  } catch {
    return undefined;
  }
}

function sourceOf(review: ReviewFacts, claimText: string): ClaimSource | undefined {
  const publisher = review.publisher ?? hostOf(review.url);
  if (!publisher || !review.date) return undefined;
  const source: ClaimSource = {
    publisher: truncate(publisher, MAX_NAME_LENGTH),
    title: truncate(review.title ?? titleFromUrl(review.url) ?? claimText, MAX_TITLE_LENGTH),
    date: review.date,
    stance: stanceOfRating({
      label: review.rating,
      value: review.ratingValue,
      best: review.bestRating,
      worst: review.worstRating,
    }),
  };
  // Links reach readers' cards: anything but http(s) (or a bare `site.org/path`) is dropped.
  if (review.url && HttpUrl.safeParse(review.url).success) source.url = review.url;
  if (review.language) source.language = review.language;
  return source;
}

function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : undefined;
  } catch {
    return undefined;
  }
}

function claimIdOf(facts: ClaimFacts, ids: IdAllocator): string {
  const slug =
    slugify(facts.text) ||
    slugify(titleFromUrl(facts.reviews[0]?.url) ?? '') ||
    `claim-${createHash('sha256').update(facts.text).digest('hex').slice(0, 10)}`;
  return ids.allocate(slug);
}

/** The claim record, or the reason it cannot be made. */
function claimRecordOf(facts: ClaimFacts, ids: IdAllocator): ClaimInput | string {
  const text = clean(facts.text);
  if (!text) return 'the claim has no text';
  const cited = facts.reviews.flatMap((review) => {
    const source = sourceOf(review, text);
    return source ? [{ review, source }] : [];
  });
  if (cited.length === 0) return 'no review with a publisher and a date';
  const language = facts.language ?? DEFAULT_LANGUAGE;
  const record: ClaimInput = {
    kind: 'claim',
    id: claimIdOf(facts, ids),
    title: { [language]: truncate(text, MAX_TITLE_LENGTH) },
  };
  // The reviews' headlines restate the claim in other words: statements it is matched from.
  const headlines = [
    ...new Set(
      cited
        .filter(({ review }) => review.title && (review.language ?? language) === language)
        .map(({ review }) => truncate(review.title!, MAX_TITLE_LENGTH)),
    ),
  ].filter((headline) => headline !== text);
  if (headlines.length > 0) record.statements = { [language]: headlines.slice(0, MAX_STATEMENTS) };
  if (facts.claimant) record.claimantName = truncate(facts.claimant, MAX_NAME_LENGTH);
  if (facts.date) record.date = facts.date;
  const rated = cited.find(({ review }) => review.rating);
  if (rated?.review.rating) {
    const rating = truncate(rated.review.rating, MAX_RATING_LENGTH);
    const { publisher, date } = rated.source;
    record.assessment = {
      rating,
      text: assessmentText(rating, publisher, date, rated.review.language ?? language),
    };
  }
  record.sources = cited.map(({ source }) => source);
  return record;
}
