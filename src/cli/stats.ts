import type { CommentTags } from '../schema/index.js';

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

/** Tags by kind, as the summary reports them. */
export function countTags(stats: Stats, comment: Partial<CommentTags>): void {
  const add = (kind: string, n: number) => {
    if (n > 0) stats.tags[kind] = (stats.tags[kind] ?? 0) + n;
  };
  add('slurs', comment.slurs?.length ?? 0);
  add('insults', comment.insults?.length ?? 0);
  add('profanity', comment.profanity?.length ?? 0);
  add('identity attacks', comment.identityAttacks?.length ?? 0);
  add('threats', comment.threats?.length ?? 0);
  add('questions', comment.questions?.length ?? 0);
  add('conspiracy markers', comment.conspiracy?.markers.length ?? 0);
  add('conspiracy comments', comment.conspiracy?.label === 'conspiracy' ? 1 : 0);
  const stance = comment.stance?.toParent.label;
  if (stance && stance !== 'comment') add(`stance ${stance}`, 1);
}
