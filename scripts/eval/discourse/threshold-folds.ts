/**
 * Per-class decision thresholds weighed on TUNE cases only, in two folds (fixture pages by page-number
 * parity; RumourEval tune replies toward the source by event; check pages and events are never
 * loaded). Each case's votes are cast once; a label the thread step set (not the votes') is kept.
 * Prints macro-F1 per fold for each threshold triple of the grid, best first, beside the shipped one.
 * Usage: npx tsx scripts/eval/discourse/threshold-folds.ts [--top|--reply]
 */
import { tagStance } from '../../../src/tag/stance/index.js';
import { decideParentStance, parentVotes, type ParentVote } from '../../../src/tag/stance/parent.js';
import { findQuestions } from '../../../src/tag/questions/find.js';
import { viewOf } from '../../../src/text/view.js';
import { createAnalyzer } from '../../../src/analyzer/index.js';
import { loadGoldPages } from '../../../tests/gold.js';
import { goldSplit } from './gold-split.js';
import { readSharedJsonl } from '../../lib/table.js';
import { partOf } from '../../lib/parts.js';
import { classScores, macroF1 } from './metrics.js';

const LABELS = ['support', 'deny', 'query', 'comment'];
const only = process.argv.includes('--top') ? 'top' : process.argv.includes('--reply') ? 'reply' : null;
interface Case { fold: string; gold: string; votes: ParentVote[]; fixed: string | null }

const cases: Case[] = [];
const analyzer = createAnalyzer();
for (const { gold: page, input } of loadGoldPages('tune')) {
  const tagged = analyzer.tagPage(goldSplit(page, input));
  const byId = new Map(tagged.comments.map((c, i) => [c.id, i]));
  page.comments.forEach((comment, i) => {
    if (!comment.stance) return;
    if (only && (comment.parent === null) !== (only === 'top')) return;
    const own = tagged.comments[i]!;
    const parentAt = own.parentId ? byId.get(own.parentId) : undefined;
    const parent = parentAt !== undefined ? tagged.comments[parentAt]!.text : tagged.body?.text ?? '';
    const votes = parentVotes(own.text, parent, findQuestions(viewOf(own.text)), { parentIsArticle: parentAt === undefined });
    const label = own.stance.toParent.label;
    cases.push({ fold: `fixtures-${Number.parseInt(page.page, 10) % 2 ? 'odd' : 'even'}`, gold: comment.stance, votes, fixed: decideParentStance(votes).label === label ? null : label });
  });
}
if (!only) {
  for (const row of readSharedJsonl<{ text: string; label: string; isSource: boolean; event: string; parentText: string | null; sourceText: string | null }>('rumoureval2017/train.jsonl')) {
    if (row.isSource || partOf('rumoureval2017', { event: row.event }) !== 'tune') continue;
    const stance = tagStance(row.text, { parent: row.parentText ?? row.sourceText ?? undefined, source: row.sourceText ?? undefined, targets: [] });
    const label = (stance.toSource ?? stance.toParent).label;
    const votes = parentVotes(row.text, row.sourceText ?? row.parentText ?? '', findQuestions(viewOf(row.text)), {});
    cases.push({ fold: `rumour-${row.event}`, gold: row.label, votes, fixed: decideParentStance(votes).label === label ? null : label });
  }
}
const folds = [...new Set(cases.map((c) => c.fold))].sort();
const GRID = [0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.5];
const rows: { key: string; scores: number[] }[] = [];
for (const s of GRID) for (const d of GRID) for (const q of GRID) {
  const thresholds = { support: s, deny: d, query: q };
  const label = (c: Case) => c.fixed ?? decide(c.votes, thresholds);
  const scores = folds.map((fold) => {
    const list = cases.filter((c) => c.fold === fold);
    return macroF1(classScores(LABELS, list.map((c) => c.gold), list.map(label)));
  });
  rows.push({ key: `S${s} D${d} Q${q}`, scores });
}
const shipped = rows.find((r) => r.key === 'S0.9 D0.9 Q0.9')!;
process.stdout.write(`folds: ${folds.join(', ')}\nshipped ${shipped.scores.map((x) => x.toFixed(3)).join(' ')}\n`);
for (const fold of folds.keys()) {
  const best = [...rows].sort((a, b) => b.scores[fold]! - a.scores[fold]!).slice(0, 5);
  process.stdout.write(`best on ${folds[fold]}: ${best.map((r) => `${r.key} [${r.scores.map((x) => x.toFixed(3)).join(' ')}]`).join('; ')}\n`);
}

/** The shipped decision with one threshold per label: the best label must reach its own. */
function decide(votes: ParentVote[], thresholds: Record<'support' | 'deny' | 'query', number>): string {
  const totals = { support: 0, deny: 0, query: 0 };
  for (const v of votes) totals[v.label] += v.weight;
  const ranked = (Object.keys(totals) as (keyof typeof totals)[]).sort((a, b) => totals[b] - totals[a]);
  const best = ranked[0]!;
  if (totals[best] < thresholds[best] || totals[best] - totals[ranked[1]!] <= 0) return 'comment';
  return best;
}
