/**
 * Timed rounds for benches on a shared machine: CPU time of this process (what another agent's load
 * disturbs least) beside wall-clock, with median and slowest over the rounds. With `BENCH_BASE` set
 * to a git ref, the base build runs the same work in alternating rounds, so before/after come from
 * one process under the same load.
 */
import { baseCommit, extractBase, importBase } from '../diff/base.js';

export interface Round {
  cpuMs: number;
  wallMs: number;
}

export function timeRound(work: () => void): Round {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  work();
  const used = process.cpuUsage(cpu);
  return { cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - wall };
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
export const slowest = (xs: number[]) => Math.max(...xs);

/** The base build's public API when BENCH_BASE names a ref, with the commit it resolved to. */
export async function benchBase(): Promise<{ commit: string; api: Record<string, any> } | null> {
  const ref = process.env.BENCH_BASE;
  if (!ref) return null;
  const commit = baseCommit(ref);
  return { commit, api: await importBase(extractBase(commit)) };
}
