import type { ClaimRecord, EntityRecord } from '../schema/records';
import { foldText } from './char-fold';
import {
  ANY_ENTITY,
  type CompiledClaim,
  type CompiledIndex,
  type CompiledTrigger,
  FormKind,
  fingerprintOf,
  homeSlot,
  MAX_ALIAS_TOKENS,
  MAX_ENTITIES,
  MULTIPLE_POSTINGS,
  partOf,
  postingEntity,
  postingKind,
  postingOf,
  setBit,
} from './compiled-index';
import { encodeEntityIds } from './entity-ids';
import { GENERIC_TITLES } from './generic-titles';
import { extendKey1, extendKey2, KEY_1_SEED, KEY_2_SEED } from './token-hash';
import { createTokenStream, Gap, scanTokens, secondHashes } from './token-scanner';

/** Table slots per key: linear probing stays short at this load and the table stays small. */
const LOAD_FACTOR = 0.85;
/** Bitset bits per distinct token: about 6 % of unknown tokens pass to the table. */
const BITS_PER_TOKEN = 16;

/** Keys of all forms collected before the table is sized, as growable typed columns. */
class FormColumns {
  count = 0;
  key1 = new Int32Array(1024);
  key2 = new Int32Array(1024);
  posting = new Uint32Array(1024);

  push(key1: number, key2: number, posting: number): void {
    if (this.count === this.key1.length) {
      const grow = <T extends Int32Array | Uint32Array>(column: T, make: (size: number) => T) => {
        const grown = make(column.length * 2);
        grown.set(column);
        return grown;
      };
      this.key1 = grow(this.key1, (size) => new Int32Array(size));
      this.key2 = grow(this.key2, (size) => new Int32Array(size));
      this.posting = grow(this.posting, (size) => new Uint32Array(size));
    }
    this.key1[this.count] = key1;
    this.key2[this.count] = key2;
    this.posting[this.count] = posting;
    this.count++;
  }
}

// Names and short names first: an alias that contains one of them is marked on that part only.
const FORM_FIELDS = [
  ['names', FormKind.name],
  ['shortNames', FormKind.short],
  ['aliases', FormKind.alias],
  ['titles', FormKind.title],
] as const;

function titleHead(title: string): string | undefined {
  const words = title.trim().split(/\s+/u);
  return words.length > 1 ? words[words.length - 1] : undefined;
}

/** The longest proper run of `tokens` equal to one of `names`, as a posting part (0 for none). */
function namePart(tokens: Int32Array, count: number, names: number[][]): number {
  let best = 0;
  let bestCount = 0;
  for (const name of names) {
    if (name.length >= count || name.length <= bestCount) continue;
    for (let first = 0; first + name.length <= count; first++) {
      if (name.every((hash, at) => tokens[first + at] === hash)) {
        best = partOf(first, name.length);
        bestCount = name.length;
        break;
      }
    }
  }
  return best;
}

function bitsetFor(hashes: Set<number>): Uint32Array {
  let bits = 1024;
  while (bits < hashes.size * BITS_PER_TOKEN) bits *= 2;
  const bitset = new Uint32Array(bits / 32);
  for (const hash of hashes) setBit(bitset, hash);
  return bitset;
}

/** Compiles entities' names, aliases, short names and titles, and claims' triggers, into an index. */
export function compileIndex(entities: Iterable<EntityRecord>, claims: Iterable<ClaimRecord>): CompiledIndex {
  const stream = createTokenStream();
  const forms = new FormColumns();
  const startHashes = new Set<number>();
  const tokenHashes = new Set<number>();
  const endHashes = new Set<number>();
  const ids: string[] = [];
  const entityIndex = new Map<string, number>();
  let maxTokens = 1;
  let maxTitleTokens = 1;

  let names: number[][] = [];
  const addForm = (form: string, entity: number, kind: FormKind) => {
    const tokens = scanTokens(form, stream, false);
    if (tokens.count === 0 || tokens.count > MAX_ALIAS_TOKENS) return;
    // A name never runs across a comma or an ampersand in text, so such a form could not match.
    for (let at = 1; at < tokens.count; at++) if (tokens.gapBefore[at] === Gap.other) return;
    let key1 = KEY_1_SEED;
    let key2 = KEY_2_SEED;
    for (let at = 0; at < tokens.count; at++) {
      key1 = extendKey1(key1, tokens.hash1[at]!);
      secondHashes(form, tokens, at);
      key2 = extendKey2(key2, tokens.hash2[at]!);
      if (kind !== FormKind.title) tokenHashes.add(tokens.hash1[at]!);
    }
    if (kind !== FormKind.title) {
      startHashes.add(tokens.hash1[0]!);
      endHashes.add(tokens.hash1[tokens.count - 1]!);
    }
    if (kind === FormKind.title) maxTitleTokens = Math.max(maxTitleTokens, tokens.count);
    else maxTokens = Math.max(maxTokens, tokens.count);
    if (kind === FormKind.name || kind === FormKind.short)
      names.push(Array.from(tokens.hash1.subarray(0, tokens.count)));
    const part = kind === FormKind.alias ? namePart(tokens.hash1, tokens.count, names) : 0;
    forms.push(key1, key2, postingOf(entity, kind, part));
  };

  for (const title of GENERIC_TITLES) addForm(title, ANY_ENTITY, FormKind.title);
  for (const entity of entities) {
    if (entityIndex.has(entity.id)) continue;
    const index = ids.length;
    if (index >= MAX_ENTITIES) throw new Error(`more than ${MAX_ENTITIES} entities`);
    ids.push(entity.id);
    entityIndex.set(entity.id, index);
    names = [];
    for (const [field, kind] of FORM_FIELDS) {
      for (const list of Object.values(entity[field] ?? {}))
        for (const form of list) {
          addForm(form, index, kind);
          // "кремлівський диктатор путін" for the title "російський диктатор": the head noun of a
          // title (its last word in de, en, uk, ru) is a title on its own.
          const head = kind === FormKind.title ? titleHead(form) : undefined;
          if (head !== undefined) addForm(head, index, kind);
        }
    }
  }

  const table = buildTable(forms);
  return {
    ...table,
    startBits: bitsetFor(startHashes),
    tokenBits: bitsetFor(tokenHashes),
    endBits: bitsetFor(endHashes),
    maxTokens,
    maxTitleTokens,
    entityIds: encodeEntityIds(ids),
    claims: compileClaims(claims, entityIndex),
  };
}

function buildTable(
  forms: FormColumns,
): Pick<CompiledIndex, 'fingerprints' | 'values' | 'postings' | 'keyCount'> {
  const slotCount = Math.max(8, Math.ceil(forms.count / LOAD_FACTOR));
  const fingerprints = new Uint32Array(slotCount);
  const heads = new Int32Array(slotCount).fill(-1);
  const next = new Int32Array(forms.count).fill(-1);
  const posting = forms.posting;
  let keyCount = 0;
  for (let form = 0; form < forms.count; form++) {
    const wanted = fingerprintOf(forms.key2[form]!);
    let slot = homeSlot(forms.key1[form]!, slotCount);
    while (fingerprints[slot] !== 0 && fingerprints[slot] !== wanted)
      slot = slot + 1 === slotCount ? 0 : slot + 1;
    if (fingerprints[slot] === 0) {
      fingerprints[slot] = wanted;
      heads[slot] = form;
      keyCount++;
      continue;
    }
    // Forms of one entity arrive together, so a duplicate of this entity is at the chain's head.
    const head = heads[slot]!;
    const mine = posting[form]!;
    const theirs = posting[head]!;
    const sameEntity = postingEntity(mine) === postingEntity(theirs);
    const bothMarks = postingKind(mine) !== FormKind.title && postingKind(theirs) !== FormKind.title;
    if (sameEntity && (bothMarks || mine === theirs)) {
      // The same form as name and as short name is a name: the stronger kind wins.
      if (postingKind(mine) < postingKind(theirs)) posting[head] = mine;
      continue;
    }
    next[form] = head;
    heads[slot] = form;
  }

  const values = new Uint32Array(slotCount);
  const shared: number[] = [];
  for (let slot = 0; slot < slotCount; slot++) {
    const head = heads[slot]!;
    if (head < 0) continue;
    if (next[head]! < 0) {
      values[slot] = posting[head]!;
      continue;
    }
    const list: number[] = [];
    for (let form = head; form >= 0; form = next[form]!) list.push(posting[form]!);
    list.sort((a, b) => a - b);
    values[slot] = (MULTIPLE_POSTINGS | shared.length) >>> 0;
    shared.push(list.length);
    for (const entry of list) shared.push(entry);
  }
  return { fingerprints, values, postings: Uint32Array.from(shared), keyCount };
}

function compileTrigger(term: string): CompiledTrigger | undefined {
  const prefix = term.endsWith('*');
  const tokens = foldText(prefix ? term.slice(0, -1) : term)
    .split(' ')
    .filter((token) => token !== '');
  return tokens.length === 0 ? undefined : { term, tokens, prefix };
}

function compileClaims(claims: Iterable<ClaimRecord>, entityIndex: Map<string, number>): CompiledClaim[] {
  const compiled: CompiledClaim[] = [];
  for (const claim of claims) {
    const triggers: Record<string, CompiledTrigger[]> = {};
    for (const [language, terms] of Object.entries(claim.triggers ?? {})) {
      triggers[language] = terms.map(compileTrigger).filter((trigger) => trigger !== undefined);
    }
    const entities = (claim.entities ?? [])
      .map((id) => entityIndex.get(id))
      .filter((index) => index !== undefined);
    compiled.push({ id: claim.id, entities, triggers });
  }
  return compiled;
}
