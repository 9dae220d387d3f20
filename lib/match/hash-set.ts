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

  add(hash: number): void {
    const value = hash | 0;
    if (value === 0) {
      if (!this.hasZero) this.size++;
      this.hasZero = true;
      return;
    }
    if (this.place(this.slots, value)) {
      this.size++;
      if (this.size * 2 > this.slots.length) this.grow();
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
