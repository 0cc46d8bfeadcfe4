/**
 * Conspiracy tagger throughput on the PAN 2024 English dev texts (comment-sized Telegram posts),
 * single thread. MB/s counts UTF-16 code units / 1e6 (≈ bytes for mostly-ASCII text). Also a
 * worst-case row on one long synthetic comment, to show the scan stays linear.
 *
 * Two rates: wall-clock, and per CPU-second (process user+system time). On a shared machine the
 * wall rate falls with the load of other processes; the CPU rate is what one free core does.
 */
import { cpus, loadavg } from 'node:os';
import { tagConspiracy } from '../../../src/tag/conspiracy/index.js';
import { printTable } from '../../lib/table.js';
import { loadPan } from '../../eval/sections/40-pan2024.js';

function measure(texts: string[], minSeconds: number): { rounds: number; seconds: number; cpuSeconds: number } {
  let rounds = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  let seconds = 0;
  do {
    for (const text of texts) tagConspiracy(text);
    rounds++;
    seconds = (performance.now() - started) / 1000;
  } while (seconds < minSeconds);
  const used = process.cpuUsage(cpu);
  return { rounds, seconds, cpuSeconds: (used.user + used.system) / 1e6 };
}

export async function run(): Promise<void> {
  const texts = loadPan().map((item) => item.text);
  const chars = texts.reduce((sum, text) => sum + text.length, 0);
  measure(texts, 0.3); // warm-up: cue index compiled and JIT settled before timing
  const pan = measure(texts, 2);
  const long = `${texts.join('\n\n')}`.repeat(3);
  const big = measure([long], 1);
  const row = (name: string, n: number, size: number, m: ReturnType<typeof measure>) => [
    name,
    n,
    size / 1e6,
    (n * m.rounds) / m.seconds,
    (size * m.rounds) / 1e6 / m.seconds,
    (size * m.rounds) / 1e6 / m.cpuSeconds,
  ];
  printTable('Conspiracy tagger throughput, single thread', ['input', 'comments', 'MB', 'comments/s', 'MB/s (wall)', 'MB/s (per CPU s)'], [
    row('PAN 2024 en_dev texts', texts.length, chars, pan),
    row('all texts joined, x3 (one long input)', 1, long.length, big),
  ]);
  process.stdout.write(`(1-minute load average during the run: ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores)\n\n`);
}
