import type { Steps } from '../time-slices';

/**
 * A set of 32-bit token hashes in one typed array (open addressing, linear probing, at most half
 * full). The compiler keeps the distinct hashes of a million aliases' tokens to size its bitsets;
 * a JavaScript `Set` of a million numbers grows by rehashing all of it in one go — 80 ms at a
 * time, a long task in the background.
 *
 * Growing moves the old table's entries a few per `add` instead of all at once: rehashing two
 * million hashes into a table of eight million slots held Chromium's service worker for 140 ms of
 * CPU in one task while a million-alias pack compiled (issue 11's trace).
 */
const MIN_SLOTS = 1024;
const MOVED_PER_ADD = 4;
/** Slots visited between two yields of `forEachSteps`: well under a millisecond. */
const SLOTS_PER_STEP = 65_536;

export class HashSet32 {
  private slots = new Int32Array(MIN_SLOTS);
  /** With counting: how many times each slot's hash was added. */
  private counts: Int32Array | null;
  /** The table before the last growth, until all of its slots have been moved into `slots`. */
  private previous: Int32Array | null = null;
  private previousCounts: Int32Array | null = null;
  /** Slots of `previous` moved so far. */
  private moved = 0;
  /** 0 marks an empty slot, so the hash 0 is kept aside. */
  private zeroCount = 0;
  size = 0;

  /**
   * With `counting`, the set also counts how often each hash was added (`count`): the name
   * frequencies of a million aliases in JavaScript Maps rehashed hundreds of thousands of entries
   * in one go, tasks of 90–116 ms in Chromium's worker (issue 11's trace).
   */
  constructor(options: { counting?: boolean } = {}) {
    this.counts = options.counting ? new Int32Array(MIN_SLOTS) : null;
  }

  /** Adds `hash`; true when it was not in the set before. */
  add(hash: number): boolean {
    const value = hash | 0;
    if (value === 0) {
      this.zeroCount++;
      if (this.zeroCount > 1) return false;
      this.size++;
      return true;
    }
    if (this.previous !== null) {
      this.moveSome();
      const old = this.previous === null ? -1 : find(this.previous, value);
      // A moved hash is counted where it moved to.
      if (old >= this.moved || (old >= 0 && this.counts === null)) {
        if (this.previousCounts !== null) this.previousCounts[old]!++;
        return false;
      }
    }
    const slot = place(this.slots, value);
    if (this.counts !== null) this.counts[slot < 0 ? ~slot : slot]!++;
    if (slot < 0) return false;
    this.size++;
    if (this.size * 2 > this.slots.length) this.grow();
    return true;
  }

  has(hash: number): boolean {
    const value = hash | 0;
    if (value === 0) return this.zeroCount > 0;
    return find(this.slots, value) >= 0 || (this.previous !== null && find(this.previous, value) >= 0);
  }

  /** How many times a counting set had `hash` added: 0 for one not in it. */
  count(hash: number): number {
    const value = hash | 0;
    if (value === 0) return this.zeroCount;
    if (this.counts === null) throw new Error('count() needs a counting set');
    const slot = find(this.slots, value);
    if (slot >= 0) return this.counts[slot]!;
    // Not moved yet: `add` never places a hash in `slots` while it is waiting in `previous`.
    const old = this.previous === null ? -1 : find(this.previous, value);
    return old >= 0 ? this.previousCounts![old]! : 0;
  }

  /**
   * Calls `visit` once per distinct hash, in no particular order, in steps (lib/time-slices.ts):
   * visiting the eight million slots of a million aliases' token hashes in one go held Chromium's
   * worker for 160–250 ms (issue 11's trace).
   */
  *forEachSteps(visit: (hash: number) => void): Steps<void> {
    if (this.zeroCount > 0) visit(0);
    const { slots, previous, moved } = this;
    for (let slot = 0; slot < slots.length; slot++) {
      if (slot % SLOTS_PER_STEP === 0) yield;
      if (slots[slot] !== 0) visit(slots[slot]!);
    }
    if (previous === null) return;
    for (let slot = moved; slot < previous.length; slot++) {
      if (slot % SLOTS_PER_STEP === 0) yield;
      if (previous[slot] !== 0) visit(previous[slot]!);
    }
  }

  private grow(): void {
    // Entries still in an older table would otherwise be lost with it.
    while (this.previous !== null) this.moveSome();
    this.previous = this.slots;
    this.previousCounts = this.counts;
    this.moved = 0;
    this.slots = new Int32Array(this.slots.length * 2);
    if (this.counts !== null) this.counts = new Int32Array(this.slots.length);
  }

  /**
   * Moves the next few slots of `previous`. The set grows again once it has added as many hashes
   * as `previous` held, half its slots, so moving four per `add` empties it twice as fast as
   * needed. Moved slots stay filled: clearing them would cut the probe chains `find` follows, so
   * a moved hash is looked up in `slots` first, where its count now grows.
   */
  private moveSome(): void {
    const previous = this.previous!;
    const end = Math.min(previous.length, this.moved + MOVED_PER_ADD);
    for (let slot = this.moved; slot < end; slot++) {
      if (previous[slot] === 0) continue;
      const placed = place(this.slots, previous[slot]!);
      if (this.counts !== null) this.counts[placed < 0 ? ~placed : placed]! += this.previousCounts![slot]!;
    }
    this.moved = end;
    if (end === previous.length) {
      this.previous = null;
      this.previousCounts = null;
    }
  }
}

/** Fibonacci hashing spreads hashes that differ only in their high bits. */
const homeSlot = (value: number, mask: number) => (Math.imul(value, 0x9e3779b1) >>> 0) & mask;

/** The slot holding `value`, or -1. */
function find(slots: Int32Array, value: number): number {
  const mask = slots.length - 1;
  for (let slot = homeSlot(value, mask); ; slot = (slot + 1) & mask) {
    const held = slots[slot]!;
    if (held === value) return slot;
    if (held === 0) return -1;
  }
}

/** The slot `value` was placed in, or the complement (`~slot`) of the one already holding it. */
function place(slots: Int32Array, value: number): number {
  const mask = slots.length - 1;
  for (let slot = homeSlot(value, mask); ; slot = (slot + 1) & mask) {
    const held = slots[slot]!;
    if (held === value) return ~slot;
    if (held === 0) {
      slots[slot] = value;
      return slot;
    }
  }
}
