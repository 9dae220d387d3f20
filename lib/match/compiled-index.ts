import type { ClaimIndex } from '../claims/claim-index';
import type { EntityIdTable } from './entity-ids';

/**
 * The compiled matcher: an open-addressing hash table from the 64-bit key of a normalised token
 * sequence to postings (entity × kind of form), two bitsets that reject most text tokens before
 * the table is touched, the entity ids and the claim index (lib/claims/claim-index.ts). Everything large is a typed
 * array, so the selfie loads as views over one buffer.
 */
export interface CompiledIndex {
  /** Stream-2 key of each slot; 0 marks an empty slot. */
  readonly fingerprints: Uint32Array;
  /** One posting, or MULTIPLE_POSTINGS | offset of `count, posting…` in `postings`. */
  readonly values: Uint32Array;
  readonly postings: Uint32Array;
  /** Bit per stream-1 token hash: the token begins some alias. */
  readonly startBits: Uint32Array;
  /** Bit per stream-1 token hash: the token occurs in some alias. */
  readonly tokenBits: Uint32Array;
  /** Bit per stream-1 token hash: the token ends some alias (no look-up for a run ending elsewhere). */
  readonly endBits: Uint32Array;
  /** Most tokens in one name, alias or short name. */
  readonly maxTokens: number;
  /** Most tokens in one title. */
  readonly maxTitleTokens: number;
  /** Number of alias and title keys compiled (for size figures). */
  readonly keyCount: number;
  readonly entityIds: EntityIdTable;
  readonly claims: ClaimIndex;
}

export interface CompiledTrigger {
  /** As the pack wrote it, for the card's "why". */
  readonly term: string;
  /** Folded tokens; with `prefix` the last one matches any token it begins. */
  readonly tokens: string[];
  readonly prefix: boolean;
}

/** A claim's hand-written trigger terms per language (claims from statements need none). */
export interface CompiledClaim {
  readonly id: string;
  /** Indices of the claim's entities in the index. */
  readonly entities: number[];
  readonly triggers: Record<string, CompiledTrigger[]>;
}

export const FormKind = {
  /** A full name: matched wherever it occurs. */
  name: 0,
  /** An unambiguous other form (acronym, former name): matched wherever it occurs. */
  alias: 1,
  /** An ambiguous short form: matched only with evidence. */
  short: 2,
  /** A title written before a name: evidence, never a mark. */
  title: 3,
} as const;
export type FormKind = (typeof FormKind)[keyof typeof FormKind];

export const MULTIPLE_POSTINGS = 0x80000000;
/** Entity index of the built-in title words ("Präsident", "Gen."), which support any entity. */
export const ANY_ENTITY = 0x7fffff;
export const MAX_ENTITIES = ANY_ENTITY;
export const MAX_ALIAS_TOKENS = 8;

/**
 * A posting in 31 bits: the part of the form that is the mark (6 bits: first token, token count,
 * 0 for the whole form), the entity (23 bits) and the kind of form (2 bits). The part exists for
 * aliases such as "Biden-Regierung" or "Trump administration": they establish the entity, but
 * the mark covers only the name in them (docs/matcher.md).
 */
export const postingOf = (entity: number, kind: FormKind, part = 0) =>
  (part * 2 ** 25 + entity * 4 + kind) >>> 0;
export const postingEntity = (posting: number) => (posting >>> 2) & ANY_ENTITY;
export const postingKind = (posting: number) => (posting & 3) as FormKind;
/** The marked part of a form: `first` token and `count` tokens, or undefined for all of it. */
export function postingPart(posting: number): { first: number; count: number } | undefined {
  const part = posting >>> 25;
  return part === 0 ? undefined : { first: part >>> 3, count: part & 7 };
}
export const partOf = (first: number, count: number) => (first << 3) | count;

export function hasBit(bits: Uint32Array, hash: number): boolean {
  const bit = hash & (bits.length * 32 - 1);
  return (bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

export function setBit(bits: Uint32Array, hash: number): void {
  const bit = hash & (bits.length * 32 - 1);
  bits[bit >>> 5]! |= 1 << (bit & 31);
}

/** Home slot of a key: its stream-1 hash scaled to the table (no power-of-two waste). */
export function homeSlot(key1: number, slotCount: number): number {
  return Math.floor(((key1 >>> 0) / 4294967296) * slotCount);
}

/** Stream-2 key as stored: never 0, which marks empty slots. */
export const fingerprintOf = (key2: number) => key2 >>> 0 || 1;

/** The slot value for a key, or -1 when no alias or title has this key. */
export function lookupKey(index: CompiledIndex, key1: number, key2: number): number {
  const { fingerprints, values } = index;
  const slotCount = fingerprints.length;
  const wanted = fingerprintOf(key2);
  let slot = homeSlot(key1, slotCount);
  for (;;) {
    const found = fingerprints[slot]!;
    if (found === 0) return -1;
    if (found === wanted) return values[slot]!;
    slot = slot + 1 === slotCount ? 0 : slot + 1;
  }
}

/** Calls `visit` with each posting of a slot value, in ascending entity order. */
export function forEachPosting(index: CompiledIndex, value: number, visit: (posting: number) => void): void {
  if ((value & MULTIPLE_POSTINGS) === 0) {
    visit(value);
    return;
  }
  const offset = value & ~MULTIPLE_POSTINGS;
  const count = index.postings[offset]!;
  for (let at = 1; at <= count; at++) visit(index.postings[offset + at]!);
}

/** Whether a slot value holds `entity` with `kind`. */
export function hasPosting(index: CompiledIndex, value: number, entity: number, kind: FormKind): boolean {
  if ((value & MULTIPLE_POSTINGS) === 0) return value === postingOf(entity, kind);
  const offset = value & ~MULTIPLE_POSTINGS;
  const count = index.postings[offset]!;
  const { postings } = index;
  // Postings are sorted, so a title shared by many entities is found by binary search.
  const search = (wanted: number) => {
    let low = offset + 1;
    let high = offset + count;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const found = postings[middle]!;
      if (found === wanted) return true;
      if (found < wanted) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  };
  return search(postingOf(entity, kind));
}
