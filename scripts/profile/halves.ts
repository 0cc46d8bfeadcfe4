/**
 * `tsx scripts/profile/halves.ts [rounds] [copies]`: is the CPU a second job adds on the bench's WARC
 * the cost of a second worker's own warm-up (a fresh isolate: compiles, cold caches), or of two
 * workers running at once? Per round, alternating, each a fresh process: --jobs 1 on the whole WARC,
 * --jobs 2 on it, and --jobs 1 on each half (--shard 0/2 then 1/2, one after the other, so never at
 * once). If the two halves' CPU adds up to the --jobs 2 run's, running at once costs nothing more and
 * the excess is per worker; if it adds up to the whole --jobs 1 run's, the excess is contention.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWarc } from '../lib/warc-build.js';
import { measureCli, type Measured } from '../lib/measure-cli.js';
import { median } from '../lib/rounds.js';
import { printTable } from '../lib/table.js';
import { copies, corpusPages } from '../bench/sections/65-warc.js';

const ROUNDS = Number(process.argv[2] ?? 2);
const COPIES = Number(process.argv[3] ?? 1);
const pages = COPIES === 1 ? corpusPages() : copies(corpusPages(), COPIES);
const work = mkdtempSync(join(tmpdir(), 'threadlens-halves-'));
const warc = join(work, 'bench.warc.gz');
writeFileSync(warc, await buildWarc(pages, { withRequests: true }));
const kinds = ['main', 'workers', 'V8 helpers', 'all (GNU time)'] as const;
const secs = (m: Measured): number[] => [m.threads?.mainSeconds ?? NaN, m.threads?.workerSeconds ?? NaN, m.threads?.v8Seconds ?? NaN, m.cpuSeconds];
const add = (a: number[], b: number[]) => a.map((x, i) => x + b[i]!);
const runs = new Map<string, number[][]>();
const rows: (string | number)[][] = [];
const once = async (extra: string[]): Promise<Measured> => {
  const measured = await measureCli(['pages', warc, '-o', '/dev/null', '-q', '--max-ms', '600000', ...extra]);
  if (measured.exit !== 0) throw new Error(`${extra.join(' ')} exited ${measured.exit}: ${measured.stderr.slice(-500)}`);
  return measured;
};
try {
  for (let round = 0; round < ROUNDS; round++) {
    const one = await once(['--jobs', '1']);
    const two = await once(['--jobs', '2']);
    const first = await once(['--jobs', '1', '--shard', '0/2']);
    const second = await once(['--jobs', '1', '--shard', '1/2']);
    for (const [key, cells, load] of [
      ['--jobs 1', secs(one), one.load],
      ['--jobs 2', secs(two), two.load],
      ['--jobs 1 halves, summed', add(secs(first), secs(second)), first.load],
    ] as const) {
      runs.set(key, [...(runs.get(key) ?? []), [...cells]]);
      rows.push([round + 1, key, ...cells.map((s) => (1000 * s) / pages.length), load]);
      process.stderr.write(`${round + 1} ${key} ${cells.map((s) => ((1000 * s) / pages.length).toFixed(2)).join(' ')} load ${load}\n`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
printTable(`CPU ms per page by thread kind, ${pages.length} pages`, ['round', 'run', ...kinds, 'load'], rows);
const medians = new Map([...runs].map(([key, list]) => [key, kinds.map((_, i) => median(list.map((row) => row[i]!)))]));
printTable('medians / --jobs 1', ['run', ...kinds], [...medians].map(([key, row]) => [key, ...row.map((v, i) => v / medians.get('--jobs 1')![i]!)]));
