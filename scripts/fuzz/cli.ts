/**
 * `npx tsx scripts/fuzz/cli.ts [--seed N] [--count N]`: a fuzz run outside the bench, printing the
 * same summary (FUZZ_SEED and FUZZ_COUNT work too).
 */
import { parseArgs } from 'node:util';
import { printFuzzSummary } from './report.js';
import { runFuzz } from './run.js';

const { values } = parseArgs({ options: { seed: { type: 'string' }, count: { type: 'string' } } });
const seed = Number(values.seed ?? process.env.FUZZ_SEED ?? 1);
const count = Number(values.count ?? process.env.FUZZ_COUNT ?? 500);
let shown = 0;
const summary = await runFuzz({
  seed,
  count,
  onProgress: (done) => {
    if (done - shown >= 500) process.stderr.write(`  ${(shown = done)} / ${count}\n`);
  },
});
printFuzzSummary(summary, 'fuzz');
