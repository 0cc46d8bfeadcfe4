/**
 * The title, the body paragraphs and the boilerplate are leaves of the page: no two may share a
 * character, or the same words are counted twice (once as article, once as a share widget). The
 * detectors work on elements, which nest; these helpers cut their ranges apart afterwards.
 */
import type { Boilerplate, Comment, Segment } from '../../schema/index.js';

export interface Range {
  start: number;
  end: number;
}

/**
 * The parts of each segment outside every hole and outside earlier segments. A segment nothing
 * touches is returned as it is; cut parts are whitespace-trimmed and dropped without a letter or digit. Segments come in page order. Linear after a sort of
 * the holes, so 50,000 paragraphs against 50,000 widgets cost no more than reading them.
 */
export function carve(text: string, segments: Segment[], holes: Range[]): Segment[] {
  const cuts = merge(holes);
  const out: Segment[] = [];
  let h = 0;
  // End of the text already given to an earlier segment: nested blocks may repeat it.
  let taken = 0;
  for (const segment of segments) {
    let from = Math.max(segment.start, taken);
    while (h < cuts.length && cuts[h]!.end <= from) h++;
    for (let i = h; from < segment.end; i++) {
      const cut = cuts[i];
      const to = cut && cut.start < segment.end ? cut.start : segment.end;
      if (to > from) {
        // Untouched segments stay as they are; cut pieces are trimmed, and kept only with a word.
        const piece = from === segment.start && to === segment.end ? segment : trimmed(text, from, to);
        if (piece) out.push(piece);
      }
      if (!cut || cut.start >= segment.end) break;
      from = Math.max(from, cut.end);
    }
    taken = Math.max(taken, segment.end);
  }
  return out;
}

/**
 * A headline with boilerplate inside it (share buttons in the <h1>) keeps its longest part outside
 * the boilerplate. When nothing of it is outside, the headline wins and those items go.
 */
export function separateTitle<T extends Range>(text: string, title: Segment | null, items: T[]): { title: Segment | null; items: T[] } {
  if (!title || !items.some((item) => overlaps(item, title))) return { title, items };
  const pieces = carve(text, [title], items);
  if (pieces.length === 0) return { title, items: items.filter((item) => !overlaps(item, title)) };
  const longest = pieces.reduce((best, piece) => (piece.end - piece.start > best.end - best.start ? piece : best));
  return { title: longest, items };
}

function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end && a.end > a.start && b.end > b.start;
}

/** Sorted, non-empty, non-overlapping copies of the ranges. */
function merge(ranges: Range[]): Range[] {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const range of sorted) {
    const last = out[out.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else out.push({ start: range.start, end: range.end });
  }
  return out;
}

const WORD = /[\p{L}\p{N}]/u;

function trimmed(text: string, start: number, end: number): Segment | null {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  const value = text.slice(start, end);
  return WORD.test(value) ? { text: value, start, end } : null;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 12;
}

/**
 * The items that share no character with any of `others` (a "widget" class wrapping a whole
 * Blogger thread is no boilerplate once its comments are found). Linear after sorting.
 */
export function apart<T extends Range>(items: T[], others: Range[]): T[] {
  const cuts = merge(others);
  return items.filter((item) => {
    // The first merged range ending after the item starts is the only one that can overlap it.
    let low = 0;
    let high = cuts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cuts[mid]!.end <= item.start) low = mid + 1;
      else high = mid;
    }
    const cut = cuts[low];
    return !(cut && item.end > item.start && cut.start < item.end);
  });
}

/**
 * Boilerplate as leaves. An item around comments is the thread's wrapper (Blogger's "widget"
 * class), not boilerplate; a pingback is one leaf, so the footer or meta line inside it goes.
 */
export function leavesOf(items: Boilerplate[], pingbacks: Boilerplate[], comments: Comment[]): Boilerplate[] {
  const outside = apart(items.filter((item) => !insideComments(item, comments)), pingbacks);
  const all = [...outside, ...disjoint(pingbacks)].sort((a, b) => a.start - b.start);
  return apart(all, comments.flatMap((c) => (c.header ? [c.header, c] : [c])));
}

/** The part of the headline outside every comment's paragraphs and header: its longest piece, or none. */
export function outsideComments(text: string, title: Segment | null, comments: Comment[]): Segment | null {
  if (!title) return null;
  const leaves = comments.flatMap((c) => (c.header ? [c.header, ...c.paragraphs] : c.paragraphs));
  if (!leaves.some((leaf) => leaf.start < title.end && title.start < leaf.end)) return title;
  const pieces = carve(text, [title], leaves);
  return pieces.reduce<Segment | null>((best, piece) => (!best || piece.end - piece.start > best.end - best.start ? piece : best), null);
}

/** Ranges in page order with any that starts inside the one before it dropped. */
function disjoint<T extends Range>(ranges: T[]): T[] {
  const out: T[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (!last || range.start >= last.end) out.push(range);
  }
  return out;
}

function insideComments(item: Boilerplate, comments: Comment[]): boolean {
  if (comments.length === 0) return false;
  const first = comments[0]!;
  const last = comments[comments.length - 1]!;
  const start = first.header ? Math.min(first.header.start, first.start) : first.start;
  return item.start >= start && item.end <= last.end;
}
