/**
 * Header layouts ending in a date, read without the date pattern inside each layout (issue 17):
 * the parts must give what the layout's whole regex gives, on lines that match at one date start,
 * at none, at several (the whole regex decides), with a tail after the date, with the date left
 * out, and with letters an `iu` regex reads differently at a word boundary. The whole regex is
 * the definition; a few lines also carry their reading written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { dateBeforeLast, LineDates, matchDated, rangesOf, type DatedLayout, type GroupRanges } from '../src/split/text/dated-layouts.js';
import { DATE, matchHeader } from '../src/split/text/headers.js';

const DATES = dateBeforeLast(DATE);
const NAME = "[\\p{L}\\p{N}_(][\\p{L}\\p{N}_.'’\\-)]*(?:\\s[\\p{L}\\p{N}_][\\p{L}\\p{N}_.'’\\-]*){0,4}";

/** A layout as headers.ts builds one, from the same parts; `whole` is what it must agree with. */
function layout(head: string, tail: string, flags: string, optional = ''): DatedLayout & { wholeSource: RegExp } {
  const whole = optional ? new RegExp(`${head}(?:${optional}(${DATE}))?$`, flags) : new RegExp(`${head}(${DATE})${tail}$`, flags);
  return {
    before: new RegExp(`${head}${optional}$`, flags),
    ...(optional ? { undated: new RegExp(`${head}$`, flags) } : {}),
    ...(tail ? { after: new RegExp(`(?=(?:${tail})$)`, `${flags.replace('d', '')}g`) } : {}),
    cased: !flags.includes('i'),
    dateGroup: 2,
    whole: () => whole,
    wholeSource: whole,
  };
}

const LAYOUTS = {
  'name, a dot, the date': layout(`^(${NAME})\\s*[•·|]\\s*`, '', 'iud'),
  'the same, cased': layout(`^(${NAME})\\s*[•·|]\\s*`, '(?:\\s*[•·|]\\s*(?:edited|Mod)\\b.*)?', 'ud'),
  'name, the date, a permalink': layout(`^(${NAME})\\s+`, '\\s*(?:[|•·]\\s*)?(?:Permalink|#\\d+|Link)', 'iud'),
  'name says, a date or none': layout(`^(${NAME})\\s+(?:says|wrote)\\s*:?`, '', 'iud', '\\s+'),
  'name, the date in brackets': layout(`^(${NAME})\\s+\\(`, '\\)', 'iud'),
};

/** The groups as the header readers take them: past group 0 (the parts do not make it), spaces trimmed off the ends. */
function readable(line: string, ranges: GroupRanges | null): (string | null)[] | null {
  return ranges && ranges.slice(1).map((range) => (range ? line.slice(...range).trim() : null));
}

const LINES = [
  'Ann Lee · 3 hours ago',
  'Ann Lee | March 3, 2024 at 4:12 pm',
  'Ann Lee · 3 hours ago · edited by the moderator',
  'ann lee · MARCH 3, 2024',
  'Ann Lee · Mar 10',
  'Ann 2 · 3 hours ago',
  'Ann Lee March 3, 2024 Permalink',
  'Ann Lee 3 hours ago | #12',
  'Ann Lee 3 hours agoLink',
  'Ann Lee 12 Mar 2024 6.14 Link',
  'Ann Lee says:',
  'Ann Lee wrote: 2 days ago',
  'Ann Lee says Mar 10',
  'Ann Lee (Mar 10)',
  'Ann Lee (12 March 2024, 09:40)',
  'Ann Lee 12 Mar 2024',
  'Ann Lee · 4:12 pm Uhrſ',
  'Ann Lee · 09:14 Uhr',
  'The council said the 12 March 2024 plan is good',
  '',
  '·',
  'Ann · 𝒜 3 hours ago',
  'Ann Lee · 3 h',
  'Ann Lee · 3 hours ago (edited)',
];

describe('dated header layouts read by their parts', () => {
  for (const [name, each] of Object.entries(LAYOUTS)) {
    it(`${name}: as the whole regex on every line`, () => {
      for (const line of LINES) expect([line, readable(line, matchDated(each, new LineDates(line, DATES)))]).toEqual([line, readable(line, rangesOf(each.wholeSource.exec(line)))]);
    });
  }

  it('reads the author and the date where they stand', () => {
    const dot = LAYOUTS['name, a dot, the date'];
    expect(matchDated(dot, new LineDates('Ann Lee · 3 hours ago', DATES))?.slice(1, 3)).toEqual([
      [0, 7],
      [10, 21],
    ]);
    expect(matchDated(dot, new LineDates('The council said the plan is good', DATES))).toBeNull();
  });

  it('asks the whole regex only when two date starts fit', () => {
    let asked = 0;
    const says = LAYOUTS['name says, a date or none'];
    const counting = { ...says, whole: () => (asked++, says.wholeSource) };
    matchDated(counting, new LineDates('Ann Lee wrote: 2 days ago', DATES));
    expect(asked).toBe(0);
    // "2 3 hours ago" is no date but "3 hours ago" is, and "Ann 2" is a name as well as "Ann".
    const dot = { ...LAYOUTS['name, a dot, the date'], whole: () => (asked++, LAYOUTS['name, a dot, the date'].wholeSource) };
    matchDated(dot, new LineDates('Ann 2 · 3 hours ago', DATES));
    expect(asked).toBe(0);
  });

  it('finds every date start ending the line, not only the leftmost match', () => {
    // "12 Mar 2024" and "Mar 2024"? The second is no date; "Mar 10" inside "12 Mar 10" is one.
    const dates = new LineDates('x 12 Mar 10', DATES);
    expect(dates.startsBefore(11, false)).toEqual([5]);
    expect(new LineDates('x 3 hours ago', DATES).startsBefore(13, false)).toEqual([2]);
  });
});

describe('matchHeader keeps its readings', () => {
  const ROWS: [line: string, rule: string | null, author: string | null, date: string | null][] = [
    ['Ann Lee · 3 hours ago', 'header:dot-date', 'Ann Lee', '3 hours ago'],
    ['Posted by: Geoff in Shropshire | June 12, 2019 at 10:41 AM', 'header:posted-by', 'Geoff in Shropshire', 'June 12, 2019 at 10:41 AM'],
    ['Post by grumpy_estate » Sun Feb 11, 2024 7:42 pm', 'header:post-by', 'grumpy_estate', 'Sun Feb 11, 2024 7:42 pm'],
    ['Karen_B replied to Gary T on March 6, 2024 at 2:40 pm', 'header:replied-to', 'Karen_B', 'March 6, 2024 at 2:40 pm'],
    ['Reviewed in the United Kingdom on 12 January 2024', 'header:date-only', null, '12 January 2024'],
    ['Mira Osei says:', 'header:says', 'Mira Osei', null],
    ['Mira Osei (Mar 10)', 'header:name-paren-date', 'Mira Osei', 'Mar 10'],
    ['3 May 2024 | Permalink', 'header:date-only', null, '3 May 2024'],
    ['The report said the plan would cost more than expected', null, null, null],
  ];
  for (const [line, rule, author, date] of ROWS) {
    it(line, () => {
      const match = matchHeader(line);
      expect(match?.rule ?? null).toBe(rule);
      expect(match?.author ? line.slice(...match.author) : null).toBe(author);
      expect(match?.postedAt ? line.slice(...match.postedAt) : null).toBe(date);
    });
  }
});
