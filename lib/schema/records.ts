import { HttpUrl, LocalizedLists, LocalizedNames, LocalizedText, PartialDate, Slug } from './primitives';
import { z } from './zod';

/** Where a fact comes from: identified by publisher, title and date; a URL only where it is known. */
export const SourceCitation = z.strictObject({
  publisher: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(400)),
  date: PartialDate,
  url: z.optional(HttpUrl),
  language: z.optional(z.string()),
  /** One line in the pack author's own words: what this source says. */
  summary: z.optional(LocalizedText(600)),
});
export type SourceCitation = z.infer<typeof SourceCitation>;

export const Stance = z.enum(['supports', 'disputes', 'context']);
export type Stance = z.infer<typeof Stance>;

/** A source as cited for a claim: with its stance towards the claim. */
export const ClaimSource = z.extend(SourceCitation, { stance: Stance });
export type ClaimSource = z.infer<typeof ClaimSource>;

/** A reference from a claim to a shared `source` record, with the stance it takes on this claim. */
export const SourceReference = z.strictObject({
  ref: Slug,
  stance: Stance,
  summary: z.optional(LocalizedText(600)),
});
export type SourceReference = z.infer<typeof SourceReference>;

export const Role = z.strictObject({
  title: LocalizedText(200),
  /** The organisation the role is held in, when the pack knows it. */
  organization: z.optional(Slug),
  start: z.optional(PartialDate),
  end: z.optional(PartialDate),
});
export type Role = z.infer<typeof Role>;

export const OutletNote = z.strictObject({
  text: LocalizedText(600),
  date: z.optional(PartialDate),
  sources: z._default(z.array(SourceCitation).check(z.maxLength(20)), []),
});

/** Who stands behind a publication: shown in the popup for pages on its domains. */
export const OutletProfile = z.strictObject({
  /** Registrable domains the outlet publishes on, without scheme: `rt.com`, `de.rt.com`. */
  domains: z
    .array(
      z
        .string()
        .check(z.toLowerCase())
        .check(z.regex(/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/, 'must be a domain like "nytimes.com"')),
    )
    .check(z.minLength(1))
    .check(z.maxLength(200)),
  owner: z.optional(LocalizedText(300)),
  funding: z.optional(LocalizedText(300)),
  /** ISO 3166-1 alpha-2. */
  country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))),
  notes: z._default(z.array(OutletNote).check(z.maxLength(30)), []),
});
export type OutletProfile = z.infer<typeof OutletProfile>;

export const EntityType = z.enum(['person', 'organization', 'outlet', 'place', 'other']);
export type EntityType = z.infer<typeof EntityType>;

const recordCore = {
  id: Slug,
  /** When a person last checked this record against its sources. */
  reviewed: z.optional(PartialDate),
};

export const EntityRecord = z.strictObject({
  kind: z.literal('entity'),
  ...recordCore,
  type: EntityType,
  /** Display name, in English where one exists. */
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  /** Full names per language; each is matched wherever it occurs. */
  names: z._default(LocalizedNames, {}),
  /** Other unambiguous forms (acronyms, former names), matched like names. */
  aliases: z._default(LocalizedNames, {}),
  /**
   * Short forms that are ambiguous on their own (a surname, a common word): matched only with
   * evidence in the article, e.g. the full name elsewhere or a title right before it.
   */
  shortNames: z._default(LocalizedNames, {}),
  /** Titles and roles written before the name ("Außenminister", "Gen."): evidence for a short name. */
  titles: z._default(LocalizedNames, {}),
  /**
   * Named by the short name alone in the news without introduction ("Putin sagte"): a short name
   * no other entity shares is then marked without other evidence. Unset: derived from the roles
   * (heads of state and government); `false` turns that off (lib/match/prominence.ts).
   */
  prominent: z.optional(z.boolean()),
  description: z.optional(LocalizedText(300)),
  background: z.optional(LocalizedText(2000)),
  roles: z._default(z.array(Role).check(z.maxLength(50)), []),
  sources: z._default(z.array(SourceCitation).check(z.maxLength(50)), []),
  wikidata: z.optional(z.string().check(z.regex(/^Q[1-9]\d*$/, 'must be a Wikidata QID like "Q42"'))),
  outlet: z.optional(OutletProfile),
});
export type EntityRecord = z.infer<typeof EntityRecord>;

export const ClaimRecord = z.strictObject({
  kind: z.literal('claim'),
  ...recordCore,
  title: LocalizedText(400),
  /** The entity who made the claim, when the pack knows it; else `claimantName`. */
  claimant: z.optional(Slug),
  claimantName: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
  date: z.optional(PartialDate),
  /** Entities the claim is about; their mentions are evidence that a sentence states it. */
  entities: z._default(z.array(Slug).check(z.maxLength(20)), []),
  /**
   * Other wordings of the claim per language (paraphrases, a fact-check's headline): like the
   * title, each is a statement a sentence is matched against (docs/matcher.md).
   */
  statements: z._default(LocalizedLists(400, 20), {}),
  /**
   * Terms per language whose presence in a sentence is evidence for the claim. A term may be a
   * phrase; a trailing `*` matches any ending (`Friedensgespräch*`).
   */
  triggers: z._default(LocalizedNames, {}),
  assessment: z.optional(
    z.strictObject({
      /** A rating as its reviewer gave it, e.g. ClaimReview's alternateName ("False", "Falso"). */
      rating: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
      text: LocalizedText(1000),
    }),
  ),
  background: z.optional(LocalizedText(3000)),
  sources: z._default(z.array(z.union([ClaimSource, SourceReference])).check(z.maxLength(50)), []),
});
export type ClaimRecord = z.infer<typeof ClaimRecord>;

/** A source shared by several claims, referenced by id. */
export const SourceRecord = z.extend(SourceCitation, {
  kind: z.literal('source'),
  ...recordCore,
});
export type SourceRecord = z.infer<typeof SourceRecord>;

export const PackRecord = z.discriminatedUnion('kind', [EntityRecord, ClaimRecord, SourceRecord]);
export type PackRecord = z.infer<typeof PackRecord>;
export type PackRecordInput = z.input<typeof PackRecord>;
