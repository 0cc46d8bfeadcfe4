/**
 * The sequence clause patterns run over: one chunk per word, except that a whole target
 * ("women like you", "you gay people", "female lives") is one chunk, so a pattern says `$group`
 * once whatever the target's length.
 */
import type { Target, Targets } from './targets.js';
import type { Unit } from './view.js';

export interface Chunk {
  /** Units [from, to). */
  from: number;
  to: number;
  target?: Target;
}

export function chunk(units: readonly Unit[], targets: Targets): Chunk[] {
  const chunks: Chunk[] = [];
  for (let i = 0; i < units.length; i++) {
    const target = targets.at[i];
    if (target) {
      chunks.push({ from: target.from, to: target.to, target });
      i = target.to - 1;
    } else {
      chunks.push({ from: i, to: i + 1 });
    }
  }
  return chunks;
}
