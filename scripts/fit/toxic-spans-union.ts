/**
 * Dev measurement for issue 15 (writes nothing to the repo): does threadlens's findings UNION a
 * lexicon induced from Toxic Spans TRAIN (the tune part) beat threadlens alone OUT OF FOLD?
 * Train posts are split into K folds (post index mod K); on each fold's complement a lexicon of
 * words (and, with --phrases, two-word phrases) is induced: occurrences counted, the share wholly
 * inside a gold span ("rate"), or the summed per-post F1 change of adding the term alone ("gain"),
 * with a minimum count, and optionally only terms hostile in themselves (toxic-spans-union/filters.ts:
 * negative in AFINN-165 or a negative meaning class, no group word, reviewed exclusions). The
 * terms are unioned with threadlens's spans on the held-out fold; every train post is scored once,
 * out of fold. tsd_trial.csv (check) is never read.
 *
 *   npx tsx scripts/fit/toxic-spans-union.ts [--folds 5] [--phrases]   # raw union: term spans added as they are
 *   npx tsx scripts/fit/toxic-spans-union.ts --library                # also: the shippable form, an un-aimed
 *                                                                     # lexicon entry run through tagToxicity
 *
 * threadlens's own spans on train are cached under node_modules/.cache (--fresh recomputes them).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tagIdentityAttacks } from '../../src/tag/identity-attacks/index.js';
import { tagThreats } from '../../src/tag/threats/index.js';
import { tagToxicity } from '../../src/tag/toxicity/index.js';
import { loadToxicSpans, offsets, spanF1, type SpanPost } from '../eval/toxicity/toxic-spans.js';
import { partOf } from '../lib/parts.js';
import { printTable } from '../lib/table.js';
import { hostileFilter } from './toxic-spans-union/filters.js';
import { attackAndThreatSpans, spansWith } from './toxic-spans-union/library.js';
import { occurrences, type Occurrence } from './toxic-spans-union/terms.js';

if (partOf('toxic-spans', 'tsd_train.csv') !== 'tune') throw new Error('tsd_train.csv is not the tune part');
const arg = (name: string, fallback: number) => {
  const k = process.argv.indexOf(name);
  return k < 0 ? fallback : Number(process.argv[k + 1]);
};
const FOLDS = arg('--folds', 5);
const PHRASES = process.argv.includes('--phrases');
const CACHE = new URL('../../node_modules/.cache/toxic-spans-union/threadlens-train.json', import.meta.url);

const posts = loadToxicSpans('tsd_train.csv');
const base = threadlensSpans(posts).map((a) => new Set(a));
const occ: Occurrence[][] = posts.map((post) => occurrences(post.text, post.gold, PHRASES));
const fold = (i: number) => i % FOLDS;

interface Stat {
  count: number;
  inGold: number;
  gain: number;
}
interface Setting {
  label: string;
  keep: (term: string, s: Stat) => boolean;
}

const settings: Setting[] = [];
for (const filter of ['none', 'hostile'] as const) {
  const passes = (term: string) => filter === 'none' || hostileFilter(term);
  for (const minCount of [3, 5, 10]) {
    for (const rate of [0.25, 0.3, 0.35, 0.4, 0.5, 0.6]) {
      settings.push({ label: `${filter} rate>=${rate} n>=${minCount}`, keep: (t, s) => s.count >= minCount && s.inGold / s.count >= rate && passes(t) });
    }
    for (const gain of [0, 0.5, 1, 2]) {
      settings.push({ label: `${filter} gain>${gain} n>=${minCount}`, keep: (t, s) => s.count >= minCount && s.gain > gain && passes(t) });
    }
  }
}

const perFold = [...Array(FOLDS).keys()].map(induce);
const baseScore = score(() => false);
const rows: (string | number)[][] = [['threadlens alone', 0, ...baseScore, 0]];
for (const setting of settings) {
  const figures = score((term, i) => {
    const s = perFold[fold(i)]!.get(term);
    return s !== undefined && setting.keep(term, s);
  });
  rows.push([setting.label, termsPerFold(setting), ...figures, figures[0]! - baseScore[0]!]);
}
printTable(
  `Toxic Spans train (tune), ${FOLDS}-fold out-of-fold: threadlens UNION induced ${PHRASES ? 'words + two-word phrases' : 'words'} (raw term spans)`,
  ['setting', 'terms/fold', 'F1', 'char P', 'char R', 'dF1'],
  rows,
);

if (process.argv.includes('--library')) {
  const others = attackAndThreatSpans(posts);
  const chosen = settings.filter((s) => /^hostile rate>=(0\.3|0\.35|0\.4) n>=(5|10)$/.test(s.label));
  const libRows: (string | number)[][] = [];
  for (const setting of [{ label: 'no extension', keep: () => false }, ...chosen]) {
    const lists = perFold.map((stats) => [...stats].filter(([t, s]) => !t.includes(' ') && setting.keep(t, s)).map(([t]) => t));
    let f1 = 0;
    let tp = 0;
    let predicted = 0;
    let gold = 0;
    posts.forEach((post, i) => {
      const pred = spansWith(post.text, lists[fold(i)]!, others[i]!);
      f1 += spanF1(pred, post.gold);
      for (const k of pred) if (post.gold.has(k)) tp++;
      predicted += pred.size;
      gold += post.gold.size;
    });
    const f = f1 / posts.length;
    libRows.push([setting.label, lists.reduce((n, l) => n + l.length, 0) / FOLDS, f, tp / predicted, tp / gold, f - baseScore[0]!]);
  }
  printTable(
    `Shippable form: induced words as an un-aimed lexicon entry through tagToxicity (negation and self-talk checks kept), ${FOLDS}-fold out-of-fold`,
    ['setting', 'terms/fold', 'F1', 'char P', 'char R', 'dF1'],
    libRows,
  );
}

/** threadlens's own spans per train post (cached: the taggers take a minute on a loaded machine). */
function threadlensSpans(list: readonly SpanPost[]): number[][] {
  if (existsSync(CACHE) && !process.argv.includes('--fresh')) return JSON.parse(readFileSync(CACHE, 'utf8')) as number[][];
  const out = list.map((post) => {
    const t = tagToxicity(post.text);
    return [...offsets([...t.slurs, ...t.insults, ...t.profanity, ...tagIdentityAttacks(post.text), ...tagThreats(post.text)])];
  });
  mkdirSync(new URL('.', CACHE), { recursive: true });
  writeFileSync(CACHE, JSON.stringify(out));
  return out;
}

/** Per term on the posts outside fold `held`: count, occurrences wholly in gold, summed F1 change of adding it alone. */
function induce(held: number): Map<string, Stat> {
  const stats = new Map<string, Stat>();
  for (let i = 0; i < posts.length; i++) {
    if (fold(i) === held) continue;
    const before = spanF1(base[i]!, posts[i]!.gold);
    const byTerm = new Map<string, Occurrence[]>();
    for (const o of occ[i]!) byTerm.set(o.term, [...(byTerm.get(o.term) ?? []), o]);
    for (const [term, list] of byTerm) {
      const s = stats.get(term) ?? { count: 0, inGold: 0, gain: 0 };
      s.count += list.length;
      s.inGold += list.filter((o) => o.inGold).length;
      const pred = new Set(base[i]);
      for (const o of list) for (let k = o.start; k < o.end; k++) pred.add(k);
      s.gain += spanF1(pred, posts[i]!.gold) - before;
      stats.set(term, s);
    }
  }
  return stats;
}

function termsPerFold(setting: Setting): number {
  let n = 0;
  for (const stats of perFold) for (const [t, s] of stats) if (setting.keep(t, s)) n++;
  return n / FOLDS;
}

/** Per-post F1 (mean), char precision and recall of threadlens plus the terms `inLexicon` admits. */
function score(inLexicon: (term: string, post: number) => boolean): number[] {
  let f1 = 0;
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  for (let i = 0; i < posts.length; i++) {
    const pred = new Set(base[i]);
    for (const o of occ[i]!) if (inLexicon(o.term, i)) for (let k = o.start; k < o.end; k++) pred.add(k);
    const g = posts[i]!.gold;
    f1 += spanF1(pred, g);
    for (const k of pred) if (g.has(k)) tp++;
    predicted += pred.size;
    gold += g.size;
  }
  return [f1 / posts.length, tp / predicted, tp / gold];
}
