/**
 * Groups comment rows into threads: rows joined by `parentId` links, and rows about the same
 * `articleText` (one page's comment section). Answer links and batching never cross a thread.
 */
export interface ThreadRow {
  id: string | number;
  parentId?: string | number | null;
  articleText?: string | null;
}

/** Row indices per thread, threads ordered by their first row, rows in input order. */
export function threadsOf(rows: readonly (ThreadRow | null)[]): number[][] {
  const parent = rows.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const byId = new Map<string, number>();
  const byArticle = new Map<string, number>();
  rows.forEach((row, i) => {
    if (!row) return;
    const id = String(row.id);
    if (!byId.has(id)) byId.set(id, i);
    if (row.articleText) {
      const first = byArticle.get(row.articleText);
      if (first === undefined) byArticle.set(row.articleText, i);
      else union(first, i);
    }
  });
  rows.forEach((row, i) => {
    if (!row || row.parentId === undefined || row.parentId === null) return;
    const target = byId.get(String(row.parentId));
    if (target !== undefined) union(i, target);
  });
  const groups = new Map<number, number[]>();
  rows.forEach((row, i) => {
    if (!row) return;
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  });
  return [...groups.values()];
}
