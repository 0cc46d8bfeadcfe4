/**
 * Date text as comment headers show it (src/split/html/dates.ts): compound relative dates whole,
 * day names only as whole words or their abbreviations, never a word that starts like one.
 */
import { describe, expect, it } from 'vitest';
import { blankDates, DATE_TEXT, dateMatches } from '../src/split/html/dates.js';

const found = (value: string) => DATE_TEXT.exec(value)?.[0] ?? null;

describe('DATE_TEXT', () => {
  it.each([
    ['1 month 3 weeks ago', '1 month 3 weeks ago'],
    ['posted 2 years, 3 months ago', '2 years, 3 months ago'],
    ['1 hour and 10 minutes ago', '1 hour and 10 minutes ago'],
    ['3 hours ago', '3 hours ago'],
    // Four parts and a spelled-out later part: whole, never cut off the front.
    ['1 year 2 months 3 weeks 4 days ago', '1 year 2 months 3 weeks 4 days ago'],
    ['2 years and a month ago', '2 years and a month ago'],
    ['Weds 12:30', 'Weds 12:30'],
    ['Weds, March 4, 2024', 'Weds, March 4, 2024'],
    // A spelled-out part needs its unit: "a" alone is no age ("I said a hours ago" reads from "a").
    ['waited 2 days and a ago', null],
    ['Monday, March 3, 2019', 'Monday, March 3, 2019'],
    ['Tue. Mar 4', 'Tue. Mar 4'],
    ['Thurs 12:30', 'Thurs 12:30'],
    ['Sunday at 07:12 PM', 'Sunday at 07:12 PM'],
    ['18:52, 4 March 2024 (UTC)', '18:52, 4 March 2024 (UTC)'],
    ['10:02 am, May 3, 2025', '10:02 am, May 3, 2025'],
    // "Sunset" and "month" start like day names: the date after them is the date.
    ['Sunset Oct 30, 2012', 'Oct 30, 2012'],
    // Day, month name and a two-digit year between slashes or dashes, with the time after it.
    ['added a comment - 29/Jan/24 07:12', '29/Jan/24 07:12'],
    ['12-Mar-2024', '12-Mar-2024'],
    ['on 03/03/2019.', '03/03/2019'],
    ['2019-03-03 10:00', '2019-03-03 10:00'],
    // A numeric zone after the clock is part of the time as shown; a lone "+1" is not a zone.
    ['( 2023-03-06 20:02:11 +0100 )', '2023-03-06 20:02:11 +0100'],
    ['2026-11-27 10:02:48 +01:00', '2026-11-27 10:02:48 +01:00'],
    ['at 10:02 +1 more', '10:02'],
    // Version numbers are no dates: a year has two or four digits and no number part follows it.
    ['Rails 6.1.7.6 and Ruby 3.2.3', null],
    ['Affects Version/s: 3.6.1, 3.7.0', null],
    ['rbpdf 1.21.3', null],
    // A day has one or two digits: a month and its year is read whole, never as "May 20"; a word that
    // only starts like a month ("market", "decision") before a year is no date.
    ['by Jo Pell · May 2024', 'May 2024'],
    ['repairing drives since Sept. 2015', 'Sept. 2015'],
    ['the market 2024 outlook', null],
    ['a decision 2024 brought', null],
    ['May 20, 2024', 'May 20, 2024'],
    ['Mar 4 2024', 'Mar 4 2024'],
  ])('reads %j as %j', (value, date) => {
    expect(found(value)).toBe(date);
  });
});

// A date followed by a long whitespace run (a scraped `&nbsp;` filler) must stay linear: a clock that
// ended in optional whitespace before another whitespace run once made this take seconds.
describe('DATE_TEXT on long whitespace runs', () => {
  const run = ' '.repeat(40000);
  it.each(['12:30', '12:30 pm', '12:30,', 'Mar 4', 'Monday', '3 hours', '2019-03-03', '4 March 2024', 'today at'])(
    'stays linear after %j',
    (head) => {
      const started = Date.now();
      DATE_TEXT.exec(`${head}${run}x`);
      expect(Date.now() - started).toBeLessThan(400);
    },
  );
});

// dateMatches and blankDates share one compiled `g` copy of DATE_TEXT (compiling it costs 100-300
// ms): they must find what a fresh copy finds, also after an earlier walk stopped half way.
describe('dateMatches and blankDates', () => {
  const fresh = () => new RegExp(DATE_TEXT.source, 'gi');
  it.each([
    ['Bob (talk) 10:02, 3 May 2025 (UTC) and again 18:52, 4 March 2024 (UTC)'],
    ['edited Mar 12 at 10:02 · answered 3 hours ago'],
    ['no date in this line at all'],
  ])('%s', (line) => {
    for (const _ of dateMatches('posted 3 May 2025, edited 4 May 2025')) break;
    expect(blankDates(line)).toBe(line.replace(fresh(), ' '));
    for (const _ of dateMatches('posted 3 May 2025, edited 4 May 2025')) break;
    expect([...dateMatches(line)].map((m) => m[0])).toEqual([...line.matchAll(fresh())].map((m) => m[0]));
  });
});
