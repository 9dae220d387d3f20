/**
 * A set of 32-bit token hashes in one typed array (open addressing, linear probing, at most half
 * full). The compiler keeps the distinct hashes of a million aliases' tokens to size its bitsets;
 * a JavaScript `Set` of a million numbers grows by rehashing all of it in one go — 80 ms at a
 * time, a long task in the background — where doubling this table takes a few milliseconds.
 */
export class HashSet32 {
  private slots = new Int32Array(1024);
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
    if (!this.place(this.slots, value)) return false;
    this.size++;
    if (this.size * 2 > this.slots.length) this.grow();
    return true;
  }

  has(hash: number): boolean {
    const value = hash | 0;
    if (value === 0) return this.hasZero;
    const mask = this.slots.length - 1;
    for (let slot = (Math.imul(value, 0x9e3779b1) >>> 0) & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot]!;
      if (held === value) return true;
      if (held === 0) return false;
    }
  }

  /** Calls `visit` once per distinct hash, in no particular order. */
  forEach(visit: (hash: number) => void): void {
    if (this.hasZero) visit(0);
    for (const value of this.slots) if (value !== 0) visit(value);
  }

  /** True when `value` was not in `slots` and is now. */
  private place(slots: Int32Array, value: number): boolean {
    const mask = slots.length - 1;
    // Fibonacci hashing spreads hashes that differ only in their high bits.
    let slot = Math.imul(value, 0x9e3779b1) >>> 0;
    slot &= mask;
    for (;;) {
      const held = slots[slot]!;
      if (held === value) return false;
      if (held === 0) {
        slots[slot] = value;
        return true;
      }
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const grown = new Int32Array(this.slots.length * 2);
    for (const value of this.slots) if (value !== 0) this.place(grown, value);
    this.slots = grown;
  }
}
