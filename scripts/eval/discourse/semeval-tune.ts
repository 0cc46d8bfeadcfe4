/**
 * Error analysis for SemEval-2016 stance by target name only: TUNE tweets only (check tweets are
 * filtered out before anything is tagged or printed). Prints F_avg per target and for the even and
 * odd halves of tune (a two-fold view of whether a change carries to unseen tweets), and with
 * `--misses [target]` each tune tweet the tagger gets wrong, with its evidence.
 * Usage: npx tsx scripts/eval/discourse/semeval-tune.ts [--misses [target words]]
 */
import { tagStance } from '../../../src/tag/stance/index.js';
import { readSharedJsonl } from '../../lib/table.js';
import { byPart } from '../../lib/parts.js';
import { classScores } from './metrics.js';

interface Row { text: string; target: string; label: string }
const LABELS = ['favor', 'against', 'none'];
const tune = byPart('semeval2016', readSharedJsonl<Row>('semeval2016-stance/dev.jsonl')).tune;
const tagged = tune.map((row) => ({ ...row, got: tagStance(row.text, { targets: [row.target] }).targets[0]! }));
const fAvg = (rows: typeof tagged) => {
  const s = classScores(LABELS, rows.map((r) => r.label), rows.map((r) => r.got.label));
  return ((s[0]!.f1 + s[1]!.f1) / 2).toFixed(3);
};
const even = tagged.filter((_, i) => i % 2 === 0);
const odd = tagged.filter((_, i) => i % 2 === 1);
process.stdout.write(`tune F_avg ${fAvg(tagged)}  even ${fAvg(even)}  odd ${fAvg(odd)}\n`);
for (const target of [...new Set(tune.map((r) => r.target))]) {
  const mine = (rows: typeof tagged) => rows.filter((r) => r.target === target);
  process.stdout.write(`  ${target.padEnd(34)} ${fAvg(mine(tagged))}  even ${fAvg(mine(even))}  odd ${fAvg(mine(odd))}\n`);
}
const at = process.argv.indexOf('--misses');
if (at >= 0) {
  const want = process.argv.slice(at + 1).join(' ').toLowerCase();
  for (const row of tagged) {
    if (row.got.label === row.label || (want && !row.target.toLowerCase().includes(want))) continue;
    const ev = row.got.evidence.map((e) => `${e.rule}:${e.text}`).join(' ');
    process.stdout.write(`[${row.label} -> ${row.got.label}] ${row.target.slice(0, 12)} | ${row.text.replace(/\s+/g, ' ')} | ${ev}\n`);
  }
}
