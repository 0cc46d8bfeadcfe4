/**
 * How analyzePage's cost grows on pathological pages (issue 11): every shape in
 * scripts/fuzz/shapes at 1x, 4x and 16x its base size (64,000 characters unless the shape says
 * otherwise: 3,125 comments for the 50k-comment thread, 4,000 characters for the consonant run).
 * Each run is one analyzePage call in a fresh process (after a warm-up on the same shape at half
 * the base size), timed on its CPU clock, with a hard timeout that kills the process. Linear cost
 * gives ratios of 4 and 16; the bar is t(16x)/t(1x) <= 20. Then the CLI on three of the shapes.
 *
 * GROWTH_SHAPES=word,html runs only shapes whose name contains one of the words;
 * GROWTH_TIMEOUT_S caps the CPU a timed call may take (default 60 s); a call is killed earlier
 * once it is past three times the bar for its size, since its ratio is then known to fail.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_BASE_CHARS, SHAPES } from '../../fuzz/shapes/index.js';
import { printTable } from '../../lib/table.js';
import { cliAvailable, runCli } from '../growth/cli.js';
import { BAR, bundleChild, FACTORS, timeShape, TIMEOUT_MS } from '../growth/measure.js';

/** The CLI runs are timed by the wall clock (start-up included), so they get more room. */
const CLI_TIMEOUT_MS = 2 * TIMEOUT_MS;
const CLI_SHAPES = ['comments: questions and @replies (50k at 16x)', 'word: consonant run (base 4,000)', 'html: sibling WordPress comments'];

export async function run(): Promise<void> {
  await bundleChild();
  const words = (process.env.GROWTH_SHAPES ?? '').split(',').filter(Boolean);
  const chosen = SHAPES.map((shape, index) => ({ shape, index })).filter(({ shape }) => words.length === 0 || words.some((w) => shape.name.includes(w)));
  const rows: (string | number)[][] = [];
  let failing = 0;
  for (const { shape, index } of chosen) {
    const sizes = await timeShape(index);
    const t1 = sizes.get(1)?.result?.cpuMs;
    // A size killed at its CPU limit stops the shape; larger sizes count as over that limit too.
    const killedAt = FACTORS.map((f) => sizes.get(f)).find((size) => size?.result === null);
    const over = (factor: number) => FACTORS.some((f) => f <= factor && sizes.get(f)?.result === null);
    const ratio = (factor: number): number | string => {
      if (!t1) return '-';
      if (over(factor)) return `>${Math.round(killedAt!.limitMs / t1)}`;
      return sizes.get(factor)?.result ? sizes.get(factor)!.result!.cpuMs / t1 : '-';
    };
    const ms = (factor: number) => {
      if (over(factor)) return `>${Math.round(killedAt!.limitMs)}`;
      return sizes.get(factor)?.result?.cpuMs ?? '-';
    };
    const r16 = ratio(16);
    const ok = typeof r16 === 'number' && r16 <= BAR;
    if (!ok) failing++;
    const comments = FACTORS.map((f) => sizes.get(f)?.result?.comments ?? '-').join(' / ');
    const bodies = FACTORS.map((f) => (sizes.get(f)?.result ? (sizes.get(f)!.result!.body ? 'y' : 'n') : '-')).join('');
    rows.push([shape.name, shape.area, shape.baseChars ?? DEFAULT_BASE_CHARS, ms(1), ms(4), ms(16), ratio(4), r16, ok ? 'yes' : 'NO', `${sizes.get(1)?.runs ?? 0}/${sizes.get(16)?.runs ?? 0}`, comments, bodies]);
    process.stderr.write(`  growth: ${shape.name}: 16x/1x ${typeof r16 === 'number' ? r16.toFixed(1) : r16}\n`);
  }
  printTable(
    `analyzePage cost against page size, ${chosen.length} pathological shapes: CPU ms of one call in a fresh process, median of the runs (bar: t(16x)/t(1x) <= ${BAR}; a call is killed past 3x the bar at its size, at least 5 s, at most ${TIMEOUT_MS / 1000} s of CPU, and shown as ">limit")`,
    ['shape', 'owner', 'chars at 1x', 'ms 1x', 'ms 4x', 'ms 16x', '4x/1x', '16x/1x', `<= ${BAR}`, 'runs 1x/16x', 'comments 1x / 4x / 16x', 'body'],
    rows,
  );
  process.stdout.write(`shapes over the bar: ${failing} of ${chosen.length}\n\n`);
  if (words.length === 0 || CLI_SHAPES.some((name) => words.some((w) => name.includes(w)))) await cliGrowth(words);
}

async function cliGrowth(words: string[]): Promise<void> {
  if (!cliAvailable()) {
    process.stdout.write('(CLI growth skipped: dist/cli.js is missing; run `npm run build`)\n\n');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'threadlens-growth-'));
  try {
    const startup = await runCli(dir, 'startup', 'Hello.', CLI_TIMEOUT_MS);
    const rows: (string | number)[][] = [];
    for (const name of CLI_SHAPES.filter((n) => words.length === 0 || words.some((w) => n.includes(w)))) {
      const shape = SHAPES.find((s) => s.name === name)!;
      const runs = new Map<number, Awaited<ReturnType<typeof runCli>>>();
      for (const factor of FACTORS) {
        const one = await runCli(dir, `f${factor}`, shape.make((shape.baseChars ?? DEFAULT_BASE_CHARS) * factor), CLI_TIMEOUT_MS);
        runs.set(factor, one);
        if (one.timedOut) break;
      }
      const net = (factor: number) => Math.max(0.001, (runs.get(factor)?.seconds ?? NaN) - startup.seconds);
      const cell = (factor: number) => {
        const one = runs.get(factor);
        if (!one) return '-';
        return one.timedOut ? `>${CLI_TIMEOUT_MS / 1000} s` : one.seconds;
      };
      const records = [...runs.values()].map((r) => `${r.records}${r.error ? ` (${r.error})` : ''}`).join(' / ');
      const r16 = runs.get(16) && !runs.get(16)!.timedOut ? net(16) / net(1) : '-';
      rows.push([name, cell(1), cell(4), cell(16), runs.get(4) && !runs.get(4)!.timedOut ? net(4) / net(1) : '-', r16, typeof r16 === 'number' && r16 <= BAR ? 'yes' : 'NO', records]);
    }
    printTable(
      `CLI \`threadlens pages FILE --jobs 1\`, wall seconds (start-up on a one-line page: ${startup.seconds.toFixed(2)} s, taken off before the ratios)`,
      ['shape', 's 1x', 's 4x', 's 16x', '4x/1x', '16x/1x', `<= ${BAR}`, 'records per run (1x / 4x / 16x)'],
      rows,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
