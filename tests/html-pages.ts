/** Helpers shared by the HTML splitter's table tests: split with the span contract checked, parents as indexes, a page around some markup. */
import { expect } from 'vitest';
import type { PageAnalysis } from '../src/schema/index.js';
import { splitPage } from '../src/index.js';
import { overlaps, spanViolations } from './spans.js';

export const split = (html: string): PageAnalysis => {
  const page = splitPage(html, { format: 'html' });
  expect(spanViolations(page)).toEqual([]);
  expect(overlaps(page)).toEqual([]);
  return page;
};
export const parentIndex = (r: PageAnalysis) => r.comments.map((c) => r.comments.findIndex((other) => other.id === c.parentId));
export const wrap = (title: string, inner: string) => `<!doctype html><html><head><title>${title}</title></head><body>${inner}<footer>© 2025 A site</footer></body></html>`;
