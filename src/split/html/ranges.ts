/**
 * Questions about many ranges at once ("does this comment overlap a form?", "is it inside a
 * comment section?"), each answered by one binary search: a hostile page may give thousands of
 * comments against thousands of sections.
 */
import type { Range } from './leaves.js';

/**
 * Ranges sorted by start with the running maximum of their ends: every range starting at or
 * before a point is summarised by one number.
 */
interface RangeIndex {
  starts: number[];
  maxEnds: number[];
}

function indexRanges(ranges: Range[]): RangeIndex {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const starts: number[] = [];
  const maxEnds: number[] = [];
  let maxEnd = -Infinity;
  for (const range of sorted) {
    maxEnd = Math.max(maxEnd, range.end);
    starts.push(range.start);
    maxEnds.push(maxEnd);
  }
  return { starts, maxEnds };
}

/** How many indexed ranges start before `point` (or at it, when `inclusive`). */
function countStarting(index: RangeIndex, point: number, inclusive: boolean): number {
  let low = 0;
  let high = index.starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const start = index.starts[mid]!;
    if (start < point || (inclusive && start === point)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Whether a range shares a character with any of `ranges` (a.start < b.end and b.start < a.end). */
export function overlapTest(ranges: Range[]): (range: Range) => boolean {
  const index = indexRanges(ranges);
  return (range) => {
    const n = countStarting(index, range.end, false);
    return n > 0 && index.maxEnds[n - 1]! > range.start;
  };
}

/** Whether a range lies within any of `containers` (start and end both inside, ends included). */
export function containmentTest(containers: Range[]): (range: Range) => boolean {
  const index = indexRanges(containers);
  return (range) => {
    const n = countStarting(index, range.start, true);
    return n > 0 && index.maxEnds[n - 1]! >= range.end;
  };
}
