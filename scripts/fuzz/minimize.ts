/**
 * Shrinks a failing input to a small one that still fails the same way (same call, same problem
 * kind): delta debugging over lines, then over characters (or bytes), within a time limit.
 */
import type { PrototypeSnapshot } from './prototypes.js';
import { DEFAULT_BUDGET, probe, type Problem, type ProbeInput } from './probe.js';

export interface Minimized {
  input: string | Uint8Array;
  evaluations: number;
  complete: boolean;
}

export function minimize(item: ProbeInput, problem: Problem, prototypes: PrototypeSnapshot, limitMs: number): Minimized {
  const deadline = performance.now() + limitMs;
  let evaluations = 0;
  const fails = (input: string | Uint8Array) => {
    evaluations++;
    // No time budget while shrinking: a shrunk input that is merely slow is not the same failure.
    const budget = { ...DEFAULT_BUDGET, fixedMs: Number.POSITIVE_INFINITY };
    return probe({ input, options: item.options }, prototypes, budget, [problem.call]).problems.some((p) => p.kind === problem.kind);
  };
  let input = item.input;
  let complete = true;
  if (typeof input === 'string') {
    const lines = shrink(input.split(/(?<=\n)/), (parts) => fails(parts.join('')), deadline);
    const chars = shrink([...lines.parts.join('')], (parts) => fails(parts.join('')), deadline);
    input = chars.parts.join('');
    complete = lines.complete && chars.complete;
  } else {
    const bytes = shrink(Array.from(input), (parts) => fails(Uint8Array.from(parts)), deadline);
    input = Uint8Array.from(bytes.parts);
    complete = bytes.complete;
  }
  return { input, evaluations, complete };
}

/** Removes ever smaller chunks while the predicate still holds (ddmin's complement step only). */
export function shrink<T>(parts: T[], fails: (parts: T[]) => boolean, deadline: number): { parts: T[]; complete: boolean } {
  let current = parts;
  let chunk = Math.max(1, Math.floor(current.length / 2));
  for (;;) {
    let removed = false;
    for (let start = 0; start < current.length; ) {
      if (performance.now() > deadline) return { parts: current, complete: false };
      const candidate = [...current.slice(0, start), ...current.slice(start + chunk)];
      if (candidate.length < current.length && fails(candidate)) {
        current = candidate;
        removed = true;
      } else {
        start += chunk;
      }
    }
    if (chunk === 1 && !removed) return { parts: current, complete: true };
    if (!removed) chunk = Math.max(1, Math.floor(chunk / 2));
    else chunk = Math.min(chunk, Math.max(1, Math.floor(current.length / 2)));
  }
}
