/** What a growth child prints: the timing mark just before its timed call, then its result. */

/** Printed just before the timed call, so the parent's CPU timeout counts from there. */
export const TIMING_MARK = 'timing';

export interface SizeResult {
  factor: number;
  chars: number;
  /** CPU milliseconds of the one timed call. */
  cpuMs: number;
  comments: number;
  /** Whether an article body was found: a shape whose body vanishes at some size did other work. */
  body: boolean;
}
