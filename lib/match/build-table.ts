import type { Steps } from '../time-slices';
import { grown } from '../typed-growth';
import {
  CasePolicy,
  type CompiledIndex,
  FormKind,
  fingerprintOf,
  homeSlot,
  MULTIPLE_POSTINGS,
  postingCase,
  postingEntity,
  postingGenerated,
  postingKind,
  withNeedsSupport,
} from './compiled-index';
import { CHUNK, Int32Chunks } from './int32-chunks';

/** Table slots per key: linear probing stays short at this load and the table stays small. */
const LOAD_FACTOR = 0.85;
/**
 * Table forms or slots handled between two yields. Each form touches a random slot of tables of
 * tens of megabytes, whose pages the system maps on first touch: 32,768 forms a step were steps
 * of 70–75 ms of Chromium's worker with a million aliases (issue 11's trace).
 */
const SLOTS_PER_STEP = 4_096;

/**
 * The forms' keys and postings, in columns that grow in chunks while the compiler collects them
 * and are read in place by `buildTable`: joining the three columns of a million aliases into one
 * array each copied 40 MB into fresh memory, half a second of Chromium's worker after the swap
 * (issue 16's trace).
 */
export class FormColumns {
  private readonly key1 = new Int32Chunks();
  private readonly key2 = new Int32Chunks();
  private readonly posting = new Int32Chunks();

  get count(): number {
    return this.key1.length;
  }

  push(key1: number, key2: number, posting: number): void {
    this.key1.push(key1);
    this.key2.push(key2);
    this.posting.push(posting);
  }

  /** The chunks holding form `form`'s keys (at `form % CHUNK`): loops in order read them directly. */
  keyChunks(form: number): [key1: Int32Array, key2: Int32Array] {
    return [this.key1.chunkOf(form), this.key2.chunkOf(form)];
  }

  postingAt(form: number): number {
    return this.posting.at(form) >>> 0;
  }

  setPosting(form: number, posting: number): void {
    this.posting.set(form, posting);
  }
}

/** Lower case as written, then any capital, then capitals only: the same form twice keeps the widest. */
const CASE_WIDTH: Record<CasePolicy, number> = {
  [CasePolicy.asWritten]: 2,
  [CasePolicy.capital]: 1,
  [CasePolicy.capitals]: 0,
};

/** Bytes of a new array written between two yields before its slots are used (`touchSteps`). */
const TOUCH_BYTES_PER_STEP = 256 * 1024;

/**
 * Writes a new array's zeros a part per step before its slots are written at random: the system
 * maps an allocation's pages when they are first touched, and 4,096 forms touching the fresh pages
 * of the table at random were steps of 55–250 ms on this machine, in Chromium's worker and in Node
 * alike (issue 11's trace). In order and a part at a time, the same pages cost a few ms a step.
 */
function* touchSteps(array: Uint32Array | Int32Array): Steps<void> {
  const perStep = TOUCH_BYTES_PER_STEP / array.BYTES_PER_ELEMENT;
  for (let start = 0; start < array.length; start += perStep) {
    array.fill(0, start, start + perStep);
    yield;
  }
}

/** Bits of the bitmap that estimates the distinct keys, per form: few bits collide. */
const ESTIMATE_BITS_PER_FORM = 8;
/** The smallest such bitmap: a small pack's estimate is then all but exact. */
const MIN_ESTIMATE_BITS = 1 << 16;
/** Slots added to the estimate: its error is a few hundredths of a percent at a million forms. */
const ESTIMATE_MARGIN = 1.01;
/** Keys per slot at which a table sized too small starts again, larger. */
const MAX_LOAD = 0.95;

/**
 * The number of distinct keys of `forms`, estimated from the bits they set in a bitmap of about
 * eight bits a form (linear counting: n ≈ −m · ln(zero bits / m)). Counting them exactly in a hash
 * set, to size the table, was a pass of random writes into 16 MB with a million aliases, a second
 * of Chromium's worker after the swap (issue 16's trace); the bitmap is a quarter of that size.
 */
export function* estimateKeysSteps(forms: FormColumns): Steps<number> {
  let bits = MIN_ESTIMATE_BITS;
  while (bits < forms.count * ESTIMATE_BITS_PER_FORM) bits *= 2;
  const shift = 32 - Math.log2(bits);
  const bitmap = new Int32Array(bits / 32);
  yield* touchSteps(bitmap);
  let [key1, key2] = forms.keyChunks(0);
  for (let form = 0; form < forms.count; form++) {
    if (form % CHUNK === 0) [key1, key2] = forms.keyChunks(form);
    if (form % ESTIMATE_FORMS_PER_STEP === 0) yield;
    const at = form % CHUNK;
    const bit = Math.imul(key1[at]! ^ Math.imul(key2[at]!, 0x9e3779b1), 0x85ebca6b) >>> shift;
    bitmap[bit >>> 5]! |= 1 << (bit & 31);
  }
  let zeros = 0;
  for (let word = 0; word < bitmap.length; word++) {
    if (word % ESTIMATE_FORMS_PER_STEP === 0) yield;
    zeros += 32 - bitCount(bitmap[word]!);
  }
  return Math.round(-bits * Math.log(Math.max(zeros, 1) / bits));
}

/** Bitmap words or forms handled between two yields: sequential or in a few megabytes. */
const ESTIMATE_FORMS_PER_STEP = 65_536;

function bitCount(word: number): number {
  let bits = word - ((word >>> 1) & 0x55555555);
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  return (Math.imul((bits + (bits >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** The table's slots: a fingerprint and its chain's head side by side, one cache line for both. */
interface Placed {
  slotCount: number;
  /** Per slot: its fingerprint (0 for empty), then its chain's last form + 1. */
  slots: Int32Array;
  /** Per form: the form before it in its key's chain, + 1 (0 ends a chain). */
  next: Int32Array;
  keyCount: number;
}

/**
 * Places every form in a table of `slotCount` slots, duplicates of one entity merged; undefined
 * when more than `MAX_LOAD` of the slots fill up (the estimate was too low). Placing again in a
 * larger table gives the same result: a merge keeps the stronger posting, which wins again.
 */
function* placeSteps(forms: FormColumns, slotCount: number): Steps<Placed | undefined> {
  // Chains hold form + 1, so 0 ends them: arrays of millions of -1s filled in one step held
  // Firefox's background for 85 ms; zeros come with the allocation, page by page.
  const slots = new Int32Array(slotCount * 2);
  yield* touchSteps(slots);
  const next = new Int32Array(forms.count);
  const maxKeys = Math.floor(slotCount * MAX_LOAD);
  let keyCount = 0;
  let [key1, key2] = forms.keyChunks(0);
  for (let form = 0; form < forms.count; form++) {
    if (form % CHUNK === 0) [key1, key2] = forms.keyChunks(form);
    if (form % SLOTS_PER_STEP === 0) yield;
    const wanted = fingerprintOf(key2[form % CHUNK]!) | 0;
    let slot = homeSlot(key1[form % CHUNK]!, slotCount);
    while (slots[slot * 2] !== 0 && slots[slot * 2] !== wanted) slot = slot + 1 === slotCount ? 0 : slot + 1;
    if (slots[slot * 2] === 0) {
      if (keyCount === maxKeys) return undefined;
      slots[slot * 2] = wanted;
      slots[slot * 2 + 1] = form + 1;
      keyCount++;
      continue;
    }
    // Forms of one entity arrive together, so a duplicate of this entity is at the chain's head.
    const head = slots[slot * 2 + 1]! - 1;
    const mine = forms.postingAt(form);
    const theirs = forms.postingAt(head);
    const sameEntity = postingEntity(mine) === postingEntity(theirs);
    const bothMarks = postingKind(mine) !== FormKind.title && postingKind(theirs) !== FormKind.title;
    if (sameEntity && (bothMarks || mine === theirs)) {
      // The same form as name and as short name is a name: the stronger kind wins; "NATO" and
      // "Nato" of one entity are one key that takes any capital.
      const kindOrder = postingKind(mine) - postingKind(theirs);
      // A generated spelling never makes a pack's short name ("Bild") a name.
      if (postingGenerated(mine) && !postingGenerated(theirs)) continue;
      if (
        kindOrder < 0 ||
        (kindOrder === 0 && CASE_WIDTH[postingCase(mine)] > CASE_WIDTH[postingCase(theirs)])
      ) {
        forms.setPosting(head, mine);
      }
      continue;
    }
    next[form] = head + 1;
    slots[slot * 2 + 1] = form + 1;
  }
  return { slotCount, slots, next, keyCount };
}

/**
 * The table of `forms`. `estimateKeys` sizes it (replaced in tests by one that guesses too low:
 * the table then starts again, larger, until every key has a slot).
 */
export function* buildTable(
  forms: FormColumns,
  isPerson: (entity: number) => boolean,
  estimateKeys: (forms: FormColumns) => Steps<number> = estimateKeysSteps,
): Steps<Pick<CompiledIndex, 'fingerprints' | 'values' | 'postings' | 'keyCount'>> {
  // Sized by distinct keys, not by forms: shared titles ("Präsident") and a surname in four
  // languages are one key each, and a table sized by forms was half empty (issue 13's benchmark).
  let slotCount = Math.max(8, Math.ceil(((yield* estimateKeys(forms)) * ESTIMATE_MARGIN) / LOAD_FACTOR));
  let placed = yield* placeSteps(forms, slotCount);
  while (placed === undefined) {
    slotCount = Math.ceil(slotCount / LOAD_FACTOR);
    placed = yield* placeSteps(forms, slotCount);
  }
  const { slots, next, keyCount } = placed;
  const fingerprints = new Uint32Array(slotCount);
  const values = new Uint32Array(slotCount);
  // In chunks: a JavaScript array of millions of postings grew by copying, and turning it into a
  // typed array at the end was a step of 56 ms of Chromium's worker (issue 11's trace).
  const shared = new Int32Chunks();
  // One list for every key's chain, filtered and sorted in place: an array per key and a copy
  // per filter and sort were 310 MB of garbage when a million aliases were compiled, most of what
  // V8's heap grew by at the end of an install and then gave back in one task (issue 11).
  let list = new Uint32Array(64);
  for (let slot = 0; slot < slotCount; slot++) {
    if (slot % SLOTS_PER_STEP === 0) yield;
    fingerprints[slot] = slots[slot * 2]!;
    const head = slots[slot * 2 + 1]! - 1;
    if (head < 0) continue;
    if (next[head] === 0) {
      values[slot] = forms.postingAt(head);
      continue;
    }
    let count = 0;
    for (let form = head; form >= 0; form = next[form]! - 1) {
      if (count === list.length) list = grown(list, count + 1);
      list[count++] = forms.postingAt(form);
    }
    // A generated spelling that is another entity's form too names neither: the pack's own wins.
    if (severalEntities(list, count, (entry) => postingKind(entry) !== FormKind.title)) {
      let kept = 0;
      for (let at = 0; at < count; at++) if (!postingGenerated(list[at]!)) list[kept++] = list[at]!;
      count = kept;
    }
    // Two people of one name ("Michael Smith"): the name alone says neither.
    if (severalEntities(list, count, (entry) => postingKind(entry) === FormKind.name)) {
      for (let at = 0; at < count; at++) {
        const entry = list[at]!;
        if (postingKind(entry) === FormKind.name && isPerson(postingEntity(entry)))
          list[at] = withNeedsSupport(entry);
      }
    }
    if (count === 1) {
      values[slot] = list[0]!;
      continue;
    }
    sortStart(list, count);
    values[slot] = (MULTIPLE_POSTINGS | shared.length) >>> 0;
    shared.push(count);
    for (let at = 0; at < count; at++) shared.push(list[at]!);
  }
  const postings = new Uint32Array((yield* shared.toArraySteps()).buffer);
  return { fingerprints, values, postings, keyCount };
}

/** Whether the first `count` entries of `list` that pass `counts` belong to more than one entity. */
function severalEntities(list: Uint32Array, count: number, counts: (entry: number) => boolean): boolean {
  let first = -1;
  for (let at = 0; at < count; at++) {
    const entry = list[at]!;
    if (!counts(entry)) continue;
    if (first === -1) first = postingEntity(entry);
    else if (postingEntity(entry) !== first) return true;
  }
  return false;
}

/** Sorts the first `count` entries of `list` in place: by insertion when few, as most chains are. */
function sortStart(list: Uint32Array, count: number): void {
  if (count > 16) {
    list.subarray(0, count).sort();
    return;
  }
  for (let at = 1; at < count; at++) {
    const entry = list[at]!;
    let to = at;
    for (; to > 0 && list[to - 1]! > entry; to--) list[to] = list[to - 1]!;
    list[to] = entry;
  }
}
