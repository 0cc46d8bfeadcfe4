/**
 * What a fuzz run found: counts per problem kind and entry point, typed errors, and the failures
 * kept (up to five per kind), each saved under .tmp/fuzz/ with its seed, index, mutation steps and,
 * for the first of its kind, a minimal reproduction.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROBLEM_KINDS, type ProblemKind } from './checks.js';
import type { Call } from './probe.js';
import type { MinimalMessage, ResultMessage, StartMessage } from './protocol.js';

export const FAILURE_DIR = fileURLToPath(new URL('../../.tmp/fuzz/', import.meta.url));

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

export function emptySummary(seed: number): FuzzSummary {
  return {
    seed,
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
}

export function tally(summary: FuzzSummary, start: StartMessage, message: ResultMessage): void {
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

export function record(summary: FuzzSummary, start: StartMessage, kind: ProblemKind, call: Failure['call'], detail: string, count = true): Failure {
  if (count) summary.counts[kind]++;
  const failure: Failure = { seed: summary.seed, index: start.index, kind, call, detail, seedPage: start.seedPage, steps: start.steps, chars: start.chars };
  summary.failures.push(failure);
  save(failure);
  return failure;
}

export function attachMinimal(summary: FuzzSummary, message: MinimalMessage): void {
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
