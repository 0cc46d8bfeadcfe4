/**
 * Groups comment rows into threads: rows joined by `parentId` links, and rows about the same
 * `articleText` (one page's comment section). Answer links and batching never cross a thread.
 *
 * Ids may repeat (many exports number comments per article), so a `parentId` names the nearest
 * earlier row with that id, or, when none comes before, the first one after. A row naming itself
 * as its parent has none. Rows can be added one at a time, so a file can be indexed as it streams.
 */
export interface ThreadRow {
  id: string | number;
  parentId?: string | number | null;
  /** Rows sharing it are one comment section; any string that tells articles apart will do (a hash). */
  articleText?: string | null;
}

/** What was odd about the links, with the first row (index) of each kind. */
export interface LinkReport {
  duplicateIds: number;
  firstDuplicate: number;
  selfParents: number;
  firstSelfParent: number;
  missingParents: number;
  firstMissingParent: number;
}

export class ThreadIndex {
  private readonly root: number[] = [];
  /** Parent row index per row, -1 for none (top-level, missing or self). */
  readonly parentOf: number[] = [];
  private readonly present: boolean[] = [];
  private readonly latestById = new Map<string, number>();
  private readonly firstById = new Map<string, number>();
  private readonly firstByArticle = new Map<string, number>();
  private pending: { row: number; parentId: string }[] = [];
  readonly report: LinkReport = { duplicateIds: 0, firstDuplicate: -1, selfParents: 0, firstSelfParent: -1, missingParents: 0, firstMissingParent: -1 };

  /** Adds the next row (null for a row that could not be read: it belongs to no thread). */
  add(row: ThreadRow | null): void {
    const i = this.root.length;
    this.root.push(i);
    this.parentOf.push(-1);
    this.present.push(row !== null);
    if (!row) return;
    const id = String(row.id);
    if (row.parentId !== undefined && row.parentId !== null) {
      const parentId = String(row.parentId);
      const earlier = this.latestById.get(parentId);
      if (parentId === id) this.note('selfParents', 'firstSelfParent', i);
      else if (earlier !== undefined) this.link(i, earlier);
      else this.pending.push({ row: i, parentId });
    }
    if (this.firstById.has(id)) this.note('duplicateIds', 'firstDuplicate', i);
    else this.firstById.set(id, i);
    this.latestById.set(id, i);
    if (row.articleText) {
      const first = this.firstByArticle.get(row.articleText);
      if (first === undefined) this.firstByArticle.set(row.articleText, i);
      else this.union(first, i);
    }
  }

  /** Links replies to parents that came later; returns row indices per thread, threads by first row. */
  finish(): number[][] {
    for (const { row, parentId } of this.pending) {
      const later = this.firstById.get(parentId);
      if (later === undefined) this.note('missingParents', 'firstMissingParent', row);
      else this.link(row, later);
    }
    this.pending = [];
    const groups = new Map<number, number[]>();
    for (let i = 0; i < this.root.length; i++) {
      if (!this.present[i]) continue;
      const root = this.find(i);
      const group = groups.get(root);
      if (group) group.push(i);
      else groups.set(root, [i]);
    }
    return [...groups.values()];
  }

  private link(row: number, parent: number): void {
    this.parentOf[row] = parent;
    this.union(row, parent);
  }

  private note(count: 'duplicateIds' | 'selfParents' | 'missingParents', first: 'firstDuplicate' | 'firstSelfParent' | 'firstMissingParent', row: number): void {
    this.report[count]++;
    if (this.report[first] < 0) this.report[first] = row;
  }

  private find(i: number): number {
    const root = this.root;
    while (root[i] !== i) {
      root[i] = root[root[i]!]!;
      i = root[i]!;
    }
    return i;
  }

  private union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.root[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Row indices per thread, threads ordered by their first row, rows in input order. */
export function threadsOf(rows: readonly (ThreadRow | null)[]): number[][] {
  return indexThreads(rows).threads;
}

export function indexThreads(rows: readonly (ThreadRow | null)[]): { threads: number[][]; parentOf: number[]; report: LinkReport } {
  const index = new ThreadIndex();
  for (const row of rows) index.add(row);
  const threads = index.finish();
  return { threads, parentOf: index.parentOf, report: index.report };
}
