/**
 * Per-comment gold on HTML pages (fixtures/html/gold for Dragnet pages, the written fixture pages
 * for the rest): predicted comments are matched one to one, in page order, to the gold comment
 * whose text they start with; then author, date and parent are compared on matched pairs.
 */
import type { Comment } from '../../../src/schema/index.js';

export interface GoldComment {
  author: string | null;
  postedAt: string | null;
  textStart: string;
  parent: number | null;
}

export interface Tally {
  pages: number;
  gold: number;
  predicted: number;
  matched: number;
  author: number;
  parent: number;
  date: number;
}

export const EMPTY_TALLY: Tally = { pages: 0, gold: 0, predicted: 0, matched: 0, author: 0, parent: 0, date: 0 };

/** Whitespace runs as one space, case folded: the gold quotes what a reader sees. */
export const normalize = (value: string) => value.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Names that name nobody compare equal to null (fixtures/ANNOTATING.md): writers differ on whether
 * "Anonymous" or "[deleted]" is an author.
 */
// The same placeholders in the languages of the fixture pages: "Anonym", "Anonim", "Anónimo", "Gast".
const PLACEHOLDER_NAME = /^(?:anonymous|anon|guest|\[deleted\]|\[removed\]|deleted|unknown|a customer|name withheld|anonym|anonim|anonimo|anónimo|anônimo|anonyme|anonimowy|anonymt|nimetön|gast|invité|invitado|ospite)$/u;
export const normalizeAuthor = (value: string | null) => {
  const name = normalize(value ?? '');
  return PLACEHOLDER_NAME.test(name) ? '' : name;
};
/** Edit stamps ("· edited", "(edited)", "Edited 3h ago") are not part of a date. */
export const normalizeDate = (value: string | null) =>
  normalize(value ?? '')
    .replace(/\s*[·•(|,-]?\s*(?:last )?edited\b.*$/, '')
    .trim();

/** How far into a comment a quoted block may push its own first words. */
const QUOTE_REACH = 800;

/**
 * A comment matches a gold comment when its text starts with the gold's first words, or holds them
 * shortly after a quote block at its start (writers quoted either the quote header or the reply).
 */
function matches(comment: Comment, textStart: string): boolean {
  const text = squeeze(comment.text);
  const start = squeeze(textStart);
  if (text.startsWith(start)) return true;
  const at = text.indexOf(start);
  return at > 0 && at <= QUOTE_REACH;
}

/**
 * Case folded with no whitespace at all: a writer copying text from the page may glue the end of
 * one block to the start of the next ("Kestrel said:The") where a browser breaks the line.
 */
export const squeeze = (value: string) => value.replace(/\s+/g, '').toLowerCase();

export function addTally(a: Tally, b: Tally): Tally {
  return {
    pages: a.pages + b.pages,
    gold: a.gold + b.gold,
    predicted: a.predicted + b.predicted,
    matched: a.matched + b.matched,
    author: a.author + b.author,
    parent: a.parent + b.parent,
    date: a.date + b.date,
  };
}

export function scoreComments(gold: GoldComment[], predicted: Comment[]): Tally {
  const goldToPredicted = new Map<number, Comment>();
  const predictedToGold = new Map<string, number>();
  let cursor = 0;
  gold.forEach((comment, goldIndex) => {
    const start = comment.textStart;
    for (let i = cursor; i < predicted.length; i++) {
      if (matches(predicted[i]!, start)) {
        goldToPredicted.set(goldIndex, predicted[i]!);
        predictedToGold.set(predicted[i]!.id, goldIndex);
        cursor = i + 1;
        break;
      }
    }
  });
  const tally: Tally = { pages: 1, gold: gold.length, predicted: predicted.length, matched: goldToPredicted.size, author: 0, parent: 0, date: 0 };
  for (const [goldIndex, comment] of goldToPredicted) {
    const g = gold[goldIndex]!;
    if (normalizeAuthor(comment.author) === normalizeAuthor(g.author)) tally.author++;
    if (normalizeDate(comment.postedAt) === normalizeDate(g.postedAt)) tally.date++;
    const predictedParent = comment.parentId === null ? null : (predictedToGold.get(comment.parentId) ?? -1);
    if (predictedParent === g.parent) tally.parent++;
  }
  return tally;
}

export const precision = (t: Tally) => t.matched / Math.max(1, t.predicted);
export const recall = (t: Tally) => t.matched / Math.max(1, t.gold);
/** 1 when there was nothing to find and nothing was found. */
export function boundaryF1(t: Tally): number {
  if (t.gold === 0 && t.predicted === 0) return 1;
  const p = precision(t);
  const r = recall(t);
  return p + r ? (2 * p * r) / (p + r) : 0;
}
export const authorAccuracy = (t: Tally) => t.author / Math.max(1, t.matched);
export const dateAccuracy = (t: Tally) => t.date / Math.max(1, t.matched);
export const parentAccuracy = (t: Tally) => t.parent / Math.max(1, t.matched);

/** The summary rows both HTML gold tables print, one column per group of pages. */
export function tallyRows(groups: (Tally | null)[]): (string | number)[][] {
  const metric = (name: string, f: (t: Tally) => number | string) => [name, ...groups.map((t) => (t && t.pages ? f(t) : '-'))];
  return [
    metric('pages', (t) => t.pages),
    metric('comments (gold / found / matched)', (t) => `${t.gold} / ${t.predicted} / ${t.matched}`),
    metric('boundary precision', precision),
    metric('boundary recall', recall),
    metric('boundary F1', boundaryF1),
    metric('author accuracy', authorAccuracy),
    metric('date accuracy', dateAccuracy),
    metric('parent accuracy', parentAccuracy),
  ];
}
