/**
 * The fuzz runner: mutants [0, count) of one seed, run in child processes (two by default, each on
 * its own range) with a watchdog. A mutant that takes `hardTimeoutMs` of CPU without a result is
 * counted as hung, its child is killed, and a new one goes on from the next mutant. What they find is tallied
 * in summary.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { PROBLEM_KINDS, type ProblemKind } from './checks.js';
import { DEFAULT_BUDGET, type Budget } from './probe.js';
import { CpuWatchdog } from '../lib/cpu-watchdog.js';
import type { ChildMessage, RunRequest, StartMessage } from './protocol.js';
import { attachMinimal, emptySummary, record, tally, type FuzzSummary } from './summary.js';

export { FAILURE_DIR, type Failure, type FuzzSummary } from './summary.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));

export interface FuzzOptions {
  seed: number;
  count: number;
  budget?: Budget;
  hardTimeoutMs?: number;
  minimizeMs?: number;
  determinismEvery?: number;
  /** Child processes running ranges of the mutants side by side (default: 2, or 1 on one core). */
  jobs?: number;
  onProgress?: (done: number) => void;
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzSummary> {
  const started = performance.now();
  const summary = emptySummary(options.seed);
  const minimizeKinds = new Set<ProblemKind>(PROBLEM_KINDS);
  // Contiguous ranges, one child each; a child that hangs is replaced and its range goes on.
  const jobs = Math.max(1, Math.min(options.jobs ?? Math.min(2, availableParallelism()), options.count));
  const ranges = Array.from({ length: jobs }, (_, k) => [Math.floor((k * options.count) / jobs), Math.floor(((k + 1) * options.count) / jobs)] as const);
  await Promise.all(
    ranges.map(async ([start, end]) => {
      for (let from = start; from < end; summary.childRestarts++) from = await runChild(options, from, end, minimizeKinds, summary);
    }),
  );
  summary.childRestarts -= jobs;
  summary.failures.sort((a, b) => a.index - b.index || a.kind.localeCompare(b.kind));
  summary.wallSeconds = (performance.now() - started) / 1000;
  return summary;
}

/** Runs one child from `from` until it finishes or hangs; returns the next mutant to run. */
function runChild(options: FuzzOptions, from: number, to: number, minimizeKinds: Set<ProblemKind>, summary: FuzzSummary): Promise<number> {
  const hardTimeoutMs = options.hardTimeoutMs ?? 30_000;
  const minimizeMs = options.minimizeMs ?? 15_000;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', CHILD], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const request: RunRequest = {
    seed: options.seed,
    from,
    to,
    budget: options.budget ?? DEFAULT_BUDGET,
    minimizeKinds: [...minimizeKinds],
    minimizeMs,
    determinismEvery: options.determinismEvery ?? 25,
  };
  child.send(request);
  return new Promise((resolve) => {
    // The mutant the child is on: set at 'start', cleared once its result is in.
    let running: StartMessage | undefined;
    let last: StartMessage | undefined;
    let next = from;
    const watchdog = new CpuWatchdog(child.pid!, () => {
      if (running) {
        record(summary, running, 'hung', 'child', `no result within ${hardTimeoutMs} ms of CPU; child killed`);
        summary.mutants++;
        next = running.index + 1;
        running = undefined;
      }
      child.kill('SIGKILL');
    });
    watchdog.arm(hardTimeoutMs + 60_000); // start-up: tsx compiles the library on first import
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'start') {
        running = last = message;
        next = message.index;
        watchdog.arm(hardTimeoutMs);
      } else if (message.type === 'result' && running) {
        tally(summary, running, message);
        running = undefined;
        next = message.index + 1;
        options.onProgress?.(summary.mutants);
      } else if (message.type === 'minimizing') {
        // Shrinking reruns the library many times; a hang here only loses the reproduction.
        watchdog.arm(hardTimeoutMs + minimizeMs);
      } else if (message.type === 'minimal' && last) {
        attachMinimal(summary, message);
        minimizeKinds.delete(message.kind);
      }
    });
    child.on('exit', (code, signal) => {
      watchdog.stop();
      // A child that died on its own (crash, out of memory) loses the mutant it was on: count it.
      if (running && signal !== 'SIGKILL') {
        record(summary, running, 'exception', 'child', `child exited with ${signal ?? code} while on this mutant`);
        summary.mutants++;
        next = running.index + 1;
      }
      resolve(next);
    });
  });
}
