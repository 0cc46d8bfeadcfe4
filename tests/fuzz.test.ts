/**
 * Hostile input, 2,000 mutants from a fixed seed (scripts/fuzz): fixture and synthetic pages with
 * byte and character damage, tag soup, deep nesting, NULs, lone surrogates, floods and odd line
 * breaks, run through analyzePage and splitPage (text and HTML). Every count must be zero: no
 * exception other than a typed ThreadlensError, no span that fails to slice back to its text, no
 * overlapping or out-of-order comments, no warning offset outside `text`, no prototype pollution,
 * no call over its CPU budget and no hang. A failure names the mutant (seed and index) and saves
 * a minimal reproduction under .tmp/fuzz/. The long run is `npm run bench -- fuzz`.
 */
import { describe, expect, it } from 'vitest';
import { PROBLEM_KINDS } from '../scripts/fuzz/checks.js';
import { printFuzzSummary } from '../scripts/fuzz/report.js';
import { runFuzz } from '../scripts/fuzz/run.js';

const SEED = 20261111;
const MUTANTS = 2000;

describe('hostile input (fuzz)', () => {
  it(`finds no problem in ${MUTANTS} mutants of seed ${SEED}`, { timeout: 400_000 }, async () => {
    const summary = await runFuzz({ seed: SEED, count: MUTANTS, hardTimeoutMs: 20_000, minimizeMs: 5_000 });
    const failing = PROBLEM_KINDS.filter((kind) => summary.counts[kind] > 0);
    if (failing.length > 0) printFuzzSummary(summary, 'fuzz test');
    expect(summary.mutants).toBe(MUTANTS);
    expect(Object.fromEntries(failing.map((kind) => [kind, summary.counts[kind]]))).toEqual({});
  });
});
