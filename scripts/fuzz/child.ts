/**
 * The fuzz child process: builds mutants [from, to) of one seed, probes each and reports to the
 * parent over IPC. A separate process, so the parent can kill it when a mutant hangs.
 */
import { snapshotPrototypes } from './prototypes.js';
import type { ChildMessage, RunRequest } from './protocol.js';

// The snapshot comes before the library is imported, so pollution at load time shows too.
const prototypes = snapshotPrototypes();
const { loadSeeds } = await import('./seeds/index.js');
const { makeMutant } = await import('./mutations/index.js');
const { probe } = await import('./probe.js');
const { minimize } = await import('./minimize.js');

/** Kinds whose shrinking would mean rerunning slow or flaky inputs. */
const NOT_MINIMIZED = new Set(['over-budget', 'hung', 'nondeterministic']);

const send = (message: ChildMessage) => new Promise<void>((resolve) => process.send!(message, () => resolve()));

process.once('message', async (request: RunRequest) => {
  const seeds = loadSeeds();
  // Warm-up on a few seed pages, unmutated and unchecked: the first calls load compromise and
  // compile the hot paths, which is not the cost of any one mutant.
  for (const page of seeds.slice(0, 3)) probe({ input: page.text, options: {} }, prototypes, { fixedMs: Number.POSITIVE_INFINITY, msPerKchar: 0 });
  const wanted = new Set(request.minimizeKinds);
  for (let index = request.from; index < request.to; index++) {
    const mutant = makeMutant(request.seed, index, seeds);
    await send({ type: 'start', index, seedPage: mutant.seedPage, steps: mutant.steps, chars: mutant.input.length });
    const repeat = request.determinismEvery > 0 && index % request.determinismEvery === 0;
    const result = probe(mutant, prototypes, request.budget, undefined, repeat);
    await send({ type: 'result', index, ...result });
    // The first failure of each kind is shrunk after its result is in, so a hang while shrinking loses nothing.
    const target = result.problems.find((p) => wanted.has(p.kind) && !NOT_MINIMIZED.has(p.kind));
    if (!target) continue;
    wanted.delete(target.kind);
    await send({ type: 'minimizing', index });
    const shrunk = minimize(mutant, target, prototypes, request.minimizeMs);
    const input = typeof shrunk.input === 'string' ? shrunk.input : Array.from(shrunk.input);
    await send({ type: 'minimal', index, kind: target.kind, call: target.call, input, complete: shrunk.complete, evaluations: shrunk.evaluations });
  }
  await send({ type: 'done' });
  process.disconnect();
});
