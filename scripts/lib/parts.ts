/**
 * The tune/check split of every development set (`../shared/data/splits.mjs`). Rules, cue lists,
 * word lists, thresholds and weights come from tune cases only; the check part only measures
 * them, and its figure is the one a floor, the README and a closing note quote. Every eval
 * section prints both, side by side.
 */
import { existsSync } from 'node:fs';
import { SHARED_DATA } from './table.js';

export type Part = 'tune' | 'check';
export const PARTS: readonly Part[] = ['tune', 'check'];

/** Set names as `splits.mjs` knows them. */
export type SplitSet = 'hatecheck' | 'pan2024' | 'rumoureval2017' | 'semeval2016' | 'dragnet' | 'wcxb' | 'toxic-spans';

interface SplitsModule {
  part(set: SplitSet, row: unknown): Part;
  RUMOUREVAL_CHECK_EVENTS: string[];
}

const SPLITS = `${SHARED_DATA}splits.mjs`;
const splits: SplitsModule | null = existsSync(SPLITS) ? ((await import(SPLITS)) as SplitsModule) : null;

/** Which part a row of a set belongs to (see `splits.mjs` for the key each set uses). */
export function partOf(set: SplitSet, row: unknown): Part {
  if (!splits) throw new Error(`partOf(): ${SPLITS} is missing; evals need ../shared beside the checkout`);
  return splits.part(set, row);
}

/** Rows grouped by part, in their original order. */
export function byPart<T>(set: SplitSet, rows: readonly T[], key: (row: T) => unknown = (row) => row): Record<Part, T[]> {
  const grouped: Record<Part, T[]> = { tune: [], check: [] };
  for (const row of rows) grouped[partOf(set, key(row))].push(row);
  return grouped;
}

/** The same measure on each part, as table cells `[tune, check]`. */
export function perPart<T>(groups: Record<Part, T[]>, measure: (rows: T[]) => number | string): (number | string)[] {
  return PARTS.map((name) => (groups[name].length > 0 ? measure(groups[name]) : '-'));
}

/** Events of RumourEval 2017 held out whole. */
export function rumourEvalCheckEvents(): string[] {
  return splits?.RUMOUREVAL_CHECK_EVENTS ?? [];
}
