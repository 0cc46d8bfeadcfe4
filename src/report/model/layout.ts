/**
 * Lays findings over a text as properly nested marks. Spans that cross (one starts inside another
 * and ends after it) cannot nest, so the later one is cut into parts at the other's edges; every
 * part carries the finding's id, and a finding's parts read back its exact text in order.
 */

export interface Span {
  id: string;
  start: number;
  end: number;
}

export interface MarkNode {
  id: string;
  start: number;
  end: number;
  /** 0 for the first piece of a finding, 1, 2, … for the pieces a crossing span cut it into. */
  part: number;
  children: MarkNode[];
  /** How many marks are stacked inside this one, itself included: outer marks draw lower. */
  height: number;
}

export type Piece = { text: [number, number] } | { mark: MarkNode; pieces: Piece[] };

/** Marks stacked deeper than this are listed, not drawn: hostile data must not blow the stack. */
export const MAX_STACK = 32;

export interface Layout {
  marks: MarkNode[];
  /** Ids of spans that could not be drawn: empty, out of range, or stacked too deep. */
  unplaced: string[];
}

/** Nested marks for spans of [0, length). */
export function layoutMarks(spans: readonly Span[], length: number): Layout {
  const unplaced = new Set<string>();
  const drawable = spans.filter((span) => {
    const ok = span.start >= 0 && span.end <= length && span.end > span.start;
    if (!ok) unplaced.add(span.id);
    return ok;
  });
  const ordered = drawable
    .map((span, order) => ({ span, order }))
    // Outer spans first at one start, so inner ones find them; ties keep the caller's order.
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end || a.order - b.order);
  const roots: MarkNode[] = [];
  const parts = new Map<string, number>();
  for (const { span } of ordered) {
    if (!fits(roots, span.start, span.end, 0)) unplaced.add(span.id);
    else insert(roots, span.id, span.start, span.end, parts);
  }
  roots.forEach(measure);
  return { marks: roots, unplaced: [...unplaced] };
}

/** Text runs and marks in reading order, for a renderer to walk. */
export function pieces(nodes: readonly MarkNode[], start: number, end: number): Piece[] {
  const out: Piece[] = [];
  let at = start;
  for (const node of nodes) {
    if (node.start > at) out.push({ text: [at, node.start] });
    out.push({ mark: node, pieces: pieces(node.children, node.start, node.end) });
    at = node.end;
  }
  if (end > at) out.push({ text: [at, end] });
  return out;
}

function insert(level: MarkNode[], id: string, start: number, end: number, parts: Map<string, number>): void {
  if (end <= start) return;
  // Siblings are sorted and disjoint: the one that could hold `start` is the last starting at or before it.
  const before = lastStartingBy(level, start);
  const host = before >= 0 && start < level[before]!.end ? level[before] : undefined;
  if (host) {
    // Inside a mark: nest there, and carry any overhang on at this level.
    insert(host.children, id, start, Math.min(end, host.end), parts);
    if (end > host.end) insert(level, id, host.end, end, parts);
    return;
  }
  // Starts in a gap: take in the marks it covers whole, stop where it would cut one.
  const position = before + 1;
  let last = position;
  while (last < level.length && level[last]!.end <= end) last++;
  const cut = last < level.length && level[last]!.start < end ? level[last]!.start : end;
  const children = level.splice(position, last - position);
  level.splice(position, 0, { id, start, end: cut, part: nextPart(parts, id), children, height: 0 });
  if (cut < end) insert(level, id, cut, end, parts);
}

/** Whether every piece of [start, end) would sit less than MAX_STACK marks deep (a guard, not a layout rule). */
function fits(level: readonly MarkNode[], start: number, end: number, depth: number): boolean {
  if (depth >= MAX_STACK) return false;
  for (let at = start; at < end; ) {
    const index = lastStartingBy(level, at);
    const host = index >= 0 && at < level[index]!.end ? level[index]! : undefined;
    if (!host) {
      const next = level[index + 1];
      at = next && next.start < end ? next.start : end;
      continue;
    }
    if (!fits(host.children, at, Math.min(end, host.end), depth + 1)) return false;
    at = host.end;
  }
  return true;
}

function lastStartingBy(level: readonly MarkNode[], at: number): number {
  let low = 0;
  let high = level.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (level[middle]!.start <= at) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

function nextPart(parts: Map<string, number>, id: string): number {
  const part = parts.get(id) ?? 0;
  parts.set(id, part + 1);
  return part;
}

function measure(node: MarkNode): number {
  node.height = 1 + Math.max(0, ...node.children.map(measure));
  return node.height;
}
