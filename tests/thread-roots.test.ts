import { describe, expect, it } from 'vitest';
import { threadRoots } from '../src/analyzer/roots.js';

/** The quadratic reference: walk up from each comment until there is no parent or a cycle. */
function walkUp(at: number, parentOf: readonly number[]): number {
  const seen = new Set([at]);
  let root = at;
  for (let up = parentOf[root]!; up >= 0 && !seen.has(up); up = parentOf[root]!) {
    seen.add(up);
    root = up;
  }
  return root;
}

describe('threadRoots', () => {
  it('matches walking up from each comment on forests whose parents come earlier', () => {
    let state = 7;
    const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31);
    for (let trial = 0; trial < 50; trial++) {
      const n = 1 + (next() % 60);
      const parentOf = Array.from({ length: n }, (_, i) => (i === 0 || next() % 4 === 0 ? -1 : next() % i));
      expect(threadRoots(parentOf)).toEqual(parentOf.map((_, i) => walkUp(i, parentOf)));
    }
  });

  it('gives every comment of a long reply chain the first comment, reading each parent link a bounded number of times', () => {
    const n = 50_000;
    let reads = 0;
    const links = Array.from({ length: n }, (_, i) => i - 1);
    const parentOf = new Proxy(links, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    const roots = threadRoots(parentOf);
    expect(roots.every((root) => root === 0)).toBe(true);
    expect(reads).toBeLessThanOrEqual(2 * n);
  });

  it('stops at a parent cycle and at parents outside the list', () => {
    // 0 and 1 answer each other: the walk from 0 stops where it meets 0 again, and 2 joins them.
    expect(threadRoots([1, 0, 1])).toEqual([0, 0, 0]);
    expect(threadRoots([-1, 5, 1])).toEqual([0, 1, 1]);
  });
});
