/**
 * A thread read from a tune fixture's gold: the title, the article paragraphs and the comments with
 * their author, date and parent. Synthetic seed pages re-render these in other page styles, so the
 * fuzzer starts from realistic content in layouts the fixtures do not have.
 */
import { loadGoldPages } from '../../../tests/gold.js';

export interface ThreadComment {
  author: string | null;
  postedAt: string | null;
  text: string;
  parent: number | null;
}

export interface Thread {
  name: string;
  title: string;
  paragraphs: string[];
  comments: ThreadComment[];
}

/** Tune gold pages only: fixtures/check is never read by the fuzzer. */
export function loadThreads(): Thread[] {
  return loadGoldPages('tune').map(({ gold, input }) => ({
    name: gold.page.replace(/\.txt$/, ''),
    title: gold.title ?? 'Untitled',
    paragraphs: articleParagraphs(input, gold.body),
    comments: gold.comments.map(({ author, postedAt, text, parent }) => ({ author, postedAt, text, parent })),
  }));
}

function articleParagraphs(input: string, body: { first: string; last: string } | null): string[] {
  if (!body) return [];
  const start = input.indexOf(body.first);
  const lastAt = input.indexOf(body.last, Math.max(0, start));
  if (start < 0 || lastAt < 0) return [body.first];
  return input
    .slice(start, lastAt + body.last.length)
    .split(/\n\s*\n|\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Depth of every comment from its parent chain (parents come earlier in page order). */
export function depths(comments: readonly ThreadComment[]): number[] {
  const out: number[] = [];
  comments.forEach((comment, i) => {
    const parent = comment.parent;
    out[i] = parent !== null && parent < i ? out[parent]! + 1 : 0;
  });
  return out;
}

/** Children of each comment, and the top-level comments, in page order. */
export function tree(comments: readonly ThreadComment[]): { roots: number[]; children: number[][] } {
  const children: number[][] = comments.map(() => []);
  const roots: number[] = [];
  comments.forEach((comment, i) => {
    if (comment.parent !== null && comment.parent < i) children[comment.parent]!.push(i);
    else roots.push(i);
  });
  return { roots, children };
}
