/**
 * Scores a split page against its hand-made gold. Shared by `npm run eval` (which prints the
 * figures) and the fixture tests (which hold the floors).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Comment, PageAnalysis } from '../src/schema/index.js';
import { normalizeAuthor } from '../scripts/eval/html-gold/score.js';
import { FIXTURES, GoldPage, locateComments } from './gold.js';

/** Where each part's plain-text fixture pages live (fixtures/ANNOTATING.md). */
const FIXTURE_DIRS = {
  tune: { gold: join(FIXTURES, 'gold'), pages: join(FIXTURES, 'pages') },
  check: { gold: join(FIXTURES, 'check/text/gold'), pages: join(FIXTURES, 'check/text/pages') },
} as const;

export interface FixturePage {
  gold: GoldPage;
  input: string;
}

/**
 * Every plain-text fixture of one part. A gold file that does not parse or whose page is missing
 * is counted, never thrown or printed: for check pages even an error message would show a case.
 */
export function loadTextFixtures(part: 'tune' | 'check'): { pages: FixturePage[]; unreadable: number } {
  const dirs = FIXTURE_DIRS[part];
  if (!existsSync(dirs.gold)) return { pages: [], unreadable: 0 };
  const pages: FixturePage[] = [];
  let unreadable = 0;
  for (const name of readdirSync(dirs.gold).filter((n) => n.endsWith('.json')).sort()) {
    try {
      const gold = GoldPage.parse(JSON.parse(readFileSync(join(dirs.gold, name), 'utf8')));
      const input = readFileSync(join(dirs.pages, gold.page), 'utf8');
      locateComments(input, gold.comments);
      pages.push({ gold, input });
    } catch {
      unreadable++;
    }
  }
  return { pages, unreadable };
}

export interface PageScore {
  page: string;
  titleRight: boolean;
  bodyRight: boolean;
  goldComments: number;
  predictedComments: number;
  matchedComments: number;
  authorsRight: number;
  parentsRight: number;
  /** Gold boilerplate texts that ended up inside the body or a comment. */
  leakedBoilerplate: string[];
  /** Gold comments whose start lies inside the predicted body span. */
  commentsInBody: number;
}

export function scorePage(gold: GoldPage, input: string, result: PageAnalysis): PageScore {
  const goldSpans = locateComments(input, gold.comments);
  const predictedByStart = new Map(result.comments.map((comment) => [`${comment.start}:${comment.end}`, comment]));
  const predictedByEnd = new Map(result.comments.map((comment) => [comment.end, comment]));
  const matchOf = goldSpans.map((span) => predictedByStart.get(`${span.start}:${span.end}`) ?? quotedReplyMatch(input, span, predictedByEnd.get(span.end)));
  let authorsRight = 0;
  let parentsRight = 0;
  gold.comments.forEach((goldComment, i) => {
    const predicted = matchOf[i];
    if (!predicted) return;
    // The conventions both halves share (fixtures/ANNOTATING.md): case and spacing aside, and a
    // placeholder ("Guest", "Anonymous") equal to null.
    if (normalizeAuthor(predicted.author) === normalizeAuthor(goldComment.author)) authorsRight++;
    const goldParent = goldComment.parent === null ? null : matchOf[goldComment.parent]?.id ?? 'unmatched';
    if (predicted.parentId === goldParent) parentsRight++;
  });
  const body = result.body;
  const commentsInBody = body ? goldSpans.filter((span) => span.start >= body.start && span.start < body.end).length : 0;
  return {
    page: gold.page,
    titleRight: (result.title?.text ?? null) === gold.title,
    bodyRight: isBodyRight(gold, result) && commentsInBody === 0,
    goldComments: gold.comments.length,
    predictedComments: result.comments.length,
    matchedComments: matchOf.filter(Boolean).length,
    authorsRight,
    parentsRight,
    leakedBoilerplate: leakedBoilerplate(gold, result),
    commentsInBody,
  };
}

/**
 * Quoted replies (fixtures/ANNOTATING.md): a reply that opens with a quote of another post matches
 * whether or not its text holds the quote ("X said:" / the quoted words / "Click to expand..."),
 * the two habits the gold of different writers shows. The spans end together and the part one
 * holds and the other does not opens with a quote's intro line.
 */
export function quotedReplyMatch(input: string, span: { start: number; end: number }, predicted: Comment | undefined): Comment | null {
  if (!predicted || predicted.start === span.start) return null;
  const from = Math.min(predicted.start, span.start);
  const to = Math.max(predicted.start, span.start);
  return to - from <= MAX_QUOTE && QUOTE_INTRO.test(input.slice(from, to)) ? predicted : null;
}

/**
 * The first line of a quote block: "Quote:", "Originally Posted by X", "X wrote:", "X said: ↑",
 * "X wrote: ↑Fri Feb 16, 2024 6:48 pm", "X said" alone on its line. The verb ends the line or takes
 * its colon: "My doctor said the same thing" opens a comment of its own.
 */
const QUOTE_INTRO = /^(?:quote:?[ \t]*\n\s*)?(?:originally posted by\b|quote from\b|[^\n]{1,60}?\s(?:wrote|said)(?:\.{3}|…)?(?:[ \t]*:[^\n]{0,40}|[ \t]*[»›↑⬆]?[ \t]*)\n)/iu;
/** The longest quote block passed over. */
const MAX_QUOTE = 1500;

function isBodyRight(gold: GoldPage, result: PageAnalysis): boolean {
  if (gold.body === null) return result.body === null;
  const paragraphs = result.body?.paragraphs ?? [];
  return paragraphs[0]?.text === gold.body.first && paragraphs[paragraphs.length - 1]?.text === gold.body.last;
}

/** Boilerplate must never be inside a body paragraph or a comment paragraph. */
function leakedBoilerplate(gold: GoldPage, result: PageAnalysis): string[] {
  const containers = [...(result.body?.paragraphs ?? []), ...result.comments.flatMap((comment) => comment.paragraphs)];
  return gold.boilerplate
    .map((item) => item.text)
    .filter((text) => containers.some((segment) => segment.text === text || (text.length > 25 && segment.text.includes(text))));
}

export interface Totals {
  pages: number;
  goldComments: number;
  predictedComments: number;
  matchedComments: number;
  titleAccuracy: number;
  bodyAccuracy: number;
  precision: number;
  recall: number;
  f1: number;
  authorAccuracy: number;
  parentAccuracy: number;
  /** Gold boilerplate texts found inside the body or a comment, over all pages. */
  leakedBoilerplate: number;
  /** Pages whose gold has no comments. */
  pagesWithoutComments: number;
  /** Of those, pages where comments were returned. */
  falseAlarmPages: number;
}

export function totals(scores: PageScore[]): Totals {
  const sum = (pick: (score: PageScore) => number) => scores.reduce((total, score) => total + pick(score), 0);
  const matched = sum((s) => s.matchedComments);
  const precision = ratio(matched, sum((s) => s.predictedComments));
  const recall = ratio(matched, sum((s) => s.goldComments));
  const withoutComments = scores.filter((s) => s.goldComments === 0);
  return {
    pages: scores.length,
    goldComments: sum((s) => s.goldComments),
    predictedComments: sum((s) => s.predictedComments),
    matchedComments: matched,
    titleAccuracy: ratio(sum((s) => Number(s.titleRight)), scores.length),
    bodyAccuracy: ratio(sum((s) => Number(s.bodyRight)), scores.length),
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    authorAccuracy: ratio(sum((s) => s.authorsRight), matched),
    parentAccuracy: ratio(sum((s) => s.parentsRight), matched),
    leakedBoilerplate: sum((s) => s.leakedBoilerplate.length),
    pagesWithoutComments: withoutComments.length,
    falseAlarmPages: withoutComments.filter((s) => s.predictedComments > 0).length,
  };
}

/** Empty denominators score 1: nothing to find and nothing found is right. */
function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : numerator / denominator;
}
