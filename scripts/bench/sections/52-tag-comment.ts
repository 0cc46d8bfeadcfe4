/**
 * tagComment on short comments: the SemEval Toxic Spans posts (train + trial), one call per post,
 * as a caller tagging a dataset row by row would. Comments per CPU-second, median and slowest of the
 * rounds; BENCH_BASE=<ref> adds the base build in alternating rounds.
 */
import { tagComment } from '../../../src/analyze.js';
import { loadToxicSpans } from '../../eval/toxicity/toxic-spans.js';
import { builtPackage } from '../../lib/built.js';
import { benchBase, median, timeRound, type Round } from '../../lib/rounds.js';
import { printTable } from '../../lib/table.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);

export async function run(): Promise<void> {
  const texts = [...loadToxicSpans('tsd_train.csv'), ...loadToxicSpans('tsd_trial.csv')].map((post) => post.text);
  const base = await benchBase();
  const systems: [string, (text: string) => unknown][] = [['threadlens tagComment', (text) => tagComment(text)]];
  if (base) systems.push([`base ${base.commit.slice(0, 8)} tagComment`, (text) => base.api.tagComment(text)]);
  // The same code as built for npm (no tsx transform): what a user's process runs.
  const built = await builtPackage();
  if (built.api) systems.push(['built package dist/index.js tagComment', (text) => built.api!.tagComment(text)]);
  for (const [, tag] of systems) for (const text of texts.slice(0, 1000)) tag(text); // warm-up
  const rounds = new Map<string, Round[]>(systems.map(([name]) => [name, []]));
  for (let r = 0; r < ROUNDS; r++) for (const [name, tag] of systems) rounds.get(name)!.push(timeRound(() => texts.forEach((text) => tag(text))));
  const rows: (string | number)[][] = [];
  for (const [name, list] of rounds) {
    const rates = list.map((r) => texts.length / (r.cpuMs / 1000));
    rows.push([name, ROUNDS, Math.round(median(rates)), Math.round(Math.min(...rates)), Math.round(median(list.map((r) => texts.length / (r.wallMs / 1000))))]);
  }
  printTable(
    `tagComment on ${texts.length} Toxic Spans posts (${(texts.reduce((n, t) => n + t.length, 0) / texts.length).toFixed(0)} characters on average), one call each`,
    ['system', 'rounds', 'comments/s (CPU, median)', 'comments/s (CPU, slowest round)', 'comments/s (wall, median)'],
    rows,
  );
  process.stdout.write(`Sources run through tsx; the built package row: ${built.note}.\n\n`);
}
