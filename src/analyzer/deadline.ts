/**
 * The per-page time budget, checked cooperatively: between stages and between one tagger's calls
 * on two comments, never inside a tagger. Every stage is linear in its input, so the time between
 * two checks is bounded by the size of one comment.
 */
import { ThreadlensError } from '../errors.js';

export interface Deadline {
  /**
   * Throws `time-budget` when the budget is spent; `stage` says where the work stopped, and `at`
   * (a comment or row, named only in the error) on which text.
   */
  check(stage: string, at?: string): void;
}

const NO_DEADLINE: Deadline = { check: () => {} };

export function startDeadline(maxMs: number | undefined): Deadline {
  if (maxMs === undefined) return NO_DEADLINE;
  const started = performance.now();
  return {
    check(stage, at) {
      const elapsed = performance.now() - started;
      if (elapsed > maxMs) {
        const where = at === undefined ? stage : `${stage} on ${at}`;
        throw new ThreadlensError('time-budget', `Analysis stopped ${where}: ${Math.round(elapsed)} ms, over the ${maxMs} ms budget.`);
      }
    },
  };
}
