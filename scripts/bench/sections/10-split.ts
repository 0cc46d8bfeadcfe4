/**
 * Split throughput on one core: a corpus of at least 50 MB of fixture pages, then one page grown
 * to 1x, 4x and 16x its size, then whole-page dumps of 25k and 100k short lines and threads of
 * 12.5k and 50k comments, to show that cost grows linearly with size.
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
  printTable('splitPage on whole-page dumps of many short lines and many comments (linear: MB/s stays flat)', ['page', 'units', 'MB', 'CPU s', 'MB/s', 'rate vs 1/4'], [
    ...scaled('short lines', [25_000, 100_000], shortLines),
    ...scaled('comments', [12_500, 50_000], thread),
  ]);
}

/** One page per size, timed; the last column compares each rate with the smallest page's. */
function scaled(name: string, sizes: number[], make: (n: number) => string): (string | number)[][] {
  let firstRate = 0;
  return sizes.map((n, i) => {
    const page = make(n);
    splitPage(page.slice(0, 20_000));
    const cpu = seconds(() => splitPage(page));
    const rate = page.length / 1e6 / cpu;
    if (i === 0) firstRate = rate;
    return [`${name} ${n}`, n, page.length / 1e6, cpu, rate, rate / firstRate];
  });
}

const NAMES = ['night_owl_42', 'Ms_J_Parker', 'Anna Berg', 'Tom Reyes', 'pedro_m', 'Dr_Ines_P'];
const LINES = ['Reply', 'Share', '12', 'Anna Berg', 'x', '3 hours ago', 'Load more', 'Most read', 'News', 'Sport'];

/** innerText of a page whose elements are short lines: menus, buttons, counts, names. */
function shortLines(n: number): string {
  const lines = ['Council approves new bike lanes', '', 'The city council voted 6-1 on Tuesday to add protected bike lanes along two miles of Main Street.', ''];
  for (let i = 0; i < n; i++) lines.push(LINES[(i * 7) % LINES.length]!);
  return lines.join('\n');
}

/** A thread of n comments, each a name line, a date, its text and an action row, one element per line. */
function thread(n: number): string {
  const parts = ['Council approves new bike lanes', '', 'The city council voted 6-1 on Tuesday to add protected bike lanes along two miles of Main Street.', '', `${n} Comments`, ''];
  for (let i = 0; i < n; i++) {
    const name = NAMES[i % NAMES.length]!;
    const reply = i % 3 === 1 ? `@${NAMES[(i + 5) % NAMES.length]!.split(' ')[0]} ` : '';
    parts.push(name, `${1 + (i % 23)} hours ago`, `${reply}Comment number ${i} says the lanes are ${i % 2 ? 'too narrow' : 'overdue'} and asks who pays.`, 'Reply · Share', '');
  }
  return parts.join('\n');
}
