/**
 * Times one analyzePage call on one pathological shape at one size, in a fresh process, so a
 * slow or hung size can be killed by the growth section without losing the others. CPU time
 * includes the garbage collector's threads, whose work grows with the live heap.
 *
 * usage: node growth-child.mjs <shape index> <factor>; prints the timing mark, then one JSON line
 * (SizeResult).
 */
import { analyzePage } from '../../../src/index.js';
import { forgetMemos } from '../../../src/memo.js';
import { DEFAULT_BASE_CHARS, SHAPES } from '../../fuzz/shapes/index.js';
import { WARM_UP_PAGE } from '../../fuzz/shapes/words.js';
import { TIMING_MARK, type SizeResult } from './protocol.js';

const WARM_UP_RUNS = 4;

const [shapeIndex, factor] = process.argv.slice(2).map(Number) as [number, number];
const shape = SHAPES[shapeIndex]!;
const base = shape.baseChars ?? DEFAULT_BASE_CHARS;
const page = shape.make(base * factor);
// Warm-up: an unrelated page loads compromise, then the shape itself at about half the base size,
// a few times and at slightly different sizes, so V8 has optimised the paths this shape takes;
// with less, the 1x call runs partly unoptimised and the ratios come out too flat.
analyzePage(WARM_UP_PAGE);
for (let k = 0; k < WARM_UP_RUNS; k++) analyzePage(shape.make(base / 2 + 7 * k));
// The warm-up pages are the first half of the timed page: without this, the 1x call would find
// half its lines and sentences already answered in the caches and look faster than it is.
forgetMemos();

process.stdout.write(`${TIMING_MARK}\n`);
const started = process.cpuUsage();
const result = analyzePage(page);
const used = process.cpuUsage(started);
const size: SizeResult = { factor, chars: page.length, cpuMs: (used.user + used.system) / 1000, comments: result.comments.length, body: result.body !== null };
process.stdout.write(`${JSON.stringify(size)}\n`);
