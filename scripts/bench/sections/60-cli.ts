/**
 * CLI throughput and memory: `threadlens pages` over corpora built from the fixture pages, with
 * --jobs 1 and --jobs 2 (scaling target >= 1.7x on 2 cores), and peak RSS on a 10 MB and a 100 MB
 * corpus (target: flat within 20%). Worker threads live in the CLI process, so its peak RSS covers
 * them. Corpora are written to the OS temp folder and deleted afterwards.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, measureCli, NODE_FLAGS, ROOT, THREAD_HEADINGS, threadCells, type Measured } from '../../lib/measure-cli.js';
import { printTable } from '../../lib/table.js';

const FIXTURES = join(ROOT, 'fixtures', 'pages');
const MB = 1024 * 1024;

interface Corpus {
  dir: string;
  pages: number;
  bytes: number;
}

export async function run(): Promise<void> {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  const fixtures = readdirSync(FIXTURES)
    .filter((name) => /\.(txt|html?)$/.test(name))
    .sort()
    .map((name) => readFileSync(join(FIXTURES, name)));
  if (fixtures.length === 0) throw new Error('no fixture pages in fixtures/pages');
  const work = mkdtempSync(join(tmpdir(), 'threadlens-bench-cli-'));
  try {
    const small = buildCorpus(join(work, 'c10'), fixtures, 10 * MB);
    const large = buildCorpus(join(work, 'c100'), fixtures, 100 * MB);
    const rows: (string | number)[][] = [];
    const results = new Map<string, Measured>();
    for (const [label, corpus, jobs] of [
      ['10 MB', small, 2],
      ['100 MB', large, 1],
      ['100 MB', large, 2],
    ] as const) {
      const measured = await measure(corpus, jobs);
      results.set(`${label}/${jobs}`, measured);
      rows.push([
        label,
        corpus.pages,
        jobs,
        measured.seconds,
        corpus.pages / measured.seconds,
        corpus.bytes / MB / measured.seconds,
        measured.cpuSeconds,
        `${Math.round((100 * measured.cpuSeconds) / measured.seconds)}%`,
        corpus.pages / measured.cpuSeconds,
        ...threadCells(measured, corpus.pages),
        measured.peakRssMb,
        measured.load,
        String(measured.exit),
      ]);
    }
    printTable(
      `CLI \`threadlens pages\` throughput and peak RSS${NODE_FLAGS.length ? ` (node ${NODE_FLAGS.join(' ')})` : ''}`,
      ['corpus', 'pages', 'jobs', 'seconds', 'pages/s', 'MB/s', 'cpu s', 'cpu use', 'pages/cpu-s', ...THREAD_HEADINGS, 'peak RSS MB', 'load', 'exit'],
      rows,
    );
    const one = results.get('100 MB/1')!;
    const two = results.get('100 MB/2')!;
    const rssSmall = results.get('10 MB/2')!.peakRssMb;
    const rssLarge = two.peakRssMb;
    printTable(
      'CLI scaling and memory targets',
      ['measure', 'value', 'target', 'met'],
      [
        ['speed-up --jobs 2 vs --jobs 1 (100 MB)', one.seconds / two.seconds, '>= 1.7', one.seconds / two.seconds >= 1.7 ? 'yes' : 'no'],
        // What the speed-up would be with two free cores: CPU cost per page with 2 jobs vs 1.
        ['CPU per page, --jobs 2 / --jobs 1', two.cpuSeconds / one.cpuSeconds, '~1.0', '-'],
        // Work besides the analysis: with two jobs on two cores it takes time from them.
        ['main thread share of all CPU (--jobs 2)', two.threads ? two.threads.mainSeconds / two.cpuSeconds : '-', 'small', '-'],
        ['V8 helper threads share of all CPU (--jobs 2)', two.threads ? two.threads.v8Seconds / two.cpuSeconds : '-', 'small', '-'],
        ['peak RSS 100 MB / 10 MB (--jobs 2)', rssLarge / rssSmall, '<= 1.2', rssLarge / rssSmall <= 1.2 ? 'yes' : 'no'],
      ],
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Copies of the fixture pages, 1,000 per folder, until the corpus reaches `target` bytes. */
function buildCorpus(dir: string, pages: Buffer[], target: number): Corpus {
  let bytes = 0;
  let count = 0;
  while (bytes < target) {
    const folder = join(dir, `part-${String(Math.floor(count / 1000)).padStart(3, '0')}`);
    if (count % 1000 === 0) mkdirSync(folder, { recursive: true });
    const page = pages[count % pages.length]!;
    writeFileSync(join(folder, `page-${String(count).padStart(6, '0')}.txt`), page);
    bytes += page.length;
    count++;
  }
  return { dir, pages: count, bytes };
}

function measure(corpus: Corpus, jobs: number): Promise<Measured> {
  return measureCli(['pages', corpus.dir, '--jobs', String(jobs), '-o', '/dev/null', '-q']);
}
