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
  /** The table before the last growth, until all of its slots have been moved into `slots`. */
  private previous: Int32Array | null = null;
  /** Slots of `previous` moved so far. */
  private moved = 0;
  /** 0 marks an empty slot, so the hash 0 is kept aside. */
  private hasZero = false;
  size = 0;

  /** Adds `hash`; true when it was not in the set before. */
  add(hash: number): boolean {
    const value = hash | 0;
    if (value === 0) {
      if (this.hasZero) return false;
      this.size++;
      this.hasZero = true;
      return true;
    }
    if (this.previous !== null) {
      this.moveSome();
      if (this.previous !== null && contains(this.previous, value)) return false;
    }
    if (!place(this.slots, value)) return false;
    this.size++;
    if (this.size * 2 > this.slots.length) this.grow();
    return true;
  }

  has(hash: number): boolean {
    const value = hash | 0;
    if (value === 0) return this.hasZero;
    return contains(this.slots, value) || (this.previous !== null && contains(this.previous, value));
  }

  /**
   * Calls `visit` once per distinct hash, in no particular order, in steps (lib/time-slices.ts):
   * visiting the eight million slots of a million aliases' token hashes in one go held Chromium's
   * worker for 160–250 ms (issue 11's trace).
   */
  *forEachSteps(visit: (hash: number) => void): Steps<void> {
    if (this.hasZero) visit(0);
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
    this.moved = 0;
    this.slots = new Int32Array(this.slots.length * 2);
  }

  /**
   * Moves the next few slots of `previous`. The set grows again once it has added as many hashes
   * as `previous` held, half its slots, so moving four per `add` empties it twice as fast as
   * needed. Moved slots stay filled: clearing them would cut the probe chains `contains` follows.
   */
  private moveSome(): void {
    const previous = this.previous!;
    const end = Math.min(previous.length, this.moved + MOVED_PER_ADD);
    for (let slot = this.moved; slot < end; slot++)
      if (previous[slot] !== 0) place(this.slots, previous[slot]!);
    this.moved = end;
    if (end === previous.length) this.previous = null;
  }
}

/** Fibonacci hashing spreads hashes that differ only in their high bits. */
const homeSlot = (value: number, mask: number) => (Math.imul(value, 0x9e3779b1) >>> 0) & mask;

function contains(slots: Int32Array, value: number): boolean {
  const mask = slots.length - 1;
  for (let slot = homeSlot(value, mask); ; slot = (slot + 1) & mask) {
    const held = slots[slot]!;
    if (held === value) return true;
    if (held === 0) return false;
  }
}

/** True when `value` was not in `slots` and is now. */
function place(slots: Int32Array, value: number): boolean {
  const mask = slots.length - 1;
  for (let slot = homeSlot(value, mask); ; slot = (slot + 1) & mask) {
    const held = slots[slot]!;
    if (held === value) return false;
    if (held === 0) {
      slots[slot] = value;
      return true;
    }
  }
}
