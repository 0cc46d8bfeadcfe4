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
