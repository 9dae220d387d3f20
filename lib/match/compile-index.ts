import { compileClaimIndexSteps } from '../claims/claim-index';
import type { ClaimRecord, EntityRecord } from '../schema/records';
import { runToEnd, type Steps } from '../time-slices';
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
import { encodeEntityIdsSteps } from './entity-ids';
import { GENERIC_TITLES } from './generic-titles';
import { HashSet32 } from './hash-set';
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

function bitsetFor(hashes: HashSet32): Uint32Array {
  let bits = 1024;
  while (bits < hashes.size * BITS_PER_TOKEN) bits *= 2;
  const bitset = new Uint32Array(bits / 32);
  hashes.forEach((hash) => {
    setBit(bitset, hash);
  });
  return bitset;
}

/** Table forms or slots handled between two yields: about a millisecond of work. */
const SLOTS_PER_STEP = 32_768;

/** Compiles entities' names, aliases, short names and titles, and claims' statements and triggers, into an index. */
export function compileIndex(entities: Iterable<EntityRecord>, claims: Iterable<ClaimRecord>): CompiledIndex {
  const compiler = new IndexCompiler();
  for (const entity of entities) compiler.addEntity(entity);
  return runToEnd(compiler.finishSteps(claims));
}

/**
 * `compileIndex` in pieces, for the background: entities are added as they are read from the
 * store, a page at a time, and only their keys are kept (a million aliases as records would not
 * fit a worker's heap); `finishSteps` builds the table in steps that yield about every
 * millisecond, to run with `runInSlices` (lib/time-slices.ts).
 */
export class IndexCompiler {
  private readonly stream = createTokenStream();
  private readonly forms = new FormColumns();
  private readonly startHashes = new HashSet32();
  private readonly tokenHashes = new HashSet32();
  private readonly endHashes = new HashSet32();
  private readonly ids: string[] = [];
  private readonly entityIndex = new Map<string, number>();
  private maxTokens = 1;
  private maxTitleTokens = 1;
  /** Token hashes of the names and short names of the entity being added. */
  private names: number[][] = [];

  constructor() {
    for (const title of GENERIC_TITLES) this.addForm(title, ANY_ENTITY, FormKind.title);
  }

  /** Adds one entity's forms; a later entity with an id already added is skipped. */
  addEntity(entity: EntityRecord): void {
    if (this.entityIndex.has(entity.id)) return;
    const index = this.ids.length;
    if (index >= MAX_ENTITIES) throw new Error(`more than ${MAX_ENTITIES} entities`);
    this.ids.push(entity.id);
    this.entityIndex.set(entity.id, index);
    this.names = [];
    for (const [field, kind] of FORM_FIELDS) {
      for (const list of Object.values(entity[field] ?? {}))
        for (const form of list) {
          this.addForm(form, index, kind);
          // "кремлівський диктатор путін" for the title "російський диктатор": the head noun of a
          // title (its last word in de, en, uk, ru) is a title on its own.
          const head = kind === FormKind.title ? titleHead(form) : undefined;
          if (head !== undefined) this.addForm(head, index, kind);
        }
    }
  }

  private addForm(form: string, entity: number, kind: FormKind): void {
    const tokens = scanTokens(form, this.stream, false);
    if (tokens.count === 0 || tokens.count > MAX_ALIAS_TOKENS) return;
    // A name never runs across a comma or an ampersand in text, so such a form could not match.
    for (let at = 1; at < tokens.count; at++) if (tokens.gapBefore[at] === Gap.other) return;
    let key1 = KEY_1_SEED;
    let key2 = KEY_2_SEED;
    for (let at = 0; at < tokens.count; at++) {
      key1 = extendKey1(key1, tokens.hash1[at]!);
      secondHashes(form, tokens, at);
      key2 = extendKey2(key2, tokens.hash2[at]!);
      if (kind !== FormKind.title) this.tokenHashes.add(tokens.hash1[at]!);
    }
    if (kind !== FormKind.title) {
      this.startHashes.add(tokens.hash1[0]!);
      this.endHashes.add(tokens.hash1[tokens.count - 1]!);
    }
    if (kind === FormKind.title) this.maxTitleTokens = Math.max(this.maxTitleTokens, tokens.count);
    else this.maxTokens = Math.max(this.maxTokens, tokens.count);
    if (kind === FormKind.name || kind === FormKind.short)
      this.names.push(Array.from(tokens.hash1.subarray(0, tokens.count)));
    const part = kind === FormKind.alias ? namePart(tokens.hash1, tokens.count, this.names) : 0;
    this.forms.push(key1, key2, postingOf(entity, kind, part));
  }

  /** The index of every entity added so far and of `claims`, built in steps. */
  *finishSteps(claims: Iterable<ClaimRecord>): Steps<CompiledIndex> {
    const table = yield* buildTable(this.forms);
    // Each of these takes a few to tens of milliseconds with a million aliases: one slice each.
    yield;
    const startBits = bitsetFor(this.startHashes);
    yield;
    const tokenBits = bitsetFor(this.tokenHashes);
    yield;
    const endBits = bitsetFor(this.endHashes);
    yield;
    const entityIds = yield* encodeEntityIdsSteps(this.ids);
    return {
      ...table,
      startBits,
      tokenBits,
      endBits,
      maxTokens: this.maxTokens,
      maxTitleTokens: this.maxTitleTokens,
      entityIds,
      claims: yield* compileClaimIndexSteps(claims, this.entityIndex, compileTriggers),
    };
  }
}

function* buildTable(
  forms: FormColumns,
): Steps<Pick<CompiledIndex, 'fingerprints' | 'values' | 'postings' | 'keyCount'>> {
  const slotCount = Math.max(8, Math.ceil(forms.count / LOAD_FACTOR));
  const fingerprints = new Uint32Array(slotCount);
  const heads = new Int32Array(slotCount).fill(-1);
  const next = new Int32Array(forms.count).fill(-1);
  const posting = forms.posting;
  let keyCount = 0;
  for (let form = 0; form < forms.count; form++) {
    if (form % SLOTS_PER_STEP === 0) yield;
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
    if (slot % SLOTS_PER_STEP === 0) yield;
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

/** A claim's trigger terms, or undefined when the pack gave it none. */
function compileTriggers(claim: ClaimRecord, entities: number[]): CompiledClaim | undefined {
  const triggers: Record<string, CompiledTrigger[]> = {};
  for (const [language, terms] of Object.entries(claim.triggers ?? {})) {
    triggers[language] = terms.map(compileTrigger).filter((trigger) => trigger !== undefined);
  }
  return Object.keys(triggers).length === 0 ? undefined : { id: claim.id, entities, triggers };
}
