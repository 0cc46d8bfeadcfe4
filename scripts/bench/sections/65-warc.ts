/**
 * WARC input: `threadlens pages crawl.warc.gz` over a WARC built here from the 446 Dragnet pages
 * (../shared/data) and the fixture pages, gzip per record with a request record before each
 * response, as crawlers write them. Reports pages per CPU-second on one worker (what sizes a
 * cluster: pages per core-hour, core-hours per billion pages), the share of that CPU spent only
 * reading the WARC (decompressing and parsing records, timed in-process without analysis), the
 * --jobs 2 wall speed-up on that WARC (issue 17's target, >= 1.7x; alternating pairs, the median),
 * the same pair on a WARC ten times larger (steady state: on the 1x file each worker's JIT warm-up
 * weighs on a run of a few seconds), and peak RSS on the larger WARC (target: flat within 20%),
 * with the memory of each 10x run as its output passed 1x, 2x, 5x and 10x the pages, so a reader
 * sees where growth stops (the 1x run ends inside each worker's warm-up: compiled code, caches).
 * `npm run bench -- warc`.
 */
import { readdirSync, readFileSync, mkdtempSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCliArgs } from '../../../src/cli/args.js';
import { warcFileItems } from '../../../src/cli/sources/warc.js';
import { buildWarc, type WarcPage } from '../../lib/warc-build.js';
import { measureCli, CLI, ROOT, THREAD_HEADINGS, threadCells, type Measured } from '../../lib/measure-cli.js';
import { printTable, SHARED_DATA } from '../../lib/table.js';

const DRAGNET = `${SHARED_DATA}dragnet/training/`;
/** Multiples of the 1x WARC's page count at which a 10x run's memory is read. */
const MEMORY_MARKS = [1, 2, 5, 10];
/** Pairs of --jobs 1 and --jobs 2 runs on the 1x WARC (BENCH_WARC_ROUNDS; 3 by default): one pair's speed-up moved by a few percent between runs. */
const SCALING_ROUNDS = Math.max(1, Number(process.env.BENCH_WARC_ROUNDS ?? 3));
const MB = 1024 * 1024;

export async function run(): Promise<void> {
  const pages = corpusPages();
  const work = mkdtempSync(join(tmpdir(), 'threadlens-bench-warc-'));
  try {
    const base = join(work, 'base.warc.gz');
    const large = join(work, 'large.warc.gz');
    writeFileSync(base, await buildWarc(pages, { withRequests: true }));
    writeFileSync(large, await buildWarc(copies(pages, 10), { withRequests: true }));
    // --jobs 1 and --jobs 2 alternate, SCALING_ROUNDS pairs: the speed-up is the median of the pairs'.
    const runs: [string, string, number, number][] = [
      ...Array.from({ length: SCALING_ROUNDS }, () => [['1x', base, pages.length, 1], ['1x', base, pages.length, 2]] as [string, string, number, number][]).flat(),
      ['10x', large, pages.length * 10, 1],
      ['10x', large, pages.length * 10, 2],
    ];
    const results = new Map<string, Measured[]>();
    const rows: (string | number)[][] = [];
    for (const [label, path, count, jobs] of runs) {
      // Records come out on stdout and are counted as they come (every run alike, so the 1x and 10x peaks compare).
      const marks = MEMORY_MARKS.map((times) => times * pages.length).filter((records) => records <= count);
      const measured = await measureCli(['pages', path, '--jobs', String(jobs), '-q'], CLI, marks);
      results.set(`${label}/${jobs}`, [...(results.get(`${label}/${jobs}`) ?? []), measured]);
      rows.push([label, count, statSync(path).size / MB, jobs, measured.seconds, count / measured.seconds, measured.cpuSeconds, count / measured.cpuSeconds, ...threadCells(measured, count), measured.peakRssMb, measured.load, String(measured.exit)]);
    }
    printTable('`threadlens pages` on a WARC (gzip per record)', ['WARC', 'pages', 'MB gz', 'jobs', 'seconds', 'pages/s', 'cpu s', 'pages/cpu-s', ...THREAD_HEADINGS, 'peak RSS MB', 'load', 'exit'], rows);
    printTable(
      'Memory over one 10x run, as its output passed each count of pages (RSS and peak RSS so far, MB)',
      ['jobs', 'pages out', 'x 1x WARC', 'RSS MB', 'peak so far MB', 'peak / peak at 1x'],
      [1, 2].flatMap((jobs) => {
        const marks = results.get(`10x/${jobs}`)![0]!.memoryAt;
        // A mark the output never reached (the run ended early: see its exit) is a row of dashes, not a missing row.
        return MEMORY_MARKS.map((times) => {
          const mark = marks.find((m) => m.records === times * pages.length);
          return mark ? [jobs, mark.records, times, mark.rssMb, mark.peakRssMb, mark.peakRssMb / marks[0]!.peakRssMb] : [jobs, times * pages.length, times, '-', '-', 'not reached'];
        });
      }),
    );

    const read = await readOnlySeconds(base);
    const ones = results.get('1x/1')!;
    const twos = results.get('1x/2')!;
    // The pair with the median speed-up stands for the run (CPU per page from the same pair).
    const pairs = ones.map((one, i) => ({ one, two: twos[i]!, speedUp: one.seconds / twos[i]!.seconds })).sort((a, b) => a.speedUp - b.speedUp);
    const { one, two } = pairs[pairs.length >> 1]!;
    const big = results.get('10x/2')![0]!;
    const bigOne = results.get('10x/1')![0]!;
    const perCpuSecond = pages.length / one.cpuSeconds;
    printTable('WARC reading cost and sizing', ['measure', 'value', 'target', 'met'], [
      ['reading only (warcio, in-process), cpu s for the 1x WARC', read, '-', '-'],
      ['reading share of the --jobs 1 run\'s CPU', read / one.cpuSeconds, 'small', '-'],
      ['pages per core-hour (--jobs 1, from CPU time)', perCpuSecond * 3600, '-', '-'],
      ['core-hours per billion such pages', 1e9 / (perCpuSecond * 3600), '-', '-'],
      [`speed-up --jobs 2 vs --jobs 1 (wall; median of ${pairs.length} pairs, ${pairs.map((p) => p.speedUp.toFixed(3)).join(' / ')})`, one.seconds / two.seconds, '>= 1.7', one.seconds / two.seconds >= 1.7 ? 'yes' : 'no'],
      ['speed-up --jobs 2 vs --jobs 1 on the 10x WARC (wall; one pair, steady state)', bigOne.seconds / big.seconds, '>= 1.7', bigOne.seconds / big.seconds >= 1.7 ? 'yes' : 'no'],
      ['V8 helper threads share of all CPU (--jobs 2)', two.threads ? two.threads.v8Seconds / two.cpuSeconds : '-', 'small', '-'],
      ['CPU per page, --jobs 2 / --jobs 1', two.cpuSeconds / one.cpuSeconds, '~1.0', '-'],
      ['main thread share of all CPU (--jobs 2; reads the WARC)', two.threads ? two.threads.mainSeconds / two.cpuSeconds : '-', 'small', '-'],
      ['peak RSS 10x / 1x WARC (--jobs 1)', bigOne.peakRssMb / one.peakRssMb, '<= 1.2', bigOne.peakRssMb / one.peakRssMb <= 1.2 ? 'yes' : 'no'],
      ['peak RSS 10x / 1x WARC (--jobs 2)', big.peakRssMb / two.peakRssMb, '<= 1.2', big.peakRssMb / two.peakRssMb <= 1.2 ? 'yes' : 'no'],
    ]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Dragnet's HTML pages as they are; the plain-text fixture pages wrapped in <pre> as a crawler would store a text page served as HTML. */
export function corpusPages(): WarcPage[] {
  const dragnet = readdirSync(DRAGNET)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => ({ url: `https://dragnet.example/${name}`, body: readFileSync(join(DRAGNET, name)) }));
  const fixtures = readdirSync(join(ROOT, 'fixtures', 'pages'))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ url: `https://fixtures.example/${name}`, body: `<html><body><pre>${escapeHtml(readFileSync(join(ROOT, 'fixtures', 'pages', name), 'utf8'))}</pre></body></html>` }));
  return [...dragnet, ...fixtures];
}

export function copies(pages: WarcPage[], times: number): WarcPage[] {
  const out: WarcPage[] = [];
  for (let copy = 0; copy < times; copy++) for (const page of pages) out.push({ ...page, url: `${page.url}?copy=${copy}` });
  return out;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** CPU seconds to read every record of the WARC (decompress, parse, copy out the HTML) without analysing it. */
async function readOnlySeconds(path: string): Promise<number> {
  const args = parseCliArgs(['pages', path]);
  const before = process.cpuUsage();
  let count = 0;
  for await (const item of warcFileItems(path, args.maxBytes, { skippedWarcRecords: 0 })) if (item.content) count++;
  const used = process.cpuUsage(before);
  if (count === 0) throw new Error('no records read');
  return (used.user + used.system) / 1e6;
}
