/**
 * Runs one input through every entry point the fuzzer covers (analyzePage on the detected format,
 * splitPage forced to text and to HTML), times each call on this process's CPU clock and checks
 * each result.
 */
import { analyzePage, splitPage, ThreadlensError } from '../../src/index.js';
import type { PageAnalysis } from '../../src/schema/index.js';
import { checkPage, type ProblemKind } from './checks.js';
import { prototypeChanges, type PrototypeSnapshot } from './prototypes.js';

export type Call = 'analyzePage' | 'splitPage text' | 'splitPage html';
export const CALLS: Call[] = ['analyzePage', 'splitPage text', 'splitPage html'];

/** CPU time a call may take: a fixed allowance plus a rate far below the library's measured speed. */
export interface Budget {
  fixedMs: number;
  msPerKchar: number;
}
export const DEFAULT_BUDGET: Budget = { fixedMs: 500, msPerKchar: 10 };

export interface Problem {
  kind: ProblemKind;
  call: Call;
  detail: string;
}

export interface ProbeResult {
  problems: Problem[];
  spans: number;
  typedErrors: string[];
  /** Slowest call's CPU milliseconds per 1,000 input characters. */
  msPerKchar: number;
  cpuMs: number;
}

export interface ProbeInput {
  input: string | Uint8Array;
  options: Record<string, unknown>;
}

export function runCall(call: Call, { input, options }: ProbeInput): PageAnalysis {
  if (call === 'analyzePage') return analyzePage(input, options);
  return splitPage(input, { format: call === 'splitPage text' ? 'text' : 'html' });
}

/** Runs `calls` on the input; `repeat` reruns analyzePage to compare, for the determinism check. */
export function probe(item: ProbeInput, prototypes: PrototypeSnapshot, budget: Budget, calls: readonly Call[] = CALLS, repeat = false): ProbeResult {
  const result: ProbeResult = { problems: [], spans: 0, typedErrors: [], msPerKchar: 0, cpuMs: 0 };
  const asString = typeof item.input === 'string' ? item.input : null;
  const kchars = Math.max(item.input.length, 1) / 1000;
  for (const call of calls) {
    const add = (kind: ProblemKind, detail: string) => result.problems.push({ kind, call, detail });
    const cpu = process.cpuUsage();
    let page: PageAnalysis | undefined;
    try {
      page = runCall(call, item);
    } catch (error) {
      if (error instanceof ThreadlensError && error.code !== 'internal') result.typedErrors.push(error.code);
      else add('exception', error instanceof Error ? `${error.name}: ${error.message} @ ${firstFrame(error)}` : String(error));
    }
    const used = process.cpuUsage(cpu);
    const ms = (used.user + used.system) / 1000;
    result.cpuMs += ms;
    result.msPerKchar = Math.max(result.msPerKchar, ms / kchars);
    if (ms > budget.fixedMs + budget.msPerKchar * kchars) add('over-budget', `${Math.round(ms)} ms CPU for ${item.input.length} characters`);
    for (const change of prototypeChanges(prototypes)) add('pollution', change);
    if (!page) continue;
    const checked = checkPage(page, call === 'splitPage html' ? null : asString, call === 'analyzePage');
    result.spans += checked.spans;
    for (const problem of checked.problems) add(problem.kind, problem.detail);
    if (repeat && call === 'analyzePage') {
      let again: string;
      try {
        again = JSON.stringify(runCall(call, item));
      } catch (error) {
        again = `threw ${String(error)}`;
      }
      if (again !== JSON.stringify(page)) add('nondeterministic', 'a second analyzePage gave a different result');
    }
  }
  return result;
}

function firstFrame(error: Error): string {
  const frame = error.stack?.split('\n').find((line) => line.includes('/src/'));
  return frame?.trim().replace(/^at /, '').replace(/\(.*\/src\//, '(src/') ?? 'no src frame';
}
