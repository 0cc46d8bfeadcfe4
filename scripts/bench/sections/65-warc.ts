/**
 * WARC input: `threadlens pages crawl.warc.gz`, gzip per record with a request record before each
 * response, as crawlers write them. Two measures, both printed:
 * - crawl (the floors' measure since the sixteenth session): a WARC of DISTINCT pages, as a crawl
 *   meets them: the tune part (../shared/data/splits.mjs) of the Dragnet pages and of the WCXB dev
 *   pages, and the project's tune fixture pages (text in <pre>, written HTML), read from ../shared
 *   and fixtures/ at bench time, in an order mixing the sources (a stable hash of the URL). Its "1x"
 *   is every tenth page of that order, its "10x" all of them.
 * - copies (the old measure, kept so the change of measure shows): the 446 Dragnet pages and the
 *   text fixture pages ("1x"), and ten copies of them ("10x"). One worker answers copies 2-10 from its
 *   caches while two workers each meet every page first, which no crawl looks like.
 * Reports pages per CPU-second on one worker (what sizes a cluster: pages per core-hour, core-hours
 * per billion pages), the share of that CPU spent only reading the WARC (decompressing and parsing
 * records, timed in-process without analysis), the --jobs 2 wall speed-up (issue 17's target,
 * >= 1.7x; alternating pairs, the median), and peak RSS from 1x to 10x (target: flat within 20%),
 * with the memory of each 10x run as its output passed 1x, 2x, 5x and 10x the 1x pages, so a reader
 * sees where growth stops (a 1x run ends inside each worker's warm-up: compiled code, caches).
 * `npm run bench -- warc`.
 */
import { readdirSync, readFileSync, mkdtempSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCliArgs } from '../../../src/cli/args.js';
import { warcFileItems } from '../../../src/cli/sources/warc.js';
import { buildWarc, type WarcPage } from '../../lib/warc-build.js';
import { measureCli, CLI, ROOT, THREAD_HEADINGS, threadCells, type Measured } from '../../lib/measure-cli.js';
import { partOf } from '../../lib/parts.js';
import { printTable, SHARED_DATA } from '../../lib/table.js';

const DRAGNET = `${SHARED_DATA}dragnet/training/`;
const WCXB = `${SHARED_DATA}wcxb/dev/`;
/** Multiples of the 1x WARC's page count at which a 10x run's memory is read. */
const MEMORY_MARKS = [1, 2, 5, 10];
/**
 * Pairs of --jobs 1 and --jobs 2 runs on each WARC (BENCH_WARC_ROUNDS; 1 by default: the crawl's 10x
 * pair alone is ~4 minutes on a quiet machine, the whole section ~8); with more, the speed-up is the
 * median pair's.
 */
const ROUNDS = Math.max(1, Number(process.env.BENCH_WARC_ROUNDS ?? 1));
/** BENCH_WARC_PAGES=N: each 1x WARC cut to its first N pages (a quick check that the section runs, not a figure). */
const PAGES = Number(process.env.BENCH_WARC_PAGES ?? Infinity);
const MB = 1024 * 1024;

interface Measure {
  name: string;
  /** 1x and 10x WARCs, and how many pairs each gets. */
  warcs: { label: '1x' | '10x'; pages: WarcPage[]; rounds: number }[];
}

export async function run(): Promise<void> {
  // A multiple of ten pages, so the 1x (every tenth) is exactly a tenth of the 10x.
  const all = crawlPages().slice(0, PAGES * 10);
  const crawl = all.slice(0, all.length - (all.length % 10));
  const crawlBase = crawl.filter((_, i) => i % 10 === 0);
  const corpus = corpusPages().slice(0, PAGES);
  const measures: Measure[] = [
    { name: 'crawl', warcs: [{ label: '1x', pages: crawlBase, rounds: ROUNDS }, { label: '10x', pages: crawl, rounds: ROUNDS }] },
    { name: 'copies', warcs: [{ label: '1x', pages: corpus, rounds: ROUNDS }, { label: '10x', pages: copies(corpus, 10), rounds: ROUNDS }] },
  ];
  const work = mkdtempSync(join(tmpdir(), 'threadlens-bench-warc-'));
  try {
    const rows: (string | number)[][] = [];
    const memoryRows: (string | number)[][] = [];
    const sizing: (string | number)[][] = [];
    for (const measure of measures) {
      const results = new Map<string, Measured[]>();
      const basePages = measure.warcs[0]!.pages.length;
      for (const warc of measure.warcs) {
        const path = join(work, `${measure.name}-${warc.label}.warc.gz`);
        writeFileSync(path, await buildWarc(warc.pages, { withRequests: true }));
        const count = warc.pages.length;
        // Records come out on stdout and are counted as they come (every run alike, so the 1x and 10x peaks compare).
        const marks = MEMORY_MARKS.map((times) => times * basePages).filter((records) => records <= count);
        // --jobs 1 and --jobs 2 alternate; the speed-up is the median of the pairs'.
        for (let round = 0; round < warc.rounds; round++) {
          for (const jobs of [1, 2]) {
            const measured = await measureCli(['pages', path, '--jobs', String(jobs), '-q'], CLI, marks);
            results.set(`${warc.label}/${jobs}`, [...(results.get(`${warc.label}/${jobs}`) ?? []), measured]);
            rows.push([measure.name, warc.label, count, statSync(path).size / MB, jobs, measured.seconds, count / measured.seconds, measured.cpuSeconds, count / measured.cpuSeconds, ...threadCells(measured, count), measured.peakRssMb, measured.load, String(measured.exit)]);
            process.stderr.write(`warc bench: ${measure.name} ${warc.label} --jobs ${jobs}: ${measured.seconds.toFixed(1)} s, ${measured.cpuSeconds.toFixed(1)} cpu s, load ${measured.load.toFixed(1)}\n`);
          }
        }
      }
      for (const jobs of [1, 2]) {
        const marks = results.get(`10x/${jobs}`)![0]!.memoryAt;
        // A mark the output never reached (the run ended early: see its exit) is a row of dashes, not a missing row.
        for (const times of MEMORY_MARKS) {
          const mark = marks.find((m) => m.records === times * basePages);
          memoryRows.push(mark ? [measure.name, jobs, mark.records, times, mark.rssMb, mark.peakRssMb, mark.peakRssMb / marks[0]!.peakRssMb] : [measure.name, jobs, times * basePages, times, '-', '-', 'not reached']);
        }
      }
      sizing.push(...await sizingRows(measure.name, results, join(work, `${measure.name}-1x.warc.gz`), measure.warcs[1]!.pages.length, measure.name === 'crawl'));
    }
    printTable('`threadlens pages` on a WARC (gzip per record; crawl = distinct pages, copies = the old measure)', ['measure', 'WARC', 'pages', 'MB gz', 'jobs', 'seconds', 'pages/s', 'cpu s', 'pages/cpu-s', ...THREAD_HEADINGS, 'peak RSS MB', 'load', 'exit'], rows);
    printTable('Memory over one 10x run, as its output passed each count of pages (RSS and peak RSS so far, MB)', ['measure', 'jobs', 'pages out', 'x 1x WARC', 'RSS MB', 'peak so far MB', 'peak / peak at 1x'], memoryRows);
    printTable('WARC reading cost, sizing and the floors (crawl: the floors\' measure; copies: the old one)', ['measure', 'value', 'target', 'met'], sizing);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The summary rows of one measure: the floors' figures on its 10x WARC (crawl) or both (copies), and the reading cost on its 1x. */
async function sizingRows(name: string, results: Map<string, Measured[]>, base: string, bigCount: number, floors: boolean): Promise<(string | number)[][]> {
  const pairsOf = (label: string) => {
    const ones = results.get(`${label}/1`)!;
    const twos = results.get(`${label}/2`)!;
    // The pair with the median speed-up stands for the run (CPU per page from the same pair).
    const pairs = ones.map((one, i) => ({ one, two: twos[i]!, speedUp: one.seconds / twos[i]!.seconds })).sort((a, b) => a.speedUp - b.speedUp);
    return { ...pairs[pairs.length >> 1]!, list: pairs.map((p) => p.speedUp.toFixed(3)).join(' / '), count: pairs.length };
  };
  const small = pairsOf('1x');
  const big = pairsOf('10x');
  const met = (ok: boolean) => (floors ? (ok ? 'yes' : 'no') : '-');
  const perCpuSecond = (count: number, measured: Measured) => count / measured.cpuSeconds;
  return [
    [`${name}: reading only (warcio, in-process), cpu s for the 1x WARC`, await readOnlySeconds(base), '-', '-'],
    [`${name}: pages per core-hour (--jobs 1 on the 10x WARC, from CPU time)`, perCpuSecond(bigCount, big.one) * 3600, '-', '-'],
    [`${name}: core-hours per billion such pages`, 1e9 / (perCpuSecond(bigCount, big.one) * 3600), '-', '-'],
    [`${name}: speed-up --jobs 2 vs --jobs 1 on the 1x WARC (wall; median of ${small.count} pairs, ${small.list})`, small.speedUp, '-', '-'],
    [`${name}: speed-up --jobs 2 vs --jobs 1 on the 10x WARC (wall; median of ${big.count} pairs, ${big.list})`, big.speedUp, '>= 1.7', met(big.speedUp >= 1.7)],
    [`${name}: CPU --jobs 2 / --jobs 1 on the 10x WARC`, big.two.cpuSeconds / big.one.cpuSeconds, '~1.0', '-'],
    [`${name}: V8 helper threads share of all CPU (--jobs 2, 10x)`, big.two.threads ? big.two.threads.v8Seconds / big.two.cpuSeconds : '-', 'small', '-'],
    [`${name}: main thread share of all CPU (--jobs 2, 10x; reads the WARC)`, big.two.threads ? big.two.threads.mainSeconds / big.two.cpuSeconds : '-', 'small', '-'],
    [`${name}: peak RSS 10x / 1x WARC (--jobs 1)`, big.one.peakRssMb / small.one.peakRssMb, '<= 1.2', met(big.one.peakRssMb / small.one.peakRssMb <= 1.2)],
    [`${name}: peak RSS 10x / 1x WARC (--jobs 2)`, big.two.peakRssMb / small.two.peakRssMb, '<= 1.2', met(big.two.peakRssMb / small.two.peakRssMb <= 1.2)],
  ];
}

/**
 * Distinct pages as a crawl meets them: the tune part of Dragnet and of WCXB dev (raw bytes; WCXB
 * with no charset in its header, as many servers send, so the page's own meta tag decides), the
 * text fixture pages in <pre> and the written HTML fixture pages (fixtures/check is never read),
 * ordered by a stable hash of the URL so every slice mixes the sources.
 */
export function crawlPages(): WarcPage[] {
  const dragnet = readdirSync(DRAGNET)
    .filter((name) => name.endsWith('.html') && partOf('dragnet', name.slice(0, -'.html'.length)) === 'tune')
    .map((name) => ({ url: `https://dragnet.example/${name}`, body: readFileSync(join(DRAGNET, name)) }));
  const wcxb = readdirSync(WCXB)
    .filter((name) => name.endsWith('.html.gz') && partOf('wcxb', name.slice(0, -'.html.gz'.length)) === 'tune')
    .map((name) => ({ url: `https://wcxb.example/${name.slice(0, -'.gz'.length)}`, body: gunzipSync(readFileSync(join(WCXB, name))), contentType: 'text/html' }));
  const written = join(ROOT, 'fixtures', 'html', 'written');
  const html = readdirSync(written)
    .filter((name) => name.endsWith('.html'))
    .map((name) => ({ url: `https://written.example/${name}`, body: readFileSync(join(written, name)) }));
  return [...dragnet, ...wcxb, ...textFixturePages(), ...html]
    .map((page) => ({ page, key: fnv1a(page.url) }))
    .sort((a, b) => a.key - b.key || (a.page.url < b.page.url ? -1 : 1))
    .map(({ page }) => page);
}

/** The old measure's 1x: Dragnet's 446 HTML pages as they are, then the plain-text fixture pages. */
export function corpusPages(): WarcPage[] {
  const dragnet = readdirSync(DRAGNET)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => ({ url: `https://dragnet.example/${name}`, body: readFileSync(join(DRAGNET, name)) }));
  return [...dragnet, ...textFixturePages()];
}

/** The plain-text fixture pages wrapped in <pre>, as a crawler would store a text page served as HTML. */
function textFixturePages(): WarcPage[] {
  return readdirSync(join(ROOT, 'fixtures', 'pages'))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ url: `https://fixtures.example/${name}`, body: `<html><body><pre>${escapeHtml(readFileSync(join(ROOT, 'fixtures', 'pages', name), 'utf8'))}</pre></body></html>` }));
}

/** FNV-1a of a string: a stable order that mixes the sources. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
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
