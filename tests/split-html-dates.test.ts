/**
 * Date text as comment headers show it (src/split/html/dates.ts): compound relative dates whole,
 * day names only as whole words or their abbreviations, never a word that starts like one.
 */
import { describe, expect, it } from 'vitest';
import { DATE_TEXT } from '../src/split/html/dates.js';

const found = (value: string) => DATE_TEXT.exec(value)?.[0] ?? null;

describe('DATE_TEXT', () => {
  it.each([
    ['1 month 3 weeks ago', '1 month 3 weeks ago'],
    ['posted 2 years, 3 months ago', '2 years, 3 months ago'],
    ['1 hour and 10 minutes ago', '1 hour and 10 minutes ago'],
    ['3 hours ago', '3 hours ago'],
    ['Monday, March 3, 2019', 'Monday, March 3, 2019'],
    ['Tue. Mar 4', 'Tue. Mar 4'],
    ['Thurs 12:30', 'Thurs 12:30'],
    ['Sunday at 07:12 PM', 'Sunday at 07:12 PM'],
    // "Sunset" and "month" start like day names: the date after them is the date.
    ['Sunset Oct 30, 2012', 'Oct 30, 2012'],
  ])('reads %j as %j', (value, date) => {
    expect(found(value)).toBe(date);
  });
});
