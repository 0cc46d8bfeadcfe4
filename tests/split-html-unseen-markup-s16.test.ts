/**
 * Comment systems in markup never seen (issue 13, session 16): dates as Korean pages print them.
 * Pages and dates written for these tests; none is copied from a fixture.
 */
import { describe, expect, it } from 'vitest';
import { DATE_TEXT, isDateText, showsMoment } from '../src/split/html/dates.js';

describe('dates with the Korean year, month and day signs', () => {
  it.each([
    ['2023년 3월 9일', '2023년 3월 9일'],
    ['2025년12월1일', '2025년12월1일'],
    ['7월 15일 21:40', '7월 15일 21:40'],
    ['2026年5月14日 18:32', '2026年5月14日 18:32'],
  ])('%s is date text naming a moment', (shown, read) => {
    expect(isDateText(shown)).toBe(true);
    expect(showsMoment(shown)).toBe(true);
    expect(DATE_TEXT.exec(shown)?.[0]).toBe(read);
  });
  it.each(['3월에 다시 봐요', '2024년 계획', '일 년 동안'])('%s is no date', (shown) => {
    expect(isDateText(shown)).toBe(false);
  });
});
