/**
 * Split throughput on one core: a corpus of at least 50 MB of fixture pages, then one page grown
 * to 1x, 4x and 16x its size, to show that cost grows linearly with size.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { splitPage } from '../../../src/index.js';
import { FIXTURES } from '../../../tests/gold.js';
import { printTable } from '../../lib/table.js';

const CORPUS_MB = Number(process.env.BENCH_SPLIT_MB ?? 50);
const SCALING_BASE_MB = Number(process.env.BENCH_SCALING_MB ?? 1.25);

function fixturePages(): string[] {
  const dir = join(FIXTURES, 'pages');
  return readdirSync(dir).filter((n) => n.endsWith('.txt')).sort().map((n) => readFileSync(join(dir, n), 'utf8'));
}

function seconds(work: () => void): number {
  const started = process.cpuUsage();
  work();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6;
}

/** A long thread: one fixture's article, then its comment section repeated to the wanted size. */
function grownPage(page: string, megabytes: number): string {
  const cut = Math.floor(page.length * 0.4);
  const head = page.slice(0, cut);
  const tail = page.slice(cut);
  const copies = Math.max(1, Math.ceil((megabytes * 1e6 - head.length) / tail.length));
  return head + `\n\n${tail}`.repeat(copies);
}

export async function run(): Promise<void> {
  const pages = fixturePages();
  for (const page of pages) splitPage(page);
  const corpus: string[] = [];
  let size = 0;
  while (size < CORPUS_MB * 1e6) {
    for (const page of pages) {
      corpus.push(page);
      size += page.length;
    }
  }
  let comments = 0;
  const corpusSeconds = seconds(() => {
    for (const page of corpus) comments += splitPage(page).comments.length;
  });
  printTable(`splitPage throughput, one core (CPU time), ${corpus.length} fixture pages`, ['corpus', 'MB', 'pages', 'comments', 'CPU s', 'MB/s', 'pages/s'], [
    ['fixture pages repeated', size / 1e6, corpus.length, comments, corpusSeconds, size / 1e6 / corpusSeconds, corpus.length / corpusSeconds],
  ]);

  const base = pages.find((p) => p.includes('says:')) ?? pages[0]!;
  const rows: (string | number)[][] = [];
  let baseRate = 0;
  for (const factor of [1, 4, 16]) {
    const page = grownPage(base, SCALING_BASE_MB * factor);
    const cpu = seconds(() => splitPage(page));
    const rate = page.length / 1e6 / cpu;
    if (factor === 1) baseRate = rate;
    rows.push([`${factor}x`, page.length / 1e6, cpu, rate, rate / baseRate]);
  }
  const line = 'word, '.repeat(Math.ceil((SCALING_BASE_MB * 1e6) / 6));
  for (const factor of [1, 4, 16]) {
    const text = line.repeat(factor);
    const cpu = seconds(() => splitPage(text));
    rows.push([`one line ${factor}x`, text.length / 1e6, cpu, text.length / 1e6 / cpu, '']);
  }
  printTable('splitPage cost against page size (linear: MB/s stays flat)', ['page', 'MB', 'CPU s', 'MB/s', 'rate vs 1x'], rows);
}
