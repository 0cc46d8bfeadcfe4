/**
 * `npx tsx scripts/fuzz/replay.ts --seed S --index I [--call C] [--save FILE] [--minimize MS]`:
 * rebuilds one mutant from its seed and index, prints its steps and, per entry point, the CPU time
 * and any problems. `--save` writes the mutant to a file (under .tmp/, never into the
 * repository); `--minimize` shrinks it for up to MS milliseconds per problem kind and prints the
 * smallest input that still shows each.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { snapshotPrototypes } from './prototypes.js';

const prototypes = snapshotPrototypes();
const { loadSeeds } = await import('./seeds/index.js');
const { makeMutant } = await import('./mutations/index.js');
const { CALLS, probe } = await import('./probe.js');
const { minimize } = await import('./minimize.js');

const { values } = parseArgs({ options: { seed: { type: 'string' }, index: { type: 'string' }, call: { type: 'string' }, save: { type: 'string' }, minimize: { type: 'string' } } });
const mutant = makeMutant(Number(values.seed), Number(values.index), loadSeeds());
process.stdout.write(`seed ${mutant.seed} mutant ${mutant.index}: ${mutant.seedPage}: ${mutant.steps.join(' → ')}; ${mutant.input.length} ${typeof mutant.input === 'string' ? 'characters' : 'bytes'}\n`);
if (values.save) writeFileSync(values.save, mutant.input);
const calls = CALLS.filter((call) => !values.call || call === values.call);
for (const call of calls) {
  const result = probe(mutant, prototypes, { fixedMs: Number.POSITIVE_INFINITY, msPerKchar: 0 }, [call], true);
  process.stdout.write(`${call}: ${Math.round(result.cpuMs)} ms CPU, ${result.spans} spans, typed errors [${result.typedErrors.join(', ')}]\n`);
  for (const problem of result.problems) process.stdout.write(`  ${problem.kind}: ${problem.detail}\n`);
  if (!values.minimize) continue;
  for (const kind of new Set(result.problems.map((p) => p.kind))) {
    if (kind === 'over-budget' || kind === 'nondeterministic') continue;
    const shrunk = minimize(mutant, result.problems.find((p) => p.kind === kind)!, prototypes, Number(values.minimize));
    const shown = typeof shrunk.input === 'string' ? JSON.stringify(shrunk.input) : `bytes [${Array.from(shrunk.input).join(',')}]`;
    process.stdout.write(`  minimal ${kind}${shrunk.complete ? '' : ' (time limit reached)'} after ${shrunk.evaluations} runs: ${shown}\n`);
  }
}
