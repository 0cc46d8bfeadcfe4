/**
 * `npx tsx scripts/fuzz/replay.ts --seed S --index I [--call C] [--save FILE]`: rebuilds one mutant
 * from its seed and index, prints its steps and, per entry point, the CPU time and any problems.
 * `--save` writes the mutant to a file (under .tmp/, never into the repository).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { snapshotPrototypes } from './prototypes.js';

const prototypes = snapshotPrototypes();
const { loadSeeds } = await import('./seeds/index.js');
const { makeMutant } = await import('./mutations/index.js');
const { CALLS, probe } = await import('./probe.js');

const { values } = parseArgs({ options: { seed: { type: 'string' }, index: { type: 'string' }, call: { type: 'string' }, save: { type: 'string' } } });
const mutant = makeMutant(Number(values.seed), Number(values.index), loadSeeds());
process.stdout.write(`seed ${mutant.seed} mutant ${mutant.index}: ${mutant.seedPage}: ${mutant.steps.join(' → ')}; ${mutant.input.length} ${typeof mutant.input === 'string' ? 'characters' : 'bytes'}\n`);
if (values.save) writeFileSync(values.save, mutant.input);
const calls = CALLS.filter((call) => !values.call || call === values.call);
for (const call of calls) {
  const result = probe(mutant, prototypes, { fixedMs: Number.POSITIVE_INFINITY, msPerKchar: 0 }, [call], true);
  process.stdout.write(`${call}: ${Math.round(result.cpuMs)} ms CPU, ${result.spans} spans, typed errors [${result.typedErrors.join(', ')}]\n`);
  for (const problem of result.problems) process.stdout.write(`  ${problem.kind}: ${problem.detail}\n`);
}
