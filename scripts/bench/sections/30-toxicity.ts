/**
 * Speed of tagToxicity vs obscenity (getAllMatches, English dataset + recommended transformers) on
 * the same comments: the SemEval Toxic Spans posts (train + trial), one core. A third row runs the
 * issue-15 taggers as well (identity attacks, threats and the attributes summary, on one shared
 * text view), which must keep 3x obscenity's rate. The two systems run
 * in alternating rounds and are timed by this process's CPU time as well as wall-clock, because
 * the bench machine is shared and wall-clock alone swings with other people's load.
 */
import { summarizeAttributes } from '../../../src/tag/attributes/index.js';
import { tagIdentityAttacks } from '../../../src/tag/identity-attacks/index.js';
import { tagThreats } from '../../../src/tag/threats/index.js';
import { tagToxicity } from '../../../src/tag/toxicity/index.js';
import { viewOf } from '../../../src/text/view.js';
import { join } from 'node:path';
import { baseCommit, extractBase } from '../../diff/base.js';
import { printTable } from '../../lib/table.js';
import { obscenitySpans } from '../../eval/toxicity/obscenity.js';
import { loadToxicSpans } from '../../eval/toxicity/toxic-spans.js';

const ROUNDS = 4;

interface Round {
  cpuMs: number;
  wallMs: number;
}

function round(texts: readonly string[], fn: (text: string) => unknown): Round {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  for (const t of texts) fn(t);
  const used = process.cpuUsage(cpu);
  return { cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - wall };
}

/** Toxicity, identity attacks, threats and the attributes summary on one view, as tagComment runs them. */
export function withIdentity(text: string): unknown {
  const view = viewOf(text);
  const toxic = tagToxicity(view);
  const identityAttacks = tagIdentityAttacks(view);
  const threats = tagThreats(view);
  return summarizeAttributes({ ...toxic, identityAttacks, threats });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/**
 * The same four taggers from `ref`'s sources (imported by path: they are not public API), as one
 * function of a comment, and the commit they came from: a before/after under one load.
 */
export async function withIdentityFrom(ref: string): Promise<{ commit: string; tag: (text: string) => unknown }> {
  const commit = baseCommit(ref);
  const dir = extractBase(commit);
  const load = (path: string) => import(join(dir, 'src', path)) as Promise<Record<string, (...args: any[]) => any>>;
  const [attributes, identity, threats, toxicity, view] = await Promise.all(
    ['tag/attributes/index.ts', 'tag/identity-attacks/index.ts', 'tag/threats/index.ts', 'tag/toxicity/index.ts', 'text/view.ts'].map(load),
  );
  const tag = (text: string) => {
    const shared = view!.viewOf!(text);
    const toxic = toxicity!.tagToxicity!(shared);
    return attributes!.summarizeAttributes!({ ...toxic, identityAttacks: identity!.tagIdentityAttacks!(shared), threats: threats!.tagThreats!(shared) });
  };
  return { commit, tag };
}

/** With BENCH_BASE=<ref>, that commit's taggers, run in the same alternating rounds. */
async function baseWithIdentity(): Promise<[string, (text: string) => unknown] | null> {
  const ref = process.env.BENCH_BASE;
  if (!ref) return null;
  const { commit, tag } = await withIdentityFrom(ref);
  return [`base ${commit.slice(0, 8)} + identity attacks, threats, attributes`, tag];
}

export async function run(): Promise<void> {
  const texts = [...loadToxicSpans('tsd_train.csv'), ...loadToxicSpans('tsd_trial.csv')].map((p) => p.text);
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0);
  const systems = {
    'threadlens tagToxicity': (t: string) => tagToxicity(t),
    'obscenity getAllMatches': (t: string) => obscenitySpans(t),
    'threadlens + identity attacks, threats, attributes': withIdentity,
  };
  const base = await baseWithIdentity();
  if (base) (systems as Record<string, (t: string) => unknown>)[base[0]] = base[1];
  for (const fn of Object.values(systems)) for (const t of texts.slice(0, 1000)) fn(t); // warm-up
  const results = new Map<string, Round[]>(Object.keys(systems).map((name) => [name, []]));
  for (let r = 0; r < ROUNDS; r++) for (const [name, fn] of Object.entries(systems)) results.get(name)!.push(round(texts, fn));
  const rows: (string | number)[][] = [];
  const cpuRate = new Map<string, number>();
  for (const [name, rounds] of results) {
    const cpu = median(rounds.map((x) => x.cpuMs)) / 1000;
    const wall = median(rounds.map((x) => x.wallMs)) / 1000;
    cpuRate.set(name, bytes / cpu);
    rows.push([name, ROUNDS, Math.round(texts.length / cpu), bytes / cpu / 1e6, bytes / wall / 1e6]);
  }
  const [ours, peer, all, before] = [...cpuRate.values()];
  rows.push(['ratio threadlens / obscenity (CPU time)', '', '', ours! / peer!, '']);
  rows.push(['ratio with identity attacks, threats, attributes / obscenity (target >= 3)', '', '', all! / peer!, '']);
  if (before !== undefined) rows.push(['ratio base with identity attacks, threats, attributes / obscenity', '', '', before / peer!, '']);
  printTable(
    `Toxicity tagging speed: ${texts.length} Toxic Spans comments, ${(bytes / 1e6).toFixed(2)} MB per round, median of ${ROUNDS} alternating rounds (target >= 2 MB/s and faster than obscenity)`,
    ['system', 'rounds', 'comments/s (CPU)', 'MB/s (CPU)', 'MB/s (wall)'],
    rows,
  );
}
