/**
 * A set of 32-bit hashes in one typed array (open addressing, linear probing). Rolling-hash
 * windows are unsigned 32-bit numbers, most of them outside the small-integer range, so a `Set`
 * boxes every one; this keeps them flat and is built and probed without allocating.
 */
export class HashSet32 {
  readonly #slots: Uint32Array;
  readonly #mask: number;
  /** 0 marks an empty slot, so a hash of 0 is kept aside. */
  #hasZero = false;

  constructor(hashes: ArrayLike<number>) {
    let size = 16;
    while (size < hashes.length * 2) size <<= 1;
    this.#slots = new Uint32Array(size);
    this.#mask = size - 1;
    for (let i = 0; i < hashes.length; i++) this.#add(hashes[i]! >>> 0);
  }

  has(hash: number): boolean {
    const key = hash >>> 0;
    if (key === 0) return this.#hasZero;
    for (let at = mix(key) & this.#mask; ; at = (at + 1) & this.#mask) {
      const slot = this.#slots[at]!;
      if (slot === key) return true;
      if (slot === 0) return false;
    }
  }

  #add(key: number): void {
    if (key === 0) {
      this.#hasZero = true;
      return;
    }
    for (let at = mix(key) & this.#mask; ; at = (at + 1) & this.#mask) {
      const slot = this.#slots[at]!;
      if (slot === key) return;
      if (slot === 0) {
        this.#slots[at] = key;
        return;
      }
    }
  }
}

/** Spreads the bits so nearby hashes do not crowd one run of slots. */
function mix(key: number): number {
  return Math.imul(key ^ (key >>> 16), 0x45d9f3b) >>> 0;
}
