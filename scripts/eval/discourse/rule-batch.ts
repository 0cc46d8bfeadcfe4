/**
 * How one thread-step rule does on a range of TUNE text fixture pages (a blind batch before it is read):
 * how often it fires, how often its label is the gold, and macro-F1 on those pages with its readings
 * and with them undone (the comment's own 'comment'). Counts only, no text.
 * Usage: npx tsx scripts/eval/discourse/rule-batch.ts RULE [FROM-TO]
 */
import { createAnalyzer } from '../../../src/analyzer/index.js';
import { loadGoldPages } from '../../../tests/gold.js';
import { goldSplit } from './gold-split.js';
import { classScores, macroF1 } from './metrics.js';

const LABELS = ['support', 'deny', 'query', 'comment'];
const [rule = 'answers-statement', range] = process.argv.slice(2);
const [from, to] = range ? range.split('-').map(Number) : [0, Infinity];
const analyzer = createAnalyzer();
const gold: string[] = [];
const withRule: string[] = [];
const without: string[] = [];
const fired: Record<string, number> = {};
for (const { gold: page, input } of loadGoldPages('tune')) {
  const n = Number.parseInt(page.page, 10);
  if (!(n >= from! && n <= to!)) continue;
  const tagged = analyzer.tagPage(goldSplit(page, input));
  page.comments.forEach((comment, i) => {
    if (!comment.stance) return;
    const stance = tagged.comments[i]!.stance.toParent;
    const byRule = stance.evidence.some((e) => e.rule === rule || e.rule === `stance/${rule}`);
    gold.push(comment.stance);
    withRule.push(stance.label);
    without.push(byRule ? 'comment' : stance.label);
    if (byRule) fired[comment.stance] = (fired[comment.stance] ?? 0) + 1;
  });
}
const f = (p: string[]) => macroF1(classScores(LABELS, gold, p)).toFixed(3);
process.stdout.write(`${rule} on tune pages ${range ?? 'all'}: ${gold.length} comments; fires ${Object.values(fired).reduce((a, b) => a + b, 0)} (gold ${JSON.stringify(fired)}); macro-F1 with ${f(withRule)}, without ${f(without)}\n`);
