/** Helpers the plain-text splitter's table tests share: the two blank-line habits and a split that checks spans. */
import { expect } from 'vitest';
import { splitPage } from '../src/index.js';
import { spanViolations } from './spans.js';

/** Lines with a blank line after each, as most dumps print paragraphs. */
export const spaced = (lines: string[]) => lines.flatMap((line) => [line, '']).join('\n');
/** Lines with no blank line between them, as some dumps print them. */
export const unspaced = (lines: string[]) => lines.join('\n');

/** splitPage, failing the test when a segment's span does not hold its text. */
export function splitChecked(text: string) {
  const result = splitPage(text);
  expect(spanViolations(result)).toEqual([]);
  return result;
}

/** An invented news article's lines, each followed by a blank line: the page above many tables' comment sections. */
export const HARBOUR_ARTICLE = [
  'Harbour ferry to run through the winter for the first time',
  '',
  'The island ferry will keep its timetable through December and January this year, the operator said on Monday, after a trial last winter carried more passengers than expected.',
  '',
  'Residents had campaigned for three years for a year-round service, saying the gap left older people without a way to reach the hospital on the mainland.',
  '',
  'The operator will add a heated waiting room at the pier and says fares stay at last summer’s level until the spring review.',
  '',
];
