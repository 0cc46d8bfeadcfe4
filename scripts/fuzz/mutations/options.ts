/**
 * Hostile analyzePage options: stance targets with odd names and shapes, as a caller passing
 * user-supplied lists might. The library must either use them or throw a typed error.
 */
import type { Rng } from '../rng.js';

const NAMES = ['__proto__', 'constructor', 'prototype', 'toString', '(a+)+$', '.*', '[', '\\', '', ' ', 'the', 'a', 'Anna Berg', 'x'.repeat(5000), '\u0000', '😀', 'مرحبا', 'I', '?', '@Anna'];

export function hostileOptions(rng: Rng): Record<string, unknown> {
  const target = () =>
    rng.pick<unknown>([
      rng.pick(NAMES),
      { name: rng.pick(NAMES), aliases: [rng.pick(NAMES), rng.pick(NAMES)] },
      { name: rng.pick(NAMES), opponents: [rng.pick(NAMES)], vocabulary: { favor: [rng.pick(NAMES)], against: [rng.pick(NAMES)] } },
      { name: rng.pick(NAMES), aliases: 'not a list', concern: 'yes' },
      null,
      42,
    ]);
  return { targets: rng.pick<unknown>([Array.from({ length: rng.size(30) }, target), 'not a list', []]) };
}
