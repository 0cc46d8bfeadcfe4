/**
 * Sampling the CPU of timed rounds (node:inspector's profiler), for scripts/profile/cpu.ts and
 * stages.ts: `rounds` passes of `work` after two warm-up passes, so import, lazy tables and JIT
 * warm-up are not charged.
 */
import { Session } from 'node:inspector/promises';

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  positionTicks?: { line: number; ticks: number }[];
  children?: number[];
}
export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The profile of `rounds` calls of `work` (after two unsampled ones) and the CPU they used. */
export async function profileRounds(rounds: number, work: () => void): Promise<{ profile: Profile; used: NodeJS.CpuUsage }> {
  for (let r = 0; r < 2; r++) work();
  // "dispatch" in the tables is the profiler's own stop call (it builds the profile while still sampling), not the library.
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 250 });
  await session.post('Profiler.start');
  const started = process.cpuUsage();
  for (let r = 0; r < rounds; r++) work();
  const used = process.cpuUsage(started);
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
  session.disconnect();
  return { profile, used };
}

/** The repository root as the profiler writes script URLs (file:///…/), to cut from them. */
const ROOT_URL = new URL('../../', import.meta.url).href;

/**
 * A profile's call tree: each node's caller, and each node as "function file:line" with the file
 * from the repository root (src/…, dist/…) or from node_modules on, wherever the repository lies.
 */
export function callTree(profile: Profile): { parentOf: Map<number, number>; keyOf: (id: number) => string } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const keyOf = (id: number) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const file = url.replace(/^.*node_modules\//u, '').replace(ROOT_URL, '');
    return `${functionName || '(anonymous)'} ${file}${url ? `:${lineNumber + 1}` : ''}`;
  };
  return { parentOf, keyOf };
}
