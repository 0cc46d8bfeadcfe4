/**
 * Times one analyzePage call on one pathological shape at one size, in a fresh process: the
 * library's memo caches (words, lines, names) start empty, as for a page it has not seen, and
 * the growth section can kill the process when the call runs past the hard timeout. A warm-up
 * on an unrelated page first loads compromise and compiles the common paths.
 *
 * usage: tsx child.ts <shape index> <factor>; prints one JSON line (SizeResult).
 */
import { analyzePage } from '../../../src/index.js';
import { DEFAULT_BASE_CHARS, SHAPES } from '../../fuzz/shapes/index.js';
import { WARM_UP_PAGE } from '../../fuzz/shapes/words.js';

export interface SizeResult {
  factor: number;
  chars: number;
  /** CPU milliseconds of the one timed call. */
  cpuMs: number;
  comments: number;
  /** Whether an article body was found: a shape whose body vanishes at some size did other work. */
  body: boolean;
}

const [shapeIndex, factor] = process.argv.slice(2).map(Number) as [number, number];
const shape = SHAPES[shapeIndex]!;
const page = shape.make((shape.baseChars ?? DEFAULT_BASE_CHARS) * factor);
analyzePage(WARM_UP_PAGE);
const started = process.cpuUsage();
const result = analyzePage(page);
const used = process.cpuUsage(started);
const size: SizeResult = { factor, chars: page.length, cpuMs: (used.user + used.system) / 1000, comments: result.comments.length, body: result.body !== null };
process.stdout.write(`${JSON.stringify(size)}\n`);
