/** Messages between the fuzz runner (parent) and the child process that runs the mutants. */
import type { ProblemKind } from './checks.js';
import type { Budget, Problem } from './probe.js';

export interface RunRequest {
  seed: number;
  from: number;
  to: number;
  budget: Budget;
  /** Problem kinds that still want a minimal reproduction. */
  minimizeKinds: ProblemKind[];
  minimizeMs: number;
  /** Every n-th mutant runs analyzePage twice and compares (0: never). */
  determinismEvery: number;
}

export interface StartMessage {
  type: 'start';
  index: number;
  seedPage: string;
  steps: string[];
  chars: number;
}

export interface MinimizingMessage {
  type: 'minimizing';
  index: number;
}

export interface ResultMessage {
  type: 'result';
  index: number;
  problems: Problem[];
  spans: number;
  typedErrors: string[];
  msPerKchar: number;
  cpuMs: number;
}

/** A minimal reproduction of one problem of the mutant just reported: a string, or bytes as numbers. */
export interface MinimalMessage {
  type: 'minimal';
  index: number;
  kind: ProblemKind;
  call: string;
  input: string | number[];
  complete: boolean;
  evaluations: number;
}

export interface DoneMessage {
  type: 'done';
}

export type ChildMessage = StartMessage | ResultMessage | MinimizingMessage | MinimalMessage | DoneMessage;
