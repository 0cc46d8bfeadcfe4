/**
 * HateCheck (Röttger et al. 2021, CC BY 4.0). Whole templates are tune or check (`splits.mjs`);
 * the check column is the one a floor is read from. Three tables:
 *  1. the hate detector (issue 15): per functionality, the share flagged as hate (see
 *     `hate-verdict.ts`) beside obscenity's share of cases with any match;
 *  2. the detector's summary with its floors (recall on hateful, false positives on non-hateful,
 *     threats, derogation, dehumanisation, identity-neutral and positive statements);
 *  3. the slur tagger's own floors (slur use on `_nh` rows) and every finding's share.
 */
import { tagToxicity } from '../../../src/tag/toxicity/index.js';
import { byPart, perPart, type Part } from '../../lib/parts.js';
import { printTable } from '../../lib/table.js';
import { loadHateCheck, type HateCheckCase } from '../toxicity/hatecheck.js';
import { judgeHate, type HateVerdict } from '../toxicity/hate-verdict.js';
import { obscenityHasMatch } from '../toxicity/obscenity.js';

interface Judged extends HateCheckCase {
  verdict: HateVerdict;
  slur: SlurVerdict;
  obscenity: boolean;
}

interface SlurVerdict {
  use: boolean;
  any: boolean;
  reclaimed: boolean;
}

function slurVerdict(text: string): SlurVerdict {
  const { slurs } = tagToxicity(text);
  return {
    use: slurs.some((f) => f.use === 'use' && f.category !== 'dehumanization'),
    any: slurs.length > 0,
    reclaimed: slurs.some((f) => f.use === 'reclaimed'),
  };
}

/** Slur-tagger floors on the functionalities where a slur use would be a false alarm (or a miss). */
const SLUR_FLOORS: Record<string, { metric: string; floor: string; flagged: (c: Judged) => boolean }> = {
  slur_h: { metric: 'recall: slur use', floor: '>= 0.95', flagged: (c) => c.slur.use },
  slur_homonym_nh: { metric: 'FP: slur use', floor: '<= 0.05', flagged: (c) => c.slur.use },
  slur_reclaimed_nh: { metric: 'FP: slur use', floor: '<= 0.05', flagged: (c) => c.slur.use },
  counter_quote_nh: { metric: 'FP: slur use', floor: '<= 0.05', flagged: (c) => c.slur.use },
  counter_ref_nh: { metric: 'FP: slur use', floor: '<= 0.05', flagged: (c) => c.slur.use },
  profanity_nh: { metric: 'FP: slur use', floor: '<= 0.05', flagged: (c) => c.slur.use },
  ident_neutral_nh: { metric: 'FP: any slur', floor: '= 0', flagged: (c) => c.slur.any },
  ident_pos_nh: { metric: 'FP: any slur', floor: '= 0', flagged: (c) => c.slur.any },
};

/** The detector's floors (issue 15), each over a set of functionalities. */
const HATE_FLOORS: { name: string; floor: string; rows: (c: Judged) => boolean }[] = [
  { name: 'recall on hateful cases', floor: '>= 0.85', rows: (c) => c.label === 'hateful' },
  { name: 'false positives on non-hateful cases', floor: '<= 0.08', rows: (c) => c.label === 'non-hateful' },
  { name: 'threat recall (threat_dir_h, threat_norm_h)', floor: '>= 0.85', rows: (c) => c.functionality.startsWith('threat_') },
  { name: 'derogation recall (derog_neg_emote/neg_attrib/impl_h)', floor: '>= 0.85', rows: (c) => /^derog_(neg_emote|neg_attrib|impl)_h$/.test(c.functionality) },
  { name: 'dehumanisation recall (derog_dehum_h)', floor: '>= 0.85', rows: (c) => c.functionality === 'derog_dehum_h' },
  { name: 'identity-neutral and -positive flagged (ident_*_nh)', floor: '<= 0.01', rows: (c) => c.functionality.startsWith('ident_') },
  { name: 'hateful cases where the slur tagger finds no slur', floor: '', rows: (c) => c.label === 'hateful' && !c.slur.any },
];

const share = (flag: (c: Judged) => boolean) => (list: Judged[]) => list.filter(flag).length / list.length;
const flaggedHate = (c: Judged) => c.verdict.hate;

function parts(list: readonly Judged[]): Record<Part, Judged[]> {
  return byPart('hatecheck', list, (c) => ({ templ_id: c.templateId }));
}

function hateTable(byFunc: Map<string, Judged[]>): void {
  const rows = [...byFunc].sort().filter(([, list]) => parts(list).tune.length > 0).map(([func, list]) => {
    const p = parts(list);
    return [func, p.tune.length, list[0]!.label, share(flaggedHate)(p.tune), share((c) => c.obscenity)(p.tune)];
  });
  // Per functionality is error analysis: tune only. The check part shows its figures where a floor
  // reads them (summaryTable, the slur floors).
  printTable(
    'HateCheck as a hate detector, TUNE templates: share flagged as hate (a slur used, an identity attack or a threat against a group), every functionality; obscenity = any match',
    ['functionality', 'n tune', 'gold', 'hate tune', 'obscenity tune'],
    rows,
  );
}

function summaryTable(judged: Judged[]): void {
  const rows = HATE_FLOORS.map(({ name, floor, rows: pick }) => {
    const p = parts(judged.filter(pick));
    return [name, `${p.tune.length}/${p.check.length}`, ...perPart(p, share(flaggedHate)), ...perPart(p, share((c) => c.obscenity)), floor];
  });
  printTable(
    'HateCheck hate detector: summary (rate flagged as hate; floors are read on CHECK)',
    ['cases', 'n', 'tune', 'CHECK', 'obscenity tune', 'obscenity check', 'floor'],
    rows,
  );
}

function slurTables(byFunc: Map<string, Judged[]>): void {
  const scored: (string | number)[][] = [];
  const all: (string | number)[][] = [];
  const flags: [string, (c: Judged) => boolean][] = [
    ['slur use', (c) => c.slur.use],
    ['dehum use', (c) => c.verdict.dehumanisation],
    ['reclaimed', (c) => c.slur.reclaimed],
    ['any slur', (c) => c.slur.any],
    ['any toxic', (c) => c.verdict.anyToxic],
  ];
  for (const [func, list] of [...byFunc].sort()) {
    const p = parts(list);
    const sizes = `${p.tune.length}/${p.check.length}`;
    const spec = SLUR_FLOORS[func];
    if (spec) scored.push([func, sizes, spec.metric, ...perPart(p, share(spec.flagged)), ...perPart(p, share((c) => c.obscenity)), spec.floor]);
    if (p.tune.length > 0) all.push([func, p.tune.length, list[0]!.label, ...flags.map(([, flag]) => share(flag)(p.tune))]);
  }
  printTable(
    'HateCheck: slur tagger floors (threadlens vs obscenity, same cases; n = tune/check cases)',
    ['functionality', 'n', 'metric', 'tune', 'CHECK', 'obscenity tune', 'obscenity check', 'floor'],
    scored,
  );
  printTable(
    'HateCheck, TUNE templates: share of cases with each finding, every functionality',
    ['functionality', 'n tune', 'gold', ...flags.map(([name]) => name)],
    all,
  );
}

export async function run(): Promise<void> {
  const judged: Judged[] = loadHateCheck().map((c) => ({
    ...c,
    verdict: judgeHate(c.text),
    slur: slurVerdict(c.text),
    obscenity: obscenityHasMatch(c.text),
  }));
  const byFunc = new Map<string, Judged[]>();
  for (const c of judged) byFunc.set(c.functionality, [...(byFunc.get(c.functionality) ?? []), c]);
  hateTable(byFunc);
  summaryTable(judged);
  slurTables(byFunc);
}
