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
