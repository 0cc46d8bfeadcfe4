/**
 * Pathological page shapes, shared by the growth bench (timed at 1x, 4x and 16x their base size)
 * and the fuzzer (small instances as seed pages). `area` names who owns the cost: the text
 * splitter, the HTML splitter or the taggers.
 */
import { HTML_SHAPES } from './html.js';
import { LINE_SHAPES, RUN_SHAPES, THREAD_SHAPES } from './text.js';

export interface Shape {
  name: string;
  area: 'text' | 'html' | 'tagger';
  /** Characters at 1x; 64,000 unless the shape needs its own (50k comments at 16x). */
  baseChars?: number;
  make: (chars: number) => string;
}

export const DEFAULT_BASE_CHARS = 64_000;

export const SHAPES: Shape[] = [...THREAD_SHAPES, ...RUN_SHAPES, ...LINE_SHAPES, ...HTML_SHAPES];
