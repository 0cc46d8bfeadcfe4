/**
 * Precision of each stance-toward-parent rule on TUNE cases only (fixture tune pages and RumourEval
 * tune events; check pages and events are never loaded). For every rule that fired: how often, the
 * gold labels of the comments it fired on, and its precision beside the class prior; a rule below
 * its class prior hurts on unseen text. Rules are read from every vote (`parentVotes`), not from the
 * decided stance's evidence, which keeps only the winning label's votes and none for 'comment': a
 * rule that fired and lost, or stayed below the threshold, counts too. With `--probe REGEX` it lists instead the tune comments the
 * pattern matches, with gold and predicted labels, to count a candidate shape before writing it.
 * With `--score` it prints only the tune macro-F1s (fixture threads, top-level and replies; RumourEval
 * replies toward the source), so a change can be weighed on tune without printing check figures, and
 * the same for two folds (fixture pages by page-number parity, RumourEval by tune event).
 * `--batch 295-302` keeps only the tune fixture pages so numbered (a blind batch, scored before it is read).
 * Usage: npx tsx scripts/eval/discourse/cue-precision.ts [--probe REGEX | --score] [--top|--reply] [--batch FROM-TO]
 */
import { tagStance } from '../../../src/tag/stance/index.js';
import { decideParentStance, parentVotes } from '../../../src/tag/stance/parent.js';
import { findQuestions } from '../../../src/tag/questions/find.js';
import { viewOf } from '../../../src/text/view.js';
import type { Question } from '../../../src/schema/index.js';
import { createAnalyzer } from '../../../src/analyzer/index.js';
import { loadGoldPages } from '../../../tests/gold.js';
import { goldSplit } from './gold-split.js';
import { readSharedJsonl } from '../../lib/table.js';
import { partOf } from '../../lib/parts.js';
import { classScores, macroF1 } from './metrics.js';

interface Case { set: 'fixtures' | 'rumoureval'; position: 'top' | 'reply'; text: string; gold: string; predicted: string; rules: string[]; where: string }

const args = process.argv.slice(2);
const probeAt = args.indexOf('--probe');
const probe = probeAt >= 0 ? new RegExp(args[probeAt + 1]!, 'iu') : null;
const batchAt = args.indexOf('--batch');
const [batchFrom, batchTo] = batchAt >= 0 ? args[batchAt + 1]!.split('-').map(Number) : [0, Infinity];
const inBatch = (page: string) => Number.parseInt(page, 10) >= batchFrom! && Number.parseInt(page, 10) <= (batchTo ?? batchFrom)!;
const only = args.includes('--top') ? 'top' : args.includes('--reply') ? 'reply' : null;

function fixtureCases(): Case[] {
  const analyzer = createAnalyzer();
  const cases: Case[] = [];
  for (const { gold: page, input } of loadGoldPages('tune')) {
    if (!inBatch(page.page)) continue;
    const tagged = analyzer.tagPage(goldSplit(page, input));
    const byId = new Map(tagged.comments.map((c, i) => [c.id, i]));
    page.comments.forEach((comment, i) => {
      if (!comment.stance) return;
      const own = tagged.comments[i]!;
      const stance = own.stance.toParent;
      // The votes as the tagger cast them: a reply against its parent comment, a top-level comment against the body.
      const parentAt = own.parentId ? byId.get(own.parentId) : undefined;
      const parent = parentAt !== undefined ? tagged.comments[parentAt]!.text : tagged.body?.text ?? '';
      const rules = votedRules(own.text, parent, findQuestions(viewOf(own.text)), parentAt === undefined, stance.label);
      cases.push({ set: 'fixtures', position: comment.parent === null ? 'top' : 'reply', text: comment.text, gold: comment.stance, predicted: stance.label, rules, where: page.page });
    });
  }
  return cases;
}

interface Row { text: string; label: string; isSource: boolean; event: string; parentText: string | null; sourceText: string | null }

function rumourCases(): Case[] {
  return readSharedJsonl<Row>('rumoureval2017/train.jsonl')
    .filter((row) => !row.isSource && partOf('rumoureval2017', { event: row.event }) === 'tune')
    .map((row) => {
      const stance = tagStance(row.text, { parent: row.parentText ?? row.sourceText ?? undefined, source: row.sourceText ?? undefined, targets: [] });
      const toSource = stance.toSource ?? stance.toParent;
      const against = row.sourceText ?? row.parentText ?? '';
      const rules = votedRules(row.text, against, findQuestions(viewOf(row.text)), false, toSource.label);
      return { set: 'rumoureval', position: 'reply', text: row.text, gold: row.label, predicted: toSource.label, rules, where: row.event } as Case;
    });
}

/** Votes recast outside the tagger: if they decide otherwise than it did, the tally would lie, so count it. */
let recastMismatches = 0;

function votedRules(text: string, parent: string, questions: Question[], parentIsArticle: boolean, predicted: string): string[] {
  const votes = parentVotes(text, parent, questions, { parentIsArticle });
  if (decideParentStance(votes).label !== predicted) recastMismatches++;
  return [...new Set(votes.map((v) => v.key))];
}

const cases = [...fixtureCases(), ...rumourCases()].filter((c) => !only || c.position === only);
const clip = (s: string) => s.replace(/\s+/g, ' ').slice(0, 220);

const LABELS = ['support', 'deny', 'query', 'comment'];
const score = (list: Case[]) => macroF1(classScores(LABELS, list.map((c) => c.gold), list.map((c) => c.predicted))).toFixed(3);

if (args.includes('--score')) {
  const fixtures = cases.filter((c) => c.set === 'fixtures');
  process.stdout.write(`tune macro-F1: fixtures ${score(fixtures)} (top ${score(fixtures.filter((c) => c.position === 'top'))}, replies ${score(fixtures.filter((c) => c.position === 'reply'))}); RumourEval toSource ${score(cases.filter((c) => c.set === 'rumoureval'))}\n`);
  // Two folds for a rule written from one half: fixture pages by page-number parity, RumourEval by tune event.
  const fold = (parity: number) => fixtures.filter((c) => Number.parseInt(c.where, 10) % 2 === parity);
  const folds = [0, 1].map((parity) => `${parity ? 'odd' : 'even'} pages ${score(fold(parity))} (top ${score(fold(parity).filter((c) => c.position === 'top'))}, replies ${score(fold(parity).filter((c) => c.position === 'reply'))})`);
  const events = [...new Set(cases.filter((c) => c.set === 'rumoureval').map((c) => c.where))].sort();
  process.stdout.write(`  folds: fixtures ${folds.join('; ')}; RumourEval ${events.map((e) => `${e} ${score(cases.filter((c) => c.set === 'rumoureval' && c.where === e))}`).join(', ')}\n`);
} else if (probe) {
  const tally = new Map<string, number>();
  for (const c of cases) {
    if (!probe.test(c.text)) continue;
    const key = `${c.set} ${c.position} gold ${c.gold}`;
    tally.set(key, (tally.get(key) ?? 0) + 1);
    process.stdout.write(`[${c.set} ${c.position} ${c.gold} -> ${c.predicted}] ${clip(c.text)}${c.gold === c.predicted ? "" : ` {${c.rules.join(" ")}}`}\n`);
  }
  for (const [key, n] of [...tally.entries()].sort()) process.stdout.write(`${n}\t${key}\n`);
} else {
  if (recastMismatches > 0) process.stdout.write(`warning: ${recastMismatches} comments decided otherwise when their votes were recast\n`);
  for (const set of ['fixtures', 'rumoureval'] as const) {
    const list = cases.filter((c) => c.set === set);
    const prior = new Map<string, number>();
    for (const c of list) prior.set(c.gold, (prior.get(c.gold) ?? 0) + 1);
    const byRule = new Map<string, Map<string, number>>();
    for (const c of list) for (const rule of c.rules) {
      const golds = byRule.get(rule) ?? new Map<string, number>();
      golds.set(c.gold, (golds.get(c.gold) ?? 0) + 1);
      byRule.set(rule, golds);
    }
    process.stdout.write(`\n${set} tune (${list.length}): prior ${[...prior.entries()].map(([k, n]) => `${k} ${(n / list.length).toFixed(2)}`).join(', ')}\n`);
    process.stdout.write('rule                                 fires  support  deny  query  comment\n');
    for (const [rule, golds] of [...byRule.entries()].sort((a, b) => sum(b[1]) - sum(a[1]))) {
      const cells = LABELS.map((k) => String(golds.get(k) ?? 0).padStart(7));
      process.stdout.write(`${rule.padEnd(36)} ${String(sum(golds)).padStart(5)} ${cells.join('')}\n`);
    }
  }
}

function sum(m: Map<string, number>): number {
  let n = 0;
  for (const v of m.values()) n += v;
  return n;
}
