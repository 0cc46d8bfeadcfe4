/**
 * The long hostile-input run (issue 11): FUZZ_COUNT mutants (default 10,000) of FUZZ_SEED (default
 * a new seed each day, printed, so repeated runs explore new mutants and any run can be replayed),
 * counted by problem kind. The CI test runs 2,000 of a fixed seed. Failures are saved with a
 * minimal reproduction under .tmp/fuzz/; `npx tsx scripts/fuzz/replay.ts --seed S --index I`
 * rebuilds one.
 */
import { printFuzzSummary } from '../../fuzz/report.js';
import { runFuzz } from '../../fuzz/run.js';

export async function run(): Promise<void> {
  const count = Number(process.env.FUZZ_COUNT ?? 10_000);
  const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Date.now() / 86_400_000));
  let shown = 0;
  const summary = await runFuzz({
    seed,
    count,
    onProgress: (done) => {
      if (done - shown >= 1000) process.stderr.write(`  fuzz: ${(shown = done)} / ${count}\n`);
    },
  });
  printFuzzSummary(summary, 'hostile input, long run');
}
