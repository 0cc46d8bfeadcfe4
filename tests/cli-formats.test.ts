import { describe, expect, it } from 'vitest';
import { csvLong } from '../src/cli/formats/csv-long.js';
import { csvCell } from '../src/cli/formats/csv-cell.js';
import { tagComment } from '../src/analyze.js';

describe('csv-long on a comment with a huge number of findings', () => {
  it('renders one row per finding without overflowing the call stack', () => {
    // 150,000 profanity findings: spreading them as call arguments used to throw a RangeError.
    const text = 'damn '.repeat(150_000);
    const tags = tagComment(text);
    expect(tags.profanity.length).toBe(150_000);
    const out = csvLong.render({ record: { id: 'r1', ...tags } as never, text });
    const rows = out.split('\r\n').filter(Boolean);
    expect(rows.filter((row) => row.includes(',profanity,')).length).toBe(150_000);
  });
});

describe('csvCell', () => {
  it.each([
    ['plain', false, 'plain'],
    ['a, b', false, '"a, b"'],
    ['say "hi"', false, '"say ""hi"""'],
    ['=1+1', false, '=1+1'],
    ['=1+1', true, "'=1+1"],
    ['@Pete, well said', true, `"'@Pete, well said"`],
    ['-5 points', true, "'-5 points"],
    ['fine text', true, 'fine text'],
  ] as const)('%j (guard %s) → %s', (value, guard, expected) => {
    expect(csvCell(value, guard)).toBe(expected);
  });

  it('leaves numbers alone even when guarded', () => {
    expect(csvCell(-3, true)).toBe('-3');
  });
});
