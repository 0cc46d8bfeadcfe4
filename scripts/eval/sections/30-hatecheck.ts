/**
 * HateCheck (Röttger et al. 2021, CC BY 4.0) per functionality: how often threadlens finds a slur
 * USE (or a dehumanization use), any slur finding at all, and how often obscenity matches, on the
 * same cases. "_h" rows are recall, "_nh" rows false-positive rates.
 */
import { tagToxicity } from '../../../src/tag/toxicity/index.js';
import { printTable } from '../../lib/table.js';
import { loadHateCheck } from '../toxicity/hatecheck.js';
import { obscenityHasMatch } from '../toxicity/obscenity.js';

/** What each functionality is scored on and its floor. */
const SCORED: Record<string, { metric: string; floor: string }> = {
  slur_h: { metric: 'recall: slur use', floor: '>= 0.95' },
  derog_dehum_h: { metric: 'recall: dehumanization use', floor: '>= 0.80' },
  slur_homonym_nh: { metric: 'FP: slur use', floor: '<= 0.05' },
  slur_reclaimed_nh: { metric: 'FP: slur use', floor: '<= 0.05' },
  counter_quote_nh: { metric: 'FP: slur use', floor: '<= 0.05' },
  counter_ref_nh: { metric: 'FP: slur use', floor: '<= 0.05' },
  profanity_nh: { metric: 'FP: slur use', floor: '<= 0.05' },
  ident_neutral_nh: { metric: 'FP: any slur', floor: '= 0' },
  ident_pos_nh: { metric: 'FP: any slur', floor: '= 0' },
};

export async function run(): Promise<void> {
  const cases = loadHateCheck();
  const byFunc = new Map<string, typeof cases>();
  for (const c of cases) byFunc.set(c.functionality, [...(byFunc.get(c.functionality) ?? []), c]);
  const scoredRows: (string | number)[][] = [];
  const allRows: (string | number)[][] = [];
  for (const [func, list] of [...byFunc].sort()) {
    let use = 0;
    let any = 0;
    let dehum = 0;
    let reclaimed = 0;
    let obsc = 0;
    let toxic = 0;
    for (const c of list) {
      const tags = tagToxicity(c.text);
      if (tags.slurs.some((f) => f.use === 'use' && f.category !== 'dehumanization')) use++;
      if (tags.slurs.some((f) => f.use === 'use' && f.category === 'dehumanization')) dehum++;
      if (tags.slurs.length > 0) any++;
      if (tags.slurs.some((f) => f.use === 'reclaimed')) reclaimed++;
      if (tags.slurs.length + tags.insults.length + tags.profanity.length > 0) toxic++;
      if (obscenityHasMatch(c.text)) obsc++;
    }
    const n = list.length;
    const spec = SCORED[func];
    if (spec) {
      const ours =
        func === 'derog_dehum_h' ? dehum / n : spec.metric.includes('any') ? any / n : func === 'slur_h' ? use / n : use / n;
      const better = func.endsWith('_h') ? ours > obsc / n : ours < obsc / n;
      const tie = ours === obsc / n;
      scoredRows.push([func, n, spec.metric, ours, obsc / n, spec.floor, better ? 'yes' : tie ? 'tie' : 'NO']);
    }
    allRows.push([func, n, list[0]!.label, use / n, dehum / n, reclaimed / n, any / n, toxic / n, obsc / n]);
  }
  printTable('HateCheck: scored functionalities (threadlens vs obscenity, same cases)', ['functionality', 'n', 'metric', 'threadlens', 'obscenity', 'floor', 'beats'], scoredRows);
  printTable(
    'HateCheck: share of cases with each finding, every functionality',
    ['functionality', 'n', 'gold', 'slur use', 'dehum use', 'reclaimed', 'any slur', 'any toxic', 'obscenity'],
    allRows,
  );
}
