/**
 * The plain-text splitter on hostile pages: hundreds of thousands of short lines that look like
 * comment headers, action lines or nothing at all (the rendered text of `<p>x` repeated, a dump
 * of "Reply" lines). Two checks, neither a timing assertion:
 * - work grows linearly: a meter counts what the splitter asks of the built-in string, array and
 *   regular-expression methods, weighted by how much of their input they can walk, and the count
 *   for 4n lines must stay near four times the count for n lines (a quadratic step gives ~16);
 * - nothing is lost: every span slices back to its text, leaves do not overlap, and every
 *   non-blank character of the input lies in the title, a paragraph, a comment or boilerplate.
 */
import { describe, expect, it } from 'vitest';
import type { PageAnalysis } from '../src/schema/index.js';
import { splitText } from '../src/split/text/index.js';
import { overlaps, spanViolations } from './spans.js';
import { meterWork } from './work-meter.js';

const NAMES = ['John', 'Mary Ann', 'bob_88', 'Jenna Marsh', 'Rick V.', 'alex'];
const WORDS = 'the a council city people think vote plan money school road river night market old new why how never always really maybe good bad wrong right cost year week'.split(' ');

/** A deterministic sentence of 4–10 words, different for most i. */
function sentence(i: number): string {
  let x = (i * 2654435761) >>> 0;
  const next = () => ((x = (x * 1103515245 + 12345) >>> 0) >>> 8);
  const words = Array.from({ length: 4 + (next() % 7) }, () => WORDS[next() % WORDS.length]!);
  words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
  return words.join(' ') + ['.', '?', '!', '', '.'][next() % 5];
}

const LEAD = 'Council votes to close the old library on Main Street\n\nThe city council voted on Tuesday to close the old library, citing the cost of repairs and a fall in visitors.\n\n';

/** Line makers for each hostile shape; `lead` puts an article above, so comment detection runs. */
const SHAPES: { name: string; line: (i: number) => string; lead?: boolean }[] = [
  { name: 'x', line: () => 'x' },
  { name: 'Reply', line: () => 'Reply' },
  { name: 'x/Reply', line: (i) => (i % 2 ? 'Reply' : 'x') },
  { name: 'says', line: (i) => `${NAMES[i % NAMES.length]} says:` },
  { name: 'dates', line: (i) => `March ${1 + (i % 28)}, 20${10 + (i % 15)} at ${1 + (i % 12)}:${String(i % 60).padStart(2, '0')} pm` },
  { name: '@name thanks', line: (i) => `@${NAMES[i % NAMES.length]!.split(' ')[0]} thanks` },
  { name: 'sentences', line: sentence },
  { name: 'says/date/text thread', lead: true, line: (i) => [`${NAMES[i % 6]} says:`, `March ${1 + (i % 28)}, 2019 at 4:12 pm`, sentence(i), ''][i % 4]! },
  { name: 'dot-date/@reply thread', lead: true, line: (i) => [`${NAMES[i % 6]} · ${1 + (i % 50)}h`, `@${NAMES[(i + 3) % 6]!.split(' ')[0]} ${sentence(i)}`, 'Reply'][i % 3]! },
  { name: 'quoting thread', lead: true, line: (i) => [`${NAMES[i % 6]} says:`, `"${sentence(i)} ${sentence(i + 1)}" ${sentence(i + 2)}`][i % 2]! },
  { name: 'indented thread', lead: true, line: (i) => `${' '.repeat(4 * ((i >> 1) % 8))}${i % 2 ? sentence(i) : `${NAMES[i % 6]} says:`}` },
  { name: 'signed-tail thread', lead: true, line: (i) => `${sentence(i)} ${sentence(i + 1)} – ${NAMES[i % 6]} Mar ${1 + (i % 28)} at 1${i % 10}:${String(i % 60).padStart(2, '0')}` },
  // Marks that close an article (a description's expander, a writer's bio), each with text after it.
  { name: 'closing marks', lead: true, line: (i) => ['...more', `${NAMES[i % 6]} writes about ferries and the islands.`, sentence(i)][i % 3]! },
  { name: 'signed-answer thread', lead: true, line: (i) => [sentence(i), 'Share', 'Follow', `answered Mar ${1 + (i % 28)} at 10:15`, NAMES[i % 6]!, `${sentence(i)} – ${NAMES[(i + 1) % 6]} 3h`][i % 6]! },
];

/** Single newlines make one huge block; blank lines between (rendered `<p>`s) make one block per line. */
function page(shape: (typeof SHAPES)[number], lines: number, separator: string): string {
  const body = Array.from({ length: lines }, (_, i) => shape.line(i)).join(separator);
  return shape.lead ? LEAD + body : body;
}

/** Work for one page, after an unmetered run: both sizes are measured with warm per-line caches. */
function workFor(text: string): number {
  splitText(text);
  return meterWork(() => splitText(text));
}

const BLANK = /[\s\u0000\u00AD\u180E\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060-\u2064\uFEFF]/u;

/** Offsets of non-blank characters that no leaf (title, paragraph, comment, boilerplate) covers. */
function uncovered(page: PageAnalysis): number[] {
  const covered = new Uint8Array(page.text.length);
  const mark = (segment: { start: number; end: number } | null) => {
    if (segment) covered.fill(1, segment.start, segment.end);
  };
  mark(page.title);
  page.body?.paragraphs.forEach(mark);
  page.boilerplate.forEach(mark);
  for (const comment of page.comments) {
    mark(comment.header);
    comment.paragraphs.forEach(mark);
  }
  const missing: number[] = [];
  for (let i = 0; i < page.text.length; i++) if (!covered[i] && !BLANK.test(page.text[i]!)) missing.push(i);
  return missing;
}

const N = 1000;

describe('splitText on hostile pages', () => {
  for (const shape of SHAPES) {
    for (const [label, separator] of [['one block', '\n'], ['blank-separated', '\n\n']] as const) {
      it(`grows linearly on ${shape.name} lines (${label})`, () => {
        const small = workFor(page(shape, N, separator));
        const large = workFor(page(shape, 4 * N, separator));
        // Linear work gives a ratio near 4; a step quadratic in lines or blocks gives near 16.
        expect(large / small, `work ${small} -> ${large}`).toBeLessThan(6);
      });

      it(`keeps spans exact and loses no text on ${shape.name} lines (${label})`, () => {
        const text = page(shape, 3000, separator);
        const result = splitText(text);
        expect(result.text).toBe(text);
        expect(spanViolations(result)).toEqual([]);
        expect(overlaps(result)).toEqual([]);
        expect(uncovered(result).slice(0, 5)).toEqual([]);
      });
    }
  }

  it('decides the same on one comment of unclosed “ quotes at 1x, 4x and 16x its size (the comment, not the body)', () => {
    const pageOf = (chars: number) => {
      const pieces: string[] = [];
      for (let i = 0, size = 0; size < chars; i++, size += pieces[pieces.length - 1]!.length + 1) pieces.push(`“${sentence(i)}`);
      return `${LEAD}1 Comment\n\nAnna Berg says:\nMarch 3, 2019 at 4:12 pm\n\n${pieces.join(' ')}\n\nReply\n`;
    };
    const shapes = [16_000, 64_000, 256_000].map((chars) => {
      const result = splitText(pageOf(chars));
      return { comments: result.comments.length, author: result.comments[0]?.author, body: result.body?.text.startsWith('The city council') };
    });
    expect(shapes).toEqual(Array(3).fill({ comments: 1, author: 'Anna Berg', body: true }));
  });
});
