/**
 * Seeded random choices for the fuzzer, on pure-rand's xoroshiro128+. Every mutant gets its own
 * generator from (seed, index), so any one mutant can be rebuilt alone from those two numbers.
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

export class Rng {
  private readonly generator: RandomGenerator;

  constructor(seed: number, index = 0) {
    // Mixing index into the seed (not skipping ahead) keeps mutant n as cheap to build as mutant 0.
    this.generator = xoroshiro128plus(mix(seed, index));
  }

  /** An integer in [from, to], both included. */
  int(from: number, to: number): number {
    return uniformInt(this.generator, from, to);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.int(0, 999_999) < p * 1_000_000;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!;
  }

  /** A size skewed toward small values: most edits are small, a few are large. */
  size(max: number): number {
    const bits = this.int(0, Math.max(0, Math.floor(Math.log2(max))));
    return Math.min(max, this.int(1 << bits, (2 << bits) - 1));
  }

  /** A position in a string of `length` characters, ends included. */
  position(length: number): number {
    return this.int(0, length);
  }
}

/** A 32-bit hash of (seed, index) (splitmix-style finaliser), so nearby indexes get unrelated streams. */
function mix(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) | 0;
}
