import type { Rng } from '../rng.js';

/** One kind of damage: takes the page so far and returns the damaged page. */
export interface Mutation {
  name: string;
  apply: (text: string, rng: Rng, donor: () => string) => string;
}

/** Puts `piece` at a random position, or at a line start when `atLineStart` is true. */
export function insertAt(text: string, rng: Rng, piece: string, atLineStart = false): string {
  let at = rng.position(text.length);
  if (atLineStart) {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    at = lineStart;
  }
  return text.slice(0, at) + piece + text.slice(at);
}

/** A random [start, end) range of at most `max` characters. */
export function range(text: string, rng: Rng, max = text.length): [number, number] {
  const start = rng.position(text.length);
  const end = Math.min(text.length, start + rng.size(Math.max(1, max)));
  return [start, end];
}
