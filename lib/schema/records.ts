import { z } from 'zod';
import { HttpUrl, LanguageCode, LocalizedNames, LocalizedText, PartialDate, Slug } from './primitives';

/** Where a fact comes from: identified by publisher, title and date; a URL only where it is known. */
export const SourceCitation = z.strictObject({
  publisher: z.string().trim().min(1).max(200),
  title: z.string().trim().min(1).max(400),
  date: PartialDate,
  url: HttpUrl.optional(),
  language: z.string().optional(),
  /** One line in the pack author's own words: what this source says. */
  summary: LocalizedText(600).optional(),
});
export type SourceCitation = z.infer<typeof SourceCitation>;

export const Stance = z.enum(['supports', 'disputes', 'context']);
export type Stance = z.infer<typeof Stance>;

/** A source as cited for a claim: with its stance towards the claim. */
export const ClaimSource = SourceCitation.extend({ stance: Stance });
export type ClaimSource = z.infer<typeof ClaimSource>;

/** A reference from a claim to a shared `source` record, with the stance it takes on this claim. */
export const SourceReference = z.strictObject({
  ref: Slug,
  stance: Stance,
  summary: LocalizedText(600).optional(),
});
export type SourceReference = z.infer<typeof SourceReference>;

export const Role = z.strictObject({
  title: LocalizedText(200),
  /** The organisation the role is held in, when the pack knows it. */
  organization: Slug.optional(),
  start: PartialDate.optional(),
  end: PartialDate.optional(),
});
export type Role = z.infer<typeof Role>;

export const OutletNote = z.strictObject({
  text: LocalizedText(600),
  date: PartialDate.optional(),
  sources: z.array(SourceCitation).max(20).default([]),
});

/** Who stands behind a publication: shown in the popup for pages on its domains. */
export const OutletProfile = z.strictObject({
  /** Registrable domains the outlet publishes on, without scheme: `rt.com`, `de.rt.com`. */
  domains: z
    .array(
      z
        .string()
        .toLowerCase()
        .regex(/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/, 'must be a domain like "nytimes.com"'),
    )
    .min(1)
    .max(200),
  owner: LocalizedText(300).optional(),
  funding: LocalizedText(300).optional(),
  /** ISO 3166-1 alpha-2. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  notes: z.array(OutletNote).max(30).default([]),
});
export type OutletProfile = z.infer<typeof OutletProfile>;

export const EntityType = z.enum(['person', 'organization', 'outlet', 'place', 'other']);
export type EntityType = z.infer<typeof EntityType>;

const recordCore = {
  id: Slug,
  /** When a person last checked this record against its sources. */
  reviewed: PartialDate.optional(),
};

export const EntityRecord = z.strictObject({
  kind: z.literal('entity'),
  ...recordCore,
  type: EntityType,
  /** Display name, in English where one exists. */
  name: z.string().trim().min(1).max(200),
  /** Full names per language; each is matched wherever it occurs. */
  names: LocalizedNames.default({}),
  /** Other unambiguous forms (acronyms, former names), matched like names. */
  aliases: LocalizedNames.default({}),
  /**
   * Short forms that are ambiguous on their own (a surname, a common word): matched only with
   * evidence in the article, e.g. the full name elsewhere or a title right before it.
   */
  shortNames: LocalizedNames.default({}),
  /** Titles and roles written before the name ("Außenminister", "Gen."): evidence for a short name. */
  titles: LocalizedNames.default({}),
  description: LocalizedText(300).optional(),
  background: LocalizedText(2000).optional(),
  roles: z.array(Role).max(50).default([]),
  sources: z.array(SourceCitation).max(50).default([]),
  wikidata: z
    .string()
    .regex(/^Q[1-9]\d*$/, 'must be a Wikidata QID like "Q42"')
    .optional(),
  outlet: OutletProfile.optional(),
});
export type EntityRecord = z.infer<typeof EntityRecord>;

export const ClaimRecord = z.strictObject({
  kind: z.literal('claim'),
  ...recordCore,
  title: LocalizedText(400),
  /** The entity who made the claim, when the pack knows it; else `claimantName`. */
  claimant: Slug.optional(),
  claimantName: z.string().trim().min(1).max(200).optional(),
  date: PartialDate.optional(),
  /** Entities the claim is about; their mentions are evidence that a sentence states it. */
  entities: z.array(Slug).max(20).default([]),
  /**
   * Other wordings of the claim per language (paraphrases, a fact-check's headline): like the
   * title, each is a statement a sentence is matched against (docs/matcher.md).
   */
  statements: z.record(LanguageCode, z.array(z.string().trim().min(1).max(400)).max(20)).default({}),
  /**
   * Terms per language whose presence in a sentence is evidence for the claim. A term may be a
   * phrase; a trailing `*` matches any ending (`Friedensgespräch*`).
   */
  triggers: LocalizedNames.default({}),
  assessment: z
    .strictObject({
      /** A rating as its reviewer gave it, e.g. ClaimReview's alternateName ("False", "Falso"). */
      rating: z.string().trim().min(1).max(200).optional(),
      text: LocalizedText(1000),
    })
    .optional(),
  background: LocalizedText(3000).optional(),
  sources: z
    .array(z.union([ClaimSource, SourceReference]))
    .max(50)
    .default([]),
});
export type ClaimRecord = z.infer<typeof ClaimRecord>;

/** A source shared by several claims, referenced by id. */
export const SourceRecord = SourceCitation.extend({
  kind: z.literal('source'),
  ...recordCore,
});
export type SourceRecord = z.infer<typeof SourceRecord>;

export const PackRecord = z.discriminatedUnion('kind', [EntityRecord, ClaimRecord, SourceRecord]);
export type PackRecord = z.infer<typeof PackRecord>;
export type PackRecordInput = z.input<typeof PackRecord>;
