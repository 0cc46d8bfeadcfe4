/**
 * The fuzz runner: mutants [0, count) of one seed, run in child processes (two by default, each on
 * its own range) with a watchdog. A mutant that makes no progress for `hardTimeoutMs` is counted as
 * hung, its child is killed, and a new one goes on from the next mutant. Counts mutants per problem kind; saves the seed, the mutation steps
 * and a minimal reproduction of the first failure of each kind under .tmp/fuzz/.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROBLEM_KINDS, type ProblemKind } from './checks.js';
import { DEFAULT_BUDGET, type Budget, type Call } from './probe.js';
import type { ChildMessage, MinimalMessage, ResultMessage, RunRequest, StartMessage } from './protocol.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));
export const FAILURE_DIR = join(ROOT, '.tmp', 'fuzz');

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

export interface Failure {
  seed: number;
  index: number;
  kind: ProblemKind;
  call: Call | 'child';
  detail: string;
  seedPage: string;
  steps: string[];
  chars: number;
  /** The minimal reproduction, JSON-encoded (bytes as a number array), when one was made. */
  minimal?: string;
  minimalComplete?: boolean;
  /** Where the failure was saved. */
  file?: string;
}

export interface FuzzSummary {
  seed: number;
  mutants: number;
  chars: number;
  spans: number;
  /** Mutants with at least one problem of each kind. */
  counts: Record<ProblemKind, number>;
  /** The same per entry point. */
  byCall: Record<string, Partial<Record<ProblemKind, number>>>;
  typedErrors: Record<string, number>;
  /** Up to five failures of each kind, the first with its minimal reproduction. */
  failures: Failure[];
  worstMsPerKchar: number;
  cpuSeconds: number;
  wallSeconds: number;
  childRestarts: number;
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzSummary> {
  const started = performance.now();
  const summary: FuzzSummary = {
    seed: options.seed,
    mutants: 0,
    chars: 0,
    spans: 0,
    counts: Object.fromEntries(PROBLEM_KINDS.map((kind) => [kind, 0])) as Record<ProblemKind, number>,
    byCall: {},
    typedErrors: {},
    failures: [],
    worstMsPerKchar: 0,
    cpuSeconds: 0,
    wallSeconds: 0,
    childRestarts: 0,
  };
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
    let watchdog: NodeJS.Timeout | undefined;
    const arm = (ms: number) => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => {
        if (running) {
          record(summary, running, 'hung', 'child', `no result within ${hardTimeoutMs} ms (wall clock); child killed`);
          summary.mutants++;
          next = running.index + 1;
          running = undefined;
        }
        child.kill('SIGKILL');
      }, ms);
    };
    arm(hardTimeoutMs + 60_000); // start-up: tsx compiles the library on first import
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'start') {
        running = last = message;
        next = message.index;
        arm(hardTimeoutMs);
      } else if (message.type === 'result' && running) {
        tally(summary, running, message);
        running = undefined;
        next = message.index + 1;
        options.onProgress?.(summary.mutants);
      } else if (message.type === 'minimizing') {
        // Shrinking reruns the library many times; a hang here only loses the reproduction.
        arm(hardTimeoutMs + minimizeMs);
      } else if (message.type === 'minimal' && last) {
        attachMinimal(summary, message);
        minimizeKinds.delete(message.kind);
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(watchdog);
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

function tally(summary: FuzzSummary, start: StartMessage, message: ResultMessage): void {
  summary.mutants++;
  summary.chars += start.chars;
  summary.spans += message.spans;
  summary.cpuSeconds += message.cpuMs / 1000;
  summary.worstMsPerKchar = Math.max(summary.worstMsPerKchar, message.msPerKchar);
  for (const code of message.typedErrors) summary.typedErrors[code] = (summary.typedErrors[code] ?? 0) + 1;
  const kinds = new Set<ProblemKind>();
  for (const problem of message.problems) {
    const perCall = (summary.byCall[problem.call] ??= {});
    perCall[problem.kind] = (perCall[problem.kind] ?? 0) + 1;
    if (kinds.has(problem.kind)) continue;
    kinds.add(problem.kind);
    summary.counts[problem.kind]++;
    if (summary.failures.filter((f) => f.kind === problem.kind).length < KEPT_PER_KIND) record(summary, start, problem.kind, problem.call, problem.detail, false);
  }
}

/** Failures kept (and saved) per kind; the counts cover all of them. */
const KEPT_PER_KIND = 5;

function record(summary: FuzzSummary, start: StartMessage, kind: ProblemKind, call: Failure['call'], detail: string, count = true): Failure {
  if (count) summary.counts[kind]++;
  const failure: Failure = { seed: summary.seed, index: start.index, kind, call, detail, seedPage: start.seedPage, steps: start.steps, chars: start.chars };
  summary.failures.push(failure);
  save(failure);
  return failure;
}

function attachMinimal(summary: FuzzSummary, message: MinimalMessage): void {
  const failure = summary.failures.find((f) => f.index === message.index && f.kind === message.kind);
  if (!failure) return;
  failure.call = message.call as Call;
  failure.minimal = JSON.stringify(message.input);
  failure.minimalComplete = message.complete;
  save(failure);
}

/** Seed, index, steps and minimal input: enough to replay (scripts/fuzz/replay.ts) without the page. */
function save(failure: Failure): void {
  mkdirSync(FAILURE_DIR, { recursive: true });
  failure.file = join(FAILURE_DIR, `${failure.kind}-seed${failure.seed}-${failure.index}.json`);
  writeFileSync(failure.file, `${JSON.stringify(failure, null, 2)}\n`);
}
