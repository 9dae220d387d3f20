import type { Steps } from '../time-slices';
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
import { HashSet32 } from './hash-set';
import { Int32Chunks } from './int32-chunks';

/** Table slots per key: linear probing stays short at this load and the table stays small. */
const LOAD_FACTOR = 0.85;
/**
 * Table forms or slots handled between two yields. Each form touches a random slot of tables of
 * tens of megabytes, whose pages the system maps on first touch: 32,768 forms a step were steps
 * of 70–75 ms of Chromium's worker with a million aliases (issue 11's trace).
 */
const SLOTS_PER_STEP = 4_096;

/** Keys of all forms, as the table is built from them. */
export interface FormKeys {
  count: number;
  key1: Int32Array;
  key2: Int32Array;
  posting: Uint32Array;
}

/** The forms' keys while the compiler collects them, in columns that grow in chunks. */
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

  /** The columns as arrays, once every form is in. */
  *toKeysSteps(): Steps<FormKeys> {
    return {
      count: this.count,
      key1: yield* this.key1.toArraySteps(),
      key2: yield* this.key2.toArraySteps(),
      posting: new Uint32Array((yield* this.posting.toArraySteps()).buffer),
    };
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

export function* buildTable(
  forms: FormKeys,
  isPerson: (entity: number) => boolean,
): Steps<Pick<CompiledIndex, 'fingerprints' | 'values' | 'postings' | 'keyCount'>> {
  // Sized by distinct keys, not by forms: shared titles ("Präsident") and a surname in four
  // languages are one key each, and a table sized by forms was half empty (issue 13's benchmark).
  const distinct = new HashSet32();
  for (let form = 0; form < forms.count; form++) {
    if (form % SLOTS_PER_STEP === 0) yield;
    distinct.add(forms.key1[form]! ^ Math.imul(forms.key2[form]!, 0x9e3779b1));
  }
  const slotCount = Math.max(8, Math.ceil(distinct.size / LOAD_FACTOR));
  const fingerprints = new Uint32Array(slotCount);
  // Chains hold form + 1, so 0 ends them: arrays of millions of -1s filled in one step held
  // Firefox's background for 85 ms; zeros come with the allocation, page by page.
  const heads = new Int32Array(slotCount);
  yield* touchSteps(fingerprints);
  yield* touchSteps(heads);
  const next = new Int32Array(forms.count);
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
      heads[slot] = form + 1;
      keyCount++;
      continue;
    }
    // Forms of one entity arrive together, so a duplicate of this entity is at the chain's head.
    const head = heads[slot]! - 1;
    const mine = posting[form]!;
    const theirs = posting[head]!;
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
        posting[head] = mine;
      }
      continue;
    }
    next[form] = head + 1;
    heads[slot] = form + 1;
  }

  const values = new Uint32Array(slotCount);
  // In chunks: a JavaScript array of millions of postings grew by copying, and turning it into a
  // typed array at the end was a step of 56 ms of Chromium's worker (issue 11's trace).
  const shared = new Int32Chunks();
  for (let slot = 0; slot < slotCount; slot++) {
    if (slot % SLOTS_PER_STEP === 0) yield;
    const head = heads[slot]! - 1;
    if (head < 0) continue;
    if (next[head] === 0) {
      values[slot] = posting[head]!;
      continue;
    }
    let list: number[] = [];
    for (let form = head; form >= 0; form = next[form]! - 1) list.push(posting[form]!);
    // A generated spelling that is another entity's form too names neither: the pack's own wins.
    const marks = list.filter((entry) => postingKind(entry) !== FormKind.title);
    if (marks.some((entry) => postingEntity(entry) !== postingEntity(marks[0]!))) {
      list = list.filter((entry) => !postingGenerated(entry));
    }
    // Two people of one name ("Michael Smith"): the name alone says neither.
    const names = list.filter((entry) => postingKind(entry) === FormKind.name);
    if (names.some((entry) => postingEntity(entry) !== postingEntity(names[0]!))) {
      list = list.map((entry) =>
        postingKind(entry) === FormKind.name && isPerson(postingEntity(entry))
          ? withNeedsSupport(entry)
          : entry,
      );
    }
    if (list.length === 1) {
      values[slot] = list[0]!;
      continue;
    }
    list.sort((a, b) => a - b);
    values[slot] = (MULTIPLE_POSTINGS | shared.length) >>> 0;
    shared.push(list.length);
    for (const entry of list) shared.push(entry);
  }
  const postings = new Uint32Array((yield* shared.toArraySteps()).buffer);
  return { fingerprints, values, postings, keyCount };
}
