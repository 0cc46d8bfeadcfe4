/**
 * Error analysis for stance toward the parent on the fixture threads: TUNE pages only (check pages are
 * never loaded here). Prints a confusion by class and by position (top-level vs reply), then each tune
 * comment whose gold label the tagger misses, with the start of its parent, so misses can be grouped
 * by shape. By default only gold support/deny misses are listed; `--all` lists every miss (false
 * support/deny/query on gold comments too). `--batch FROM-TO` keeps only the pages so numbered, and
 * `--except FROM-TO` leaves them out (a blind batch not yet read).
 * Usage: npx tsx scripts/eval/discourse/tune-misses.ts [support|deny|query|comment] [--all] [--batch FROM-TO | --except FROM-TO] [--confusion]
 */
import { createAnalyzer } from '../../../src/analyzer/index.js';
import { loadGoldPages } from '../../../tests/gold.js';
import { goldSplit } from './gold-split.js';
import { classScores, macroF1 } from './metrics.js';

const args = process.argv.slice(2);
const range = (flag: string): [number, number] | null => {
  const at = args.indexOf(flag);
  if (at < 0) return null;
  const [from, to] = args[at + 1]!.split('-').map(Number);
  return [from!, to ?? from!];
};
const batch = range('--batch');
const except = range('--except');
const within = (page: string, [from, to]: [number, number]) => Number.parseInt(page, 10) >= from && Number.parseInt(page, 10) <= to;
const keep = (page: string) => (!batch || within(page, batch)) && (!except || !within(page, except));
const wanted = args.find((a) => ['support', 'deny', 'query', 'comment'].includes(a));
const all = args.includes('--all');
const confusionOnly = args.includes('--confusion');

const LABELS = ['support', 'deny', 'query', 'comment'];
const confusion = { top: new Map<string, number>(), reply: new Map<string, number>() };
const scored: { gold: string; predicted: string; top: boolean }[] = [];
const analyzer = createAnalyzer();
const lines: string[] = [];
for (const { gold: page, input } of loadGoldPages('tune')) {
  if (!keep(page.page)) continue;
  const tagged = analyzer.tagPage(goldSplit(page, input));
  page.comments.forEach((comment, i) => {
    if (!comment.stance) return;
    const got = tagged.comments[i]!.stance.toParent;
    const position = comment.parent === null ? 'top' : 'reply';
    const key = `${comment.stance}>${got.label}`;
    confusion[position].set(key, (confusion[position].get(key) ?? 0) + 1);
    scored.push({ gold: comment.stance, predicted: got.label, top: position === 'top' });
    if (got.label === comment.stance) return;
    if (!all && (comment.stance === 'comment' || comment.stance === 'query')) return;
    if (wanted && comment.stance !== wanted) return;
    const parent = comment.parent === null ? (page.body?.first ?? '(article)') : page.comments[comment.parent]!.text;
    const clip = (s: string, n: number) => s.replace(/\s+/g, ' ').slice(0, n);
    const rules = got.evidence.map((e) => `${e.rule}:"${clip(e.text, 30)}"`).join(' ');
    lines.push(`[${comment.stance} -> ${got.label}] ${position.toUpperCase()} ${page.page} ${rules}\n  P: ${clip(parent, 160)}\n  C: ${clip(comment.text, 260)}\n`);
  });
}
for (const position of ['top', 'reply'] as const) {
  process.stdout.write(`${position} (rows gold, columns predicted)\n${''.padEnd(9)}${LABELS.map((l) => l.padStart(9)).join('')}\n`);
  for (const g of LABELS) process.stdout.write(`${g.padEnd(9)}${LABELS.map((p) => String(confusion[position].get(`${g}>${p}`) ?? 0).padStart(9)).join('')}\n`);
}
const macro = (list: typeof scored) => macroF1(classScores(LABELS, list.map((r) => r.gold), list.map((r) => r.predicted))).toFixed(3);
process.stdout.write(`${scored.length} comments: macro-F1 ${macro(scored)} (top ${macro(scored.filter((r) => r.top))}, replies ${macro(scored.filter((r) => !r.top))})\n`);
if (!confusionOnly) process.stdout.write(lines.join(''));
