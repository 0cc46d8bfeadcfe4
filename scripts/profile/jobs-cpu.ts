/**
 * `tsx scripts/profile/jobs-cpu.ts [rounds] [copies|crawl] [old dist folder]`: where the CPU of `--jobs 2`
 * goes beside `--jobs 1`, on a WARC `npm run bench -- warc` builds (gzip per record: `copies` times
 * the old measure's pages, 1 by default, or `crawl`, the bench's 1,767 distinct crawl pages, of which its 10x WARC takes 1,760), by thread kind (main thread, worker threads, V8's helper threads; see
 * scripts/lib/thread-cpu.ts). Runs alternate (jobs 1, jobs 2, and with an old build its jobs 1 and 2),
 * so a shared machine's load falls on all alike; CPU per page, not wall time, is what a loaded machine
 * leaves comparable. Prints ms per page per run and the medians, and jobs 2 / jobs 1 by kind.
 * An old build: `cp -r dist /tmp/old-dist && ln -s "$PWD/node_modules" /tmp/old-dist/` before a change.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildWarc } from '../lib/warc-build.js';
import { CLI, measureCli, type Measured } from '../lib/measure-cli.js';
import { median } from '../lib/rounds.js';
import { printTable } from '../lib/table.js';
import { copies, corpusPages, crawlPages } from '../bench/sections/65-warc.js';

const ROUNDS = Number(process.argv[2] ?? 3);
const CRAWL = process.argv[3] === 'crawl';
const COPIES = CRAWL ? 1 : Number(process.argv[3] ?? 1);
const OLD = process.argv[4];

const pages = CRAWL ? crawlPages() : COPIES === 1 ? corpusPages() : copies(corpusPages(), COPIES);
const work = mkdtempSync(join(tmpdir(), 'threadlens-jobs-cpu-'));
const warc = join(work, 'bench.warc.gz');
writeFileSync(warc, await buildWarc(pages, { withRequests: true }));
const builds: [string, string][] = [['new', CLI], ...(OLD ? [['old', join(resolve(OLD), 'cli.js')] as [string, string]] : [])];
const kinds = ['main', 'workers', 'V8 helpers', 'all (GNU time)'] as const;
const perPage = (m: Measured): number[] => [m.threads?.mainSeconds ?? NaN, m.threads?.workerSeconds ?? NaN, m.threads?.v8Seconds ?? NaN, m.cpuSeconds].map((s) => (1000 * s) / pages.length);
const runs = new Map<string, number[][]>();
const rows: (string | number)[][] = [];
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const [build, cli] of builds) {
      for (const jobs of [1, 2]) {
        const measured = await measureCli(['pages', warc, '--jobs', String(jobs), '-o', '/dev/null', '-q'], cli);
        if (measured.exit !== 0) throw new Error(`${build} --jobs ${jobs} exited ${measured.exit}: ${measured.stderr.slice(-500)}`);
        const cells = perPage(measured);
        const key = `${build} --jobs ${jobs}`;
        runs.set(key, [...(runs.get(key) ?? []), cells]);
        rows.push([round + 1, key, ...cells, measured.seconds, measured.load]);
      }
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
printTable(`CPU ms per page by thread kind, ${pages.length} pages`, ['round', 'run', ...kinds, 'wall s', 'load'], rows);
const medians = new Map([...runs].map(([key, list]) => [key, kinds.map((_, i) => median(list.map((cells) => cells[i]!)))]));
printTable('medians', ['run', ...kinds], [...medians].map(([key, cells]) => [key, ...cells]));
printTable(
  '--jobs 2 / --jobs 1, medians (what a second job costs beside the first, per page)',
  ['build', ...kinds],
  builds.map(([build]) => [build, ...kinds.map((_, i) => medians.get(`${build} --jobs 2`)![i]! / medians.get(`${build} --jobs 1`)![i]!)]),
);
