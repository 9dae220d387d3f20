import { z } from '../../../lib/schema/zod';

/**
 * Wikidata entity JSON as the API (`wbgetentities`, `Special:EntityData`) and the dumps write it,
 * read in every shape seen since 2013:
 * - terms as `{ language, value }` objects, or (old internal form) plain strings;
 * - item values as `{ id: "Q5" }`, or (before 2015) only `{ "entity-type": "item", "numeric-id": 5 }`;
 * - statements as `{ mainsnak, qualifiers, rank }`, as a bare snak, or (the 2013 form)
 *   `{ m: ["value", 39, "wikibase-entityid", {…}], q: [[…]], rank: 1 }`;
 * - maps that PHP serialised as `[]` when empty.
 * Only the parts the importer maps are checked; everything else passes through untouched.
 */

/** PHP writes an empty map as `[]`; treat it as `{}`. */
const emptyArrayAsMap = (value: unknown) => (Array.isArray(value) && value.length === 0 ? {} : value);

/** zod/mini has no `preprocess`: a transform piped into the schema does the same. */
const preprocess = <T extends z.ZodMiniType>(fn: (value: unknown) => unknown, schema: T) =>
  z.pipe(z.transform(fn), schema);

const Term = z.pipe(
  z.union([z.string(), z.looseObject({ value: z.string() })]),
  z.transform((term) => (typeof term === 'string' ? term : term.value)),
);
const TermMap = preprocess(emptyArrayAsMap, z.record(z.string(), Term));
const AliasMap = preprocess(emptyArrayAsMap, z.record(z.string(), z.array(Term)));
/** `{ site, title, badges }`; the 2013 form wrote `{ name, badges }` or just the title. */
const Sitelink = z.union([
  z.string(),
  z.pipe(
    z.looseObject({ title: z.string() }),
    z.transform((link): string => link.title),
  ),
  z.pipe(
    z.looseObject({ name: z.string() }),
    z.transform((link): string => link.name),
  ),
]);
const SitelinkMap = preprocess(emptyArrayAsMap, z.record(z.string(), Sitelink));
const ClaimsField = preprocess(
  emptyArrayAsMap,
  z.union([z.record(z.string(), z.array(z.unknown())), z.array(z.unknown())]),
);

export const WikidataEntityJson = z.pipe(
  z.looseObject({
    id: z.optional(z.string()),
    /** The 2013 internal form named the id `entity` and wrote it in lowercase. */
    entity: z.optional(z.string()),
    type: z.optional(z.string()),
    missing: z.optional(z.unknown()),
    modified: z.optional(z.string()),
    labels: z.optional(TermMap),
    label: z.optional(TermMap),
    descriptions: z.optional(TermMap),
    description: z.optional(TermMap),
    aliases: z.optional(AliasMap),
    sitelinks: z.optional(SitelinkMap),
    links: z.optional(SitelinkMap),
    claims: z.optional(ClaimsField),
    /** Wikibase's newer name for the same map (MediaInfo, some exports). */
    statements: z.optional(ClaimsField),
  }),
  z.transform((raw) => ({
    id: (raw.id ?? raw.entity ?? '').toUpperCase(),
    type: raw.type,
    missing: raw.missing !== undefined,
    modified: raw.modified,
    labels: raw.labels ?? raw.label ?? {},
    descriptions: raw.descriptions ?? raw.description ?? {},
    aliases: raw.aliases ?? {},
    sitelinks: raw.sitelinks ?? raw.links ?? {},
    claims: raw.claims ?? raw.statements ?? {},
  })),
);
export type WikidataEntity = z.output<typeof WikidataEntityJson>;

export type Rank = 'preferred' | 'normal' | 'deprecated';

/** A statement reduced to what the importer reads: its main value, qualifier values and rank. */
export interface Statement {
  value: unknown;
  rank: Rank;
  qualifiers: Record<string, unknown[]>;
}

const Snak = z.looseObject({
  property: z.optional(z.string()),
  datavalue: z.optional(z.looseObject({ value: z.unknown() })),
});

const CurrentStatement = z.looseObject({
  mainsnak: z.optional(Snak),
  property: z.optional(z.string()),
  datavalue: z.optional(z.looseObject({ value: z.unknown() })),
  rank: z.optional(z.string()),
  qualifiers: z.optional(preprocess(emptyArrayAsMap, z.record(z.string(), z.array(Snak)))),
});

/** `["value", 39, "wikibase-entityid", {…}]`; `somevalue` / `novalue` snaks carry no value. */
const LegacySnak = z.pipe(
  z.array(z.unknown()),
  z.transform((snak) => ({
    property: typeof snak[1] === 'number' ? `P${snak[1]}` : undefined,
    value: snak[0] === 'value' ? snak[3] : undefined,
  })),
);
const LegacyStatement = z.looseObject({
  m: LegacySnak,
  q: z.optional(z.array(LegacySnak)),
  rank: z.optional(z.union([z.number(), z.string()])),
});

const LEGACY_RANKS: Record<number, Rank> = { 0: 'deprecated', 1: 'normal', 2: 'preferred' };

function toRank(rank: string | number | undefined): Rank {
  if (typeof rank === 'number') return LEGACY_RANKS[rank] ?? 'normal';
  return rank === 'preferred' || rank === 'deprecated' ? rank : 'normal';
}

/** The statements of one property, in input order; statements of an unknown shape are left out. */
export function statementsOf(entity: WikidataEntity, property: string): Statement[] {
  if (!Array.isArray(entity.claims)) {
    return (entity.claims[property] ?? []).flatMap((raw) => {
      const parsed = CurrentStatement.safeParse(raw);
      if (!parsed.success) return [];
      const snak = parsed.data.mainsnak ?? parsed.data;
      const qualifiers: Record<string, unknown[]> = {};
      for (const [key, snaks] of Object.entries(parsed.data.qualifiers ?? {})) {
        qualifiers[key] = snaks.map((qualifier) => qualifier.datavalue?.value);
      }
      return [{ value: snak.datavalue?.value, rank: toRank(parsed.data.rank), qualifiers }];
    });
  }
  return entity.claims.flatMap((raw) => {
    const parsed = LegacyStatement.safeParse(raw);
    if (!parsed.success || parsed.data.m.property !== property) return [];
    const qualifiers: Record<string, unknown[]> = {};
    for (const qualifier of parsed.data.q ?? []) {
      if (qualifier.property)
        qualifiers[qualifier.property] = [...(qualifiers[qualifier.property] ?? []), qualifier.value];
    }
    return [{ value: parsed.data.m.value, rank: toRank(parsed.data.rank), qualifiers }];
  });
}

const ItemValue = z.union([
  z.pipe(
    z.looseObject({ id: z.string().check(z.regex(/^Q[1-9]\d*$/)) }),
    z.transform((value) => value.id),
  ),
  z.pipe(
    z.looseObject({
      'numeric-id': z.int().check(z.positive()),
      'entity-type': z.optional(z.literal('item')),
    }),
    z.transform((value) => `Q${value['numeric-id']}`),
  ),
]);

/** The QID an item-valued snak points to (`Q5`), in either value shape. */
export function itemIdOf(value: unknown): string | undefined {
  const parsed = ItemValue.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

const TimeValue = z.looseObject({ time: z.string(), precision: z.int() });

/** Wikidata time precisions: 9 year, 10 month, 11 day (12–14, hours to seconds, read as a day). */
const YEAR = 9;
const MONTH = 10;

/**
 * A time value as a PartialDate at the precision Wikidata gives (`+1978-08-30T00:00:00Z` with
 * precision 10 → `1978-08`). Undefined for decades and coarser, BCE and years past 9999, which a
 * PartialDate cannot say. Old dumps pad the year to eleven digits (`+00000001952-…`).
 */
export function partialDateOf(value: unknown): string | undefined {
  const parsed = TimeValue.safeParse(value);
  if (!parsed.success || parsed.data.precision < YEAR) return undefined;
  const match = /^\+0*(\d{4})-(\d{2})-(\d{2})T/.exec(parsed.data.time);
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (parsed.data.precision === YEAR || month === '00') return year;
  if (parsed.data.precision === MONTH || day === '00') return `${year}-${month}`;
  return `${year}-${month}-${day}`;
}
