/**
 * `tsx scripts/profile/warc-vs-files.ts [rounds] [part] [jobs list] [-- extra cli args]`: the same pages fed to
 * `threadlens pages` as the WARC `npm run bench -- warc` builds and as one file each (written out
 * from the same bodies), with --jobs 1 and --jobs 2, alternating (warc j1, warc j2, files j1, files
 * j2 per round, each a fresh process), CPU per page by thread kind (scripts/lib/thread-cpu.ts).
 * `part`: all (default), dragnet (the HTML pages) or fixtures (the text pages wrapped in <pre>).
 * Answers whether the input path (main thread reading and inflating records, content crossing in
 * a message) or the pages themselves make `--jobs 2` cost more CPU per page on WARC input.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWarc } from '../lib/warc-build.js';
import { measureCli, type Measured } from '../lib/measure-cli.js';
import { median } from '../lib/rounds.js';
import { printTable } from '../lib/table.js';
import { corpusPages } from '../bench/sections/65-warc.js';

const ROUNDS = Number(process.argv[2] ?? 2);
const PART = process.argv[3] ?? 'all';
const JOBS = (process.argv[4] ?? '1,2').split(',').map(Number);
const EXTRA = process.argv.includes('--') ? process.argv.slice(process.argv.indexOf('--') + 1) : [];

const pages = corpusPages().filter((page) => PART === 'all' || page.url.includes(PART === 'dragnet' ? 'dragnet.example' : 'fixtures.example'));
const work = mkdtempSync(join(tmpdir(), 'threadlens-warc-files-'));
const warc = join(work, 'bench.warc.gz');
const folder = join(work, 'pages');
mkdirSync(folder);
writeFileSync(warc, await buildWarc(pages, { withRequests: true }));
pages.forEach((page, i) => writeFileSync(join(folder, `${String(i).padStart(5, '0')}.html`), page.body));
const inputs: [string, string][] = [['warc', warc], ['files', folder]];
const kinds = ['main', 'workers', 'V8 helpers', 'all (GNU time)', 'wall s'] as const;
const cells = (m: Measured): number[] => [m.threads?.mainSeconds ?? NaN, m.threads?.workerSeconds ?? NaN, m.threads?.v8Seconds ?? NaN, m.cpuSeconds].map((s) => (1000 * s) / pages.length).concat(m.seconds);
const runs = new Map<string, number[][]>();
const rows: (string | number)[][] = [];
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const [input, path] of inputs) {
      for (const jobs of JOBS) {
        const measured = await measureCli(['pages', path, '--jobs', String(jobs), '-o', '/dev/null', '-q', '--max-ms', '600000', ...EXTRA]);
        if (measured.exit !== 0) throw new Error(`${input} --jobs ${jobs} exited ${measured.exit}: ${measured.stderr.slice(-500)}`);
        const key = `${input} --jobs ${jobs}`;
        runs.set(key, [...(runs.get(key) ?? []), cells(measured)]);
        rows.push([round + 1, key, ...cells(measured), measured.load]);
        process.stderr.write(`${round + 1} ${key} ${cells(measured).map((c) => c.toFixed(2)).join(' ')} load ${measured.load}\n`);
      }
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
printTable(`CPU ms per page by thread kind, ${pages.length} pages (${PART})`, ['round', 'run', ...kinds, 'load'], rows);
const medians = new Map([...runs].map(([key, list]) => [key, kinds.map((_, i) => median(list.map((row) => row[i]!)))]));
printTable('medians', ['run', ...kinds], [...medians].map(([key, row]) => [key, ...row]));
if (JOBS.includes(1) && JOBS.includes(2)) {
  printTable(
    '--jobs 2 / --jobs 1, medians',
    ['input', ...kinds],
    inputs.map(([input]) => [input, ...kinds.map((_, i) => medians.get(`${input} --jobs 2`)![i]! / medians.get(`${input} --jobs 1`)![i]!)]),
  );
}
