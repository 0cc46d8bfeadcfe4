// PLACEHOLDER until issue 3 lands.
import type { Conspiracy } from '../../schema/index.js';

export function tagConspiracy(_text: string): Conspiracy {
  return { label: 'none', score: 0, markers: [] };
}
