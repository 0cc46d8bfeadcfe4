/**
 * Questions on the hand-annotated fixture pages and on RumourEval replies, scored against their
 * gold, with the kind features of every question found: the questions eval prints the scores, and
 * the kind model's fitting script (scripts/fit/question-kinds.ts) learns from the features.
 */
import { findQuestionsWithFeatures, linkAnswers } from '../../src/tag/questions/index.js';
import { namespaceRules } from '../../src/tag/rules.js';
import { viewOf } from '../../src/text/view.js';
import type { Question } from '../../src/schema/index.js';
import { loadGoldPages } from '../../tests/gold.js';
import { partOf, type Part } from './parts.js';
import { readSharedJsonl } from './table.js';
import { f1 } from '../eval/discourse/metrics.js';

export type GoldKind = 'factual' | 'rhetorical' | 'opinion' | 'none';

/**
 * One question of the gold or of the tagger: its gold kind (`none`: a false question), the
 * features its kind was decided from (`null` when not found, or a follow-up that took the kind of
 * the question before it), and the page or thread it came from (the unit of held-out folds).
 */
export interface KindRow {
  group: string;
  /** The question sentence (the gold one when it was not found). */
  text: string;
  gold: GoldKind;
  detected: boolean;
  features: string[] | null;
}

export interface PageCounts {
  page: string;
  gold: number;
  predicted: number;
  matched: number;
  kindRight: number;
  linksRight: number;
  linksTotal: number;
}

export interface PartResult {
  counts: PageCounts[];
  goldKinds: string[];
  predKinds: string[];
  misses: string[];
  rows: KindRow[];
}

/** Every gold question of one part's pages against the tagger, with answer links over the gold thread. */
export function scoreFixtureQuestions(part: Part): PartResult {
  // A page whose comments carry no `questions` field was not annotated for questions (ANNOTATING.md:
  // the field is optional); scoring it would count every question found there as false.
  const pages = loadGoldPages(part).filter(({ gold }) => annotatesQuestions(gold.comments));
  const result: PartResult = { counts: [], goldKinds: [], predKinds: [], misses: [], rows: [] };
  for (const { gold } of pages) {
    const c: PageCounts = { page: gold.page.slice(0, 20), gold: 0, predicted: 0, matched: 0, kindRight: 0, linksRight: 0, linksTotal: 0 };
    const found = gold.comments.map((comment) => findQuestionsWithFeatures(viewOf(comment.text)));
    const thread = gold.comments.map((comment, i) => ({
      id: `c${i}`,
      text: comment.text,
      parentId: comment.parent === null ? null : `c${comment.parent}`,
      questions: namespaceRules('questions', found[i]!.map((f) => f.question)) as Question[],
    }));
    linkAnswers(thread);
    gold.comments.forEach((comment, i) => {
      const predicted = thread[i]!.questions;
      const goldQs = (comment.questions ?? []).map((q) => {
        const start = comment.text.indexOf(q.text);
        return { ...q, start, end: start + q.text.length };
      });
      c.gold += goldQs.length;
      c.predicted += predicted.length;
      const goldOf: (GoldKind | undefined)[] = predicted.map(() => undefined);
      const note = (line: string) => result.misses.push(line);
      for (const g of goldQs) {
        const k = predicted.findIndex((p, j) => goldOf[j] === undefined && overlaps(g, p));
        const expectedLinks = g.answeredBy.map((n) => `c${n}`).sort().join(',');
        c.linksTotal++;
        result.goldKinds.push(g.kind);
        if (k < 0) {
          result.predKinds.push('none');
          result.rows.push({ group: gold.page, text: g.text, gold: g.kind, detected: false, features: null });
          note(`miss ${gold.page.slice(0, 3)}#${i} [${g.kind}] ${g.text.slice(0, 70)}`);
          if (expectedLinks === '') c.linksRight++;
          continue;
        }
        goldOf[k] = g.kind;
        const p = predicted[k]!;
        c.matched++;
        result.predKinds.push(p.kind);
        if (p.kind === g.kind) c.kindRight++;
        else note(`kind ${gold.page.slice(0, 3)}#${i} gold ${g.kind} got ${p.kind} (${p.rule}) ${g.text.slice(0, 60)}`);
        const got = [...p.answeredBy].sort().join(',');
        if (got === expectedLinks) c.linksRight++;
        else note(`link ${gold.page.slice(0, 3)}#${i} gold [${expectedLinks}] got [${got}] ${g.text.slice(0, 50)}`);
      }
      predicted.forEach((p, j) => {
        if (goldOf[j] !== undefined) return;
        result.goldKinds.push('none');
        result.predKinds.push(p.kind);
        note(`false ${gold.page.slice(0, 3)}#${i} [${p.kind}] ${p.text.slice(0, 70)}`);
      });
      // Rows in the comment's question order, so a follow-up comes right after the question it continues.
      found[i]!.forEach((f, j) => result.rows.push({ group: gold.page, text: f.question.text, gold: goldOf[j] ?? 'none', detected: true, features: f.features }));
    });
    result.counts.push(c);
  }
  return result;
}

/** Some comment of the page carries a `questions` field, even an empty one. */
function annotatesQuestions(comments: readonly { questions?: unknown }[]): boolean {
  return comments.some((comment) => comment.questions !== undefined);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return shared > 0 && shared >= 0.5 * Math.min(a.end - a.start, b.end - b.start);
}

/** Detection, kind and link figures of one part. */
export function fixtureSummary({ counts, goldKinds, predKinds }: Pick<PartResult, 'counts' | 'goldKinds' | 'predKinds'>): [string, number][] {
  const sum = (key: keyof PageCounts) => counts.reduce((n, c) => n + (c[key] as number), 0);
  const precision = sum('matched') / Math.max(1, sum('predicted'));
  const recall = sum('matched') / Math.max(1, sum('gold'));
  return [
    ['gold questions', sum('gold')],
    ['detection precision', precision],
    ['detection recall', recall],
    ['detection F1', f1(precision, recall)],
    ...kindFigures(goldKinds, predKinds),
    ['answer links right (all gold questions)', sum('linksRight') / Math.max(1, sum('linksTotal'))],
  ];
}

/** Kind accuracy over matched questions, and factual precision, recall and F1 over all of them. */
export function kindFigures(goldKinds: readonly string[], predKinds: readonly string[]): [string, number][] {
  const matched = goldKinds.filter((g, i) => g !== 'none' && predKinds[i] !== 'none').length;
  const kindRight = goldKinds.filter((g, i) => g !== 'none' && predKinds[i] === g).length;
  // Factual F1: a hit is a detected question called factual whose gold kind is factual.
  const factTp = goldKinds.filter((g, i) => g === 'factual' && predKinds[i] === 'factual').length;
  const factP = factTp / Math.max(1, predKinds.filter((p) => p === 'factual').length);
  const factR = factTp / Math.max(1, goldKinds.filter((g) => g === 'factual').length);
  return [
    ['kind accuracy (matched questions)', kindRight / Math.max(1, matched)],
    ['factual precision', factP],
    ['factual recall', factR],
    ['factual F1', f1(factP, factR)],
  ];
}

interface ReplyRow {
  text: string;
  label: string;
  event: string;
  isSource: boolean;
  sourceText: string;
}

/**
 * RumourEval replies (not sources) that hold a question, by part (whole events), as kind rows: a
 * query reply should read as asking (factual), a support or deny reply as making a point
 * (rhetorical). One reply is one unit: `reply` numbers them, and the thread is the fold group.
 */
export function rumourEvalRows(part: Part): (KindRow & { reply: number; label: string })[] {
  const rows: (KindRow & { reply: number; label: string })[] = [];
  replies().forEach((row, reply) => {
    if (row.isSource || partOf('rumoureval2017', row) !== part || row.label === 'comment') return;
    for (const { question, features } of findQuestionsWithFeatures(viewOf(row.text))) {
      const gold = row.label === 'query' ? 'factual' : 'rhetorical';
      rows.push({ group: row.sourceText, text: question.text, gold, detected: true, features, reply, label: row.label });
    }
  });
  return rows;
}

let cachedReplies: ReplyRow[] | undefined;
function replies(): ReplyRow[] {
  cachedReplies ??= readSharedJsonl<ReplyRow>('rumoureval2017/train.jsonl');
  return cachedReplies;
}

/**
 * The RumourEval proxy from the kinds given to each row: a reply reads as asking when any of its
 * questions is factual, otherwise as making a point.
 */
export function rumourEvalProxy(rows: readonly { reply: number; label: string }[], kinds: readonly string[]) {
  const asks = new Map<number, { label: string; asks: boolean }>();
  rows.forEach((row, i) => {
    const seen = asks.get(row.reply) ?? { label: row.label, asks: false };
    seen.asks ||= kinds[i] === 'factual';
    asks.set(row.reply, seen);
  });
  let queries = 0;
  let queriesFactual = 0;
  let points = 0;
  let pointsRead = 0;
  for (const { label, asks: asked } of asks.values()) {
    if (label === 'query') {
      queries++;
      if (asked) queriesFactual++;
    } else {
      points++;
      if (!asked) pointsRead++;
    }
  }
  return { queries, queriesFactual, points, pointsRead, accuracy: (queriesFactual + pointsRead) / Math.max(1, queries + points) };
}
