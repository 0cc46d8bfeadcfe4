import { tagCounts } from './formats/tag-columns.js';

/** Counts one task contributes to the final summary; plain data so it crosses the worker boundary. */
export interface Stats {
  pages: number;
  comments: number;
  errors: Record<string, number>;
  tags: Record<string, number>;
}

export function emptyStats(): Stats {
  return { pages: 0, comments: 0, errors: {}, tags: {} };
}

export function addStats(into: Stats, from: Stats): void {
  into.pages += from.pages;
  into.comments += from.comments;
  for (const [code, n] of Object.entries(from.errors)) into.errors[code] = (into.errors[code] ?? 0) + n;
  for (const [kind, n] of Object.entries(from.tags)) into.tags[kind] = (into.tags[kind] ?? 0) + n;
}

export function countError(stats: Stats, code: string): void {
  stats.errors[code] = (stats.errors[code] ?? 0) + 1;
}

export function errorTotal(stats: Stats): number {
  return Object.values(stats.errors).reduce((sum, n) => sum + n, 0);
}

/** Tags by kind, as the summary reports them; each tagger names its own counts (src/tag/registry.ts). */
export function countTags(stats: Stats, comment: object): void {
  for (const [kind, n] of tagCounts(comment as Record<string, unknown>)) stats.tags[kind] = (stats.tags[kind] ?? 0) + n;
}
