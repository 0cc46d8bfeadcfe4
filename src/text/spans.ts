/**
 * Span arithmetic the taggers share: overlap tests, merging, keeping one of overlapping spans,
 * dropping duplicates and nested spans, and claiming characters. Spans are `[start, end)` UTF-16
 * offsets. (The HTML splitter's range helpers in src/split/html are its owner's to move here.)
 */

export interface Span {
  start: number;
  end: number;
}

/** True when [start, end) lies inside one of `spans`. */
export function insideAny(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start <= start && end <= s.end);
}

/** Sorted, merged [start, end) pairs, so each overlap test is a binary search (`overlapsMerged`). */
export function mergeSpans(list: readonly Span[]): number[][] {
  const sorted = [...list].sort((a, b) => a.start - b.start);
  const merged: number[][] = [];
  for (const f of sorted) {
    const last = merged[merged.length - 1];
    if (last && f.start <= last[1]!) last[1] = Math.max(last[1]!, f.end);
    else merged.push([f.start, f.end]);
  }
  return merged;
}

/** Whether `span` overlaps any of `merged` (from `mergeSpans`). */
export function overlapsMerged(span: Span, merged: number[][]): boolean {
  let lo = 0;
  let hi = merged.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = merged[mid]!;
    if (e! <= span.start) lo = mid + 1;
    else if (s! >= span.end) hi = mid - 1;
    else return true;
  }
  return false;
}

/**
 * Of overlapping spans, the longest (ties: `rank`, lower first), scanning in text order: a later
 * span that overlaps the last one kept replaces it only when strictly longer. Sorts `spans` in
 * place; the result is a new array, except that fewer than two spans come back as `spans` itself.
 */
export function keepLongest<T extends Span>(spans: T[], rank: (span: T) => number): T[] {
  if (spans.length < 2) return spans; // nothing to sort or drop (most comments)
  spans.sort((a, b) => a.start - b.start || b.end - a.end || rank(a) - rank(b));
  const kept: T[] = [];
  for (const span of spans) {
    const last = kept[kept.length - 1];
    if (last && span.start < last.end) {
      if (span.end - span.start > last.end - last.start) kept[kept.length - 1] = span;
      continue;
    }
    kept.push(span);
  }
  return kept;
}

/**
 * One span per [start, end), sorted by start then end; the first of duplicates stays. Sorts `spans`
 * in place; the result is a new array, except that fewer than two spans come back as `spans` itself.
 */
export function uniqueSpans<T extends Span>(spans: T[]): T[] {
  if (spans.length < 2) return spans; // nothing to sort or drop (most comments)
  const seen = new Set<string>();
  return spans
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .filter((f) => {
      const key = `${f.start}:${f.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** One span per [start, end) in the given order (the first stays), then sorted by start. */
export function firstPerSpan<T extends Span>(spans: T[]): T[] {
  const seen = new Set<string>();
  return spans
    .filter((f) => {
      const key = `${f.start}:${f.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start);
}

/** Drops a span that lies inside an earlier kept span of the same group. */
export function dropNested<T extends Span>(spans: T[], group: (span: T) => string): T[] {
  const out: T[] = [];
  for (const m of spans) {
    const inside = out.some((o) => group(o) === group(m) && o.start <= m.start && m.end <= o.end);
    if (!inside) out.push(m);
  }
  return out;
}

/**
 * Each character carries at most one span: spans in `order` claim their characters, and a span
 * touching a claimed character is dropped. Returns the kept spans in text order.
 */
export function claimInOrder<T extends Span>(spans: T[], length: number, order: (a: T, b: T) => number): T[] {
  if (spans.length < 2) return spans;
  const ranked = [...spans].sort(order);
  const taken = new Uint8Array(length);
  const kept: T[] = [];
  for (const span of ranked) if (claim(taken, span)) kept.push(span);
  return kept.sort((a, b) => a.start - b.start);
}

/** `extra` spans that overlap none of `kept` (nor each other), merged into `kept` in text order. */
export function addFree<T extends Span>(kept: T[], extra: T[], length: number): T[] {
  if (extra.length === 0) return kept;
  const taken = new Uint8Array(length);
  for (const span of kept) taken.fill(1, span.start, span.end);
  const free: T[] = [];
  for (const span of extra) if (claim(taken, span)) free.push(span);
  return free.length ? [...kept, ...free].sort((a, b) => a.start - b.start) : kept;
}

/** Marks the span's characters as taken, unless one of them already is. */
function claim(taken: Uint8Array, span: Span): boolean {
  for (let c = span.start; c < span.end; c++) if (taken[c]) return false;
  taken.fill(1, span.start, span.end);
  return true;
}

/** Index of the item whose `edge` is exactly `offset` in items ordered by it, or -1. */
export function searchEdge(items: readonly Span[], offset: number, edge: 'start' | 'end'): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = items[mid]![edge];
    if (at === offset) return mid;
    if (at < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
