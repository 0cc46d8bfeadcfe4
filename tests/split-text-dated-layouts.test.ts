/**
 * Header layouts ending in a date, read without the date pattern inside each layout (issue 17):
 * the parts must give what the layout's whole regex gives, on lines that match at one date start,
 * at none, at several (the whole regex decides), with a tail after the date, with the date left
 * out, and with letters an `iu` regex reads differently at a word boundary. The whole regex is
 * the definition; a few lines also carry their reading written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { dateBeforeLast, LineDates, matchDated, rangesOf, type DatedLayout, type GroupRanges } from '../src/split/text/dated-layouts.js';
import { DATE, datedLine, isDateSpan, matchHeader } from '../src/split/text/headers.js';

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

/**
 * The lines asked whether they are a date, or a head, a date and a tail (a bullet, a label, a
 * post's signature), share the one compiled date scan; each answers as the regex that embedded the
 * date pattern did, untrimmed range and all.
 */
describe('whole dates and dated lines without a date regex of their own', () => {
  const SPANS = ['3 hours ago', 'March 3, 2024', 'mar 10', 'Mar 10 ', ' Mar 10', 'Mar 10x', '12 Mar 2024 6.14', 'Karma is real', '', '#12', 'Thu, 08/10/2017 - 03:28  '];
  it('isDateSpan: as ^(?:DATE)$ on the whole text and on a slice', () => {
    const whole = new RegExp(`^(?:${DATE})$`, 'iu');
    for (const text of SPANS) expect([text, isDateSpan(text)]).toEqual([text, whole.test(text)]);
    // A slice is its own subject: the letter before it is not read.
    expect(isDateSpan('xMar 10', 1)).toBe(whole.test('Mar 10'));
    expect(isDateSpan('Mar 10 and more', 0, 6)).toBe(true);
  });

  const SHAPES: [name: string, head: string, tail: string, lines: string[]][] = [
    ['a bullet, the date, an edit note', '^[·•|–-]\\s*', '(?:\\s*[·•|]\\s*edited.*)?', ['· 3 hours ago', '| Thu, 08/10/2017 - 03:28  · edited', '–  09/26/2016 11:30  | Edited by x', '- Mar 10', '· Karma', '·', 'Mar 10']],
    ['a label, a colon, the date', "^[\\p{L}'’ -]{1,31}:\\s*", '', ['Edited: 2 days ago', 'Visited on:  12 May 2024', 'Note: the plan is good', 'Edited:Mar 10', 'A very long label that runs past its limit: Mar 10']],
    ['a verb of posting, the date, a clock', '^(?:answered|asked|posted|commented|replied)\\s+(?:on\\s+)?', '(?:,?\\s+at\\s+\\d{1,2}:\\d{2})?', ['answered Mar 3 at 15:47', 'asked yesterday', 'posted on 3 May 2024, at 9:05', 'replied  on Mar 10', 'answered the question', 'Answered 2 days ago']],
  ];
  for (const [name, head, tail, lines] of SHAPES) {
    it(`${name}: the date's range as the whole regex's group`, () => {
      const whole = new RegExp(`${head}(${DATE})${tail}$`, 'iud');
      const read = datedLine(head, tail);
      for (const line of lines) expect([line, read(line)]).toEqual([line, whole.exec(line)?.indices?.[1] ?? null]);
    });
  }

  it('reads the dates where they stand', () => {
    expect(datedLine('^[·•|–-]\\s*')('· 3 hours ago')).toEqual([2, 13]);
    expect(datedLine('^[·•|–-]\\s*')('· the plan')).toBeNull();
  });
});
