/**
 * A mutant is a seed page with one to four random mutations, delivered as a string or as bytes,
 * sometimes with hostile options. It is a pure function of (seed, index): the fuzzer and a replay
 * rebuild the same mutant from those two numbers.
 */
import { Rng } from '../rng.js';
import type { SeedPage } from '../seeds/index.js';
import { DELIVERIES } from './bytes.js';
import { CHARACTER_MUTATIONS } from './characters.js';
import { MARKUP_MUTATIONS } from './markup.js';
import { hostileOptions } from './options.js';
import { STRUCTURE_MUTATIONS } from './structure.js';
import type { Mutation } from './types.js';

export const MUTATIONS: Mutation[] = [...CHARACTER_MUTATIONS, ...STRUCTURE_MUTATIONS, ...MARKUP_MUTATIONS];

export interface Mutant {
  seed: number;
  index: number;
  seedPage: string;
  /** Names of the mutations applied, in order, then how the page was delivered. */
  steps: string[];
  input: string | Uint8Array;
  options: Record<string, unknown>;
}

export function makeMutant(seed: number, index: number, seeds: readonly SeedPage[]): Mutant {
  const rng = new Rng(seed, index);
  const page = rng.pick(seeds);
  const steps: string[] = [];
  let text = page.text;
  // Mutations first: several kinds of damage compound the way real scraped pages break.
  for (let k = rng.int(1, 4); k > 0; k--) {
    const mutation = rng.pick(MUTATIONS);
    text = mutation.apply(text, rng, () => rng.pick(seeds).text);
    steps.push(mutation.name);
  }
  // Then delivery: one in four mutants arrives as bytes, to reach the decoder and charset sniffing.
  let input: string | Uint8Array = text;
  if (rng.chance(0.25)) {
    const delivery = rng.pick(DELIVERIES);
    input = delivery.encode(text, rng);
    steps.push(delivery.name);
  }
  // Hostile options on one in ten, so target handling meets odd names too.
  const options = rng.chance(0.1) ? hostileOptions(rng) : {};
  if (options.targets) steps.push('hostile targets');
  return { seed, index, seedPage: page.name, steps, input, options };
}
