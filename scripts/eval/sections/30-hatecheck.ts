/**
 * HateCheck (Röttger et al. 2021, CC BY 4.0) per functionality: how often threadlens finds a slur
 * USE (or a dehumanization use), any slur finding at all, and how often obscenity matches, on the
 * same cases. "_h" rows are recall, "_nh" rows false-positive rates. Whole templates are tune or
 * check (`splits.mjs`); the check column is the one a floor is read from.
 */
import { tagToxicity } from '../../../src/tag/toxicity/index.js';
import { byPart, perPart } from '../../lib/parts.js';
import { printTable } from '../../lib/table.js';
import { loadHateCheck, type HateCheckCase } from '../toxicity/hatecheck.js';
import { obscenityHasMatch } from '../toxicity/obscenity.js';

/** What each functionality is scored on and its floor. */
const SCORED: Record<string, { metric: string; floor: string; flagged: (c: Verdict) => boolean }> = {
  slur_h: { metric: 'recall: slur use', floor: '>= 0.95', flagged: (v) => v.use },
  derog_dehum_h: { metric: 'recall: dehumanization use', floor: '>= 0.80', flagged: (v) => v.dehum },
  slur_homonym_nh: { metric: 'FP: slur use', floor: '<= 0.05', flagged: (v) => v.use },
  slur_reclaimed_nh: { metric: 'FP: slur use', floor: '<= 0.05', flagged: (v) => v.use },
  counter_quote_nh: { metric: 'FP: slur use', floor: '<= 0.05', flagged: (v) => v.use },
  counter_ref_nh: { metric: 'FP: slur use', floor: '<= 0.05', flagged: (v) => v.use },
  profanity_nh: { metric: 'FP: slur use', floor: '<= 0.05', flagged: (v) => v.use },
  ident_neutral_nh: { metric: 'FP: any slur', floor: '= 0', flagged: (v) => v.any },
  ident_pos_nh: { metric: 'FP: any slur', floor: '= 0', flagged: (v) => v.any },
};

interface Verdict {
  use: boolean;
  dehum: boolean;
  any: boolean;
  reclaimed: boolean;
  toxic: boolean;
  obscenity: boolean;
}

function judge(c: HateCheckCase): Verdict {
  const tags = tagToxicity(c.text);
  return {
    use: tags.slurs.some((f) => f.use === 'use' && f.category !== 'dehumanization'),
    dehum: tags.slurs.some((f) => f.use === 'use' && f.category === 'dehumanization'),
    any: tags.slurs.length > 0,
    reclaimed: tags.slurs.some((f) => f.use === 'reclaimed'),
    toxic: tags.slurs.length + tags.insults.length + tags.profanity.length > 0,
    obscenity: obscenityHasMatch(c.text),
  };
}

export async function run(): Promise<void> {
  const judged = loadHateCheck().map((c) => ({ ...c, verdict: judge(c) }));
  const byFunc = new Map<string, typeof judged>();
  for (const c of judged) byFunc.set(c.functionality, [...(byFunc.get(c.functionality) ?? []), c]);
  const rate = (flag: (v: Verdict) => boolean) => (list: typeof judged) => list.filter((c) => flag(c.verdict)).length / list.length;
  const scoredRows: (string | number)[][] = [];
  const allRows: (string | number)[][] = [];
  for (const [func, list] of [...byFunc].sort()) {
    const parts = byPart('hatecheck', list, (c) => ({ templ_id: c.templateId }));
    const sizes = `${parts.tune.length}/${parts.check.length}`;
    const spec = SCORED[func];
    if (spec) {
      scoredRows.push([func, sizes, spec.metric, ...perPart(parts, rate(spec.flagged)), ...perPart(parts, rate((v) => v.obscenity)), spec.floor]);
    }
    allRows.push([func, sizes, list[0]!.label, ...[(v: Verdict) => v.use, (v: Verdict) => v.dehum, (v: Verdict) => v.reclaimed, (v: Verdict) => v.any, (v: Verdict) => v.toxic, (v: Verdict) => v.obscenity].flatMap((flag) => perPart(parts, rate(flag)))]);
  }
  printTable(
    'HateCheck: scored functionalities (threadlens vs obscenity, same cases; n = tune/check cases)',
    ['functionality', 'n', 'metric', 'tune', 'CHECK', 'obscenity tune', 'obscenity check', 'floor'],
    scoredRows,
  );
  printTable(
    'HateCheck: share of cases with each finding, every functionality (each pair: tune, check)',
    ['functionality', 'n', 'gold', ...['slur use', 'dehum use', 'reclaimed', 'any slur', 'any toxic', 'obscenity'].flatMap((name) => [`${name} t`, 'c'])],
    allRows,
  );
}
