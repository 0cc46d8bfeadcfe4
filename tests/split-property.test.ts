import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitPage, ThreadlensError } from '../src/index.js';
import { loadGoldPages } from './gold.js';
import { overlaps, spanViolations } from './spans.js';

const pages = loadGoldPages().map(({ input }) => input);

/** Pieces scraped pages are made of, so random pages hit the splitter's real branches. */
const PIECES = [
  '\n', '\n\n', '\n\n\n', '\r\n', '\r', ' ', '\t', '\u00A0', '\u200B', '\uFEFF', '\u0000', '•', '·', '›', '|', ':', '?', '!', '(((', ')))',
  'Reply', 'Share', 'Like (12)', 'Report abuse', '123 points', 'level 2', 'Permalink', 'says:', ' • 3 hours ago', 'March 3, 2019 at 4:12 pm',
  'Thu, 08/10/2017 - 03:28', '3 Comments', 'Leave a Comment', 'Advertisement', 'Read more:', 'Tags:', '© 2019', '@Anna', 'Well said.',
  'Anna Berg', 'jim crowland', 'The council voted on Tuesday to approve the plan.', '> quoted', '“quote”', '<p>', 'مرحبا', '😀', '\uD800',
];

const randomPage = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 })), { maxLength: 120 }).map((parts) => parts.join(''));

/** A fixture page with a slice deleted, duplicated or moved: the structure is real, the damage random. */
const mutatedPage = fc
  .tuple(fc.constantFrom(...pages), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('delete', 'duplicate', 'swap', 'insert'), fc.constantFrom(...PIECES))
  .map(([page, a, b, op, piece]) => {
    const i = Math.floor(Math.min(a, b) * page.length);
    const j = Math.floor(Math.max(a, b) * page.length);
    if (op === 'delete') return page.slice(0, i) + page.slice(j);
    if (op === 'duplicate') return page.slice(0, j) + page.slice(i, j) + page.slice(j);
    if (op === 'insert') return page.slice(0, i) + piece + page.slice(i);
    return page.slice(j) + page.slice(0, i) + page.slice(i, j);
  });

function check(input: string): void {
  const page = splitPage(input);
  expect(spanViolations(page)).toEqual([]);
  expect(overlaps(page)).toEqual([]);
}

describe('splitPage properties', () => {
  it('never throws on random pages, keeps spans sliceable and leaves apart', () => {
    fc.assert(fc.property(randomPage, check), { numRuns: 400 });
  });

  it('never throws on mutated fixture pages, keeps spans sliceable and leaves apart', () => {
    fc.assert(fc.property(mutatedPage, check), { numRuns: 300 });
  });

  it('returns a result or a typed error for random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        try {
          const page = splitPage(bytes);
          expect(spanViolations(page)).toEqual([]);
        } catch (error) {
          expect(error).toBeInstanceOf(ThreadlensError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
