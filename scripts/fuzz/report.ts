/** Prints a fuzz summary: counts per problem kind and entry point, typed errors, example failures. */
import { printTable } from '../lib/table.js';
import { PROBLEM_KINDS } from './checks.js';
import { CALLS } from './probe.js';
import type { FuzzSummary } from './run.js';

export function printFuzzSummary(summary: FuzzSummary, title: string): void {
  const calls = [...CALLS, 'child'];
  printTable(
    `${title}: ${summary.mutants} mutants of seed ${summary.seed}, ${(summary.chars / 1e6).toFixed(1)}M characters, ${summary.spans} spans checked (target: every count 0)`,
    ['problem', 'mutants', ...calls],
    PROBLEM_KINDS.map((kind) => [kind, summary.counts[kind], ...calls.map((call) => summary.byCall[call]?.[kind] ?? 0)]),
  );
  const typed = Object.entries(summary.typedErrors).map(([code, n]) => `${code} ${n}`).join(', ') || 'none';
  process.stdout.write(
    `typed ThreadlensErrors (allowed): ${typed}\n` +
      `slowest call: ${summary.worstMsPerKchar.toFixed(2)} ms CPU per 1,000 characters; library CPU ${summary.cpuSeconds.toFixed(1)} s; wall ${summary.wallSeconds.toFixed(1)} s; child restarts ${summary.childRestarts}\n\n`,
  );
  for (const failure of summary.failures.filter((f) => f.minimal !== undefined || summary.failures.find((g) => g.kind === f.kind) === f)) {
    const minimal = failure.minimal ? `\n    minimal${failure.minimalComplete ? '' : ' (shrinking stopped at the time limit)'}: ${clip(readable(failure.minimal))}` : '';
    process.stdout.write(`- ${failure.kind} in ${failure.call}: ${failure.detail.slice(0, 300)}\n    seed ${failure.seed} mutant ${failure.index} (${failure.seedPage}: ${failure.steps.join(' → ')}; ${failure.chars} chars)${minimal}\n    saved: ${failure.file}\n`);
  }
  if (summary.failures.length > 0) process.stdout.write('\n');
}

/** A minimal input as a JS string literal; bytes are shown decoded as UTF-8 when that loses nothing. */
function readable(minimal: string): string {
  const value = JSON.parse(minimal) as string | number[];
  if (typeof value === 'string') return JSON.stringify(value);
  const bytes = Uint8Array.from(value);
  try {
    return `bytes of ${JSON.stringify(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes))}`;
  } catch {
    return `bytes [${value.join(',')}]`;
  }
}

const clip = (text: string) => (text.length > 400 ? `${text.slice(0, 400)}…` : text);
