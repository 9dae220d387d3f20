import type { ClaimIndex } from '../claims/claim-index';
import { sortedHas } from '../sorted-search';
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
  /**
   * Sorted keys of (evidence word, entity): the office words of each entity's roles
   * (lib/match/role-words.ts), and the first words of people's names under `ANY_ENTITY`.
   */
  readonly roleKeys: Uint32Array;
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
/**
 * The part bits of a posting. For an alias with a name inside ("Biden-Regierung") they say which
 * tokens are the mark: `first` (3 bits) and `count` (3 bits, never 0). Otherwise they are flags:
 * the case policy (bits 3–4), "needs evidence beside it" (bit 5), "generated" (bit 1) and, for
 * a short name, "well known by this name alone" (bit 0).
 */
const partBits = (posting: number) => posting >>> 25;
const isNamePart = (posting: number) =>
  postingKind(posting) === FormKind.alias && (partBits(posting) & 7) !== 0;

/** The marked part of a form: `first` token and `count` tokens, or undefined for all of it. */
export function postingPart(posting: number): { first: number; count: number } | undefined {
  const part = partBits(posting);
  return isNamePart(posting) ? { first: part >>> 3, count: part & 7 } : undefined;
}
export const partOf = (first: number, count: number) => (first << 3) | count;

/**
 * How the case of the text must fit a form. Issue 13: the pack writes "dpa" and newsrooms write
 * "(dpa)", so a form in lower case matches as written; the French acronym "AIEA" marked "Aiea" (a
 * place in Hawaii), so a form in capitals matches only in capitals. Any other form needs a
 * capital somewhere.
 */
export const CasePolicy = {
  /** A capital somewhere in the mark: "Nato", "NATO", not "nato". */
  capital: 0,
  /** Also in lower case, as the pack writes it: "dpa". */
  asWritten: 1,
  /** Only in capitals: "AIEA", not "Aiea". */
  capitals: 2,
} as const;
export type CasePolicy = (typeof CasePolicy)[keyof typeof CasePolicy];

export interface FormFlags {
  policy: CasePolicy;
  /** A one-word form derived from "Die Welt": evidence right beside it only (lib/match/derived-forms.ts). */
  needsEvidenceBeside?: boolean;
  /** A short name of a well-known entity that no other entity shares (lib/match/prominence.ts). */
  prominent?: boolean;
  /** Generated by the compiler (lib/match/transliterate.ts): dropped where another entity has the form. */
  generated?: boolean;
}

export const flagPart = ({ policy, needsEvidenceBeside, prominent, generated }: FormFlags) =>
  (policy << 3) | (needsEvidenceBeside ? 32 : 0) | (prominent ? 1 : 0) | (generated ? 2 : 0);
/**
 * A person's full name that is not proof alone (issue 17): one word, shared by several entities,
 * or made of a common first name and a common surname. Bit 2 of a name's flags.
 */
export const postingNeedsSupport = (posting: number) =>
  postingKind(posting) === FormKind.name && (partBits(posting) & 4) !== 0;
export const withNeedsSupport = (posting: number) => (posting | (4 << 25)) >>> 0;
export const postingGenerated = (posting: number) => !isNamePart(posting) && (partBits(posting) & 2) !== 0;

export function postingCase(posting: number): CasePolicy {
  return isNamePart(posting) ? CasePolicy.capital : (((partBits(posting) >>> 3) & 3) as CasePolicy);
}
export const postingNeedsEvidenceBeside = (posting: number) =>
  !isNamePart(posting) && (partBits(posting) & 32) !== 0;
export const postingProminent = (posting: number) =>
  postingKind(posting) === FormKind.short && (partBits(posting) & 1) !== 0;
/** The same posting without the prominence flag (a surname another entity shares too). */
export const withoutProminence = (posting: number) => (posting & ~(1 << 25)) >>> 0;

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

/** FNV-1a of a role word, the first half of its key (`roleKeyOf`). */
export function roleWordHash(word: string): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < word.length; at++) hash = Math.imul(hash ^ word.charCodeAt(at), 0x01000193);
  return hash;
}

/** The 32-bit key of an evidence word (by its `roleWordHash`) of an entity; a chance collision costs one wrong fit in 4 billion. */
export function roleKeyOf(wordHash: number, entity: number): number {
  let key = Math.imul(wordHash ^ Math.imul(entity + 1, 0x85ebca6b), 0xc2b2ae35);
  key ^= key >>> 16;
  return key >>> 0;
}

export const roleKey = (word: string, entity: number) => roleKeyOf(roleWordHash(word), entity);

/** Whether the word of `wordHash` is an evidence word of `entity` (or, with ANY_ENTITY, a first word of a person's name). */
export const hasRoleHash = (index: CompiledIndex, entity: number, wordHash: number): boolean =>
  sortedHas(index.roleKeys, roleKeyOf(wordHash, entity));

export const hasRoleWord = (index: CompiledIndex, entity: number, word: string) =>
  hasRoleHash(index, entity, roleWordHash(word));

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
  // Postings are sorted, so a title shared by many entities is found by binary search.
  return sortedHas(index.postings, postingOf(entity, kind), offset + 1, offset + count + 1);
}
