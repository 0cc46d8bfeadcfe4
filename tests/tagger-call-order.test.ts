/**
 * The call order custom taggers can rely on (Tagger.run in src/tag/define.ts, README "createAnalyzer"):
 * each tagger runs on every comment before the next tagger, on a page and on tagComments rows
 * alike, and a tagger reading `prior` sees its own comment's fields. So a tagger must keep no state
 * between calls; one that does would see another comment's state on either path, not on one only.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createAnalyzer } from '../src/analyzer/index.js';
import { splitPage } from '../src/index.js';
import { defineTagger } from '../src/tag/define.js';

const COMMENTS = ['Is it true?', 'Yes it is.'];

const PAGE = `Council approves bike lanes

The council voted on Tuesday to add bike lanes along Main Street after a year of hearings.

2 Comments

Anna Berg says:
March 3, 2019 at 4:12 pm

${COMMENTS[0]}

Reply

Tom Reyes says:
March 3, 2019 at 5:01 pm

${COMMENTS[1]}

Reply`;

/** Two taggers that log each call; `second` needs `first` and echoes the `first` field it is given. */
function loggingTaggers(log: string[]) {
  const first = defineTagger({
    id: 'first',
    needs: [],
    fields: { first: z.string() },
    compile: () => null,
    run: ({ view }) => {
      log.push(`first: ${view.text}`);
      return { first: view.text };
    },
    columns: {},
    longRows: () => [],
    summary: () => [],
  });
  const second = defineTagger({
    id: 'second',
    needs: ['first'],
    fields: { second: z.string() },
    compile: () => null,
    run: ({ view }, _compiled, prior) => {
      log.push(`second: ${view.text}`);
      return { second: `${String(prior.first)} / ${view.text}` };
    },
    columns: {},
    longRows: () => [],
    summary: () => [],
  });
  // Listed out of run order on purpose: `needs` decides it.
  return [second, first];
}

type Path = (analyzer: ReturnType<typeof createAnalyzer>) => readonly object[];
const PATHS: [string, Path][] = [
  ['analyzePage', (analyzer) => analyzer.analyzePage(PAGE).comments],
  ['tagPage', (analyzer) => analyzer.tagPage(splitPage(PAGE)).comments],
  ['tagComments', (analyzer) => analyzer.tagComments(COMMENTS.map((text, i) => ({ id: i + 1, text })))],
];

describe('custom taggers are called tagger by tagger on every path', () => {
  it.each(PATHS)('%s: every comment by the first tagger, then every comment by the second', (_name, tag) => {
    const log: string[] = [];
    const analyzer = createAnalyzer({ taggers: loggingTaggers(log), targets: [] });
    const records = tag(analyzer);
    expect(log).toEqual([`first: ${COMMENTS[0]}`, `first: ${COMMENTS[1]}`, `second: ${COMMENTS[0]}`, `second: ${COMMENTS[1]}`]);
    // Each comment's second tagger read its own comment's first field, not the last one written.
    expect(records.map((record) => (record as { second?: unknown }).second)).toEqual(COMMENTS.map((text) => `${text} / ${text}`));
  });
});

describe('a time budget spent while tagging names the comment or row', () => {
  const spin = defineTagger({
    id: 'spin',
    needs: [],
    fields: { spin: z.boolean() },
    compile: () => null,
    run: () => {
      const until = performance.now() + 300;
      while (performance.now() < until);
      return { spin: true };
    },
    columns: {},
    longRows: () => [],
    summary: () => [],
  });
  // The first row spins past the budget, so the work stops before the second row: not earlier,
  // since reading two short rows takes far less than 100 ms even on a loaded machine.
  it('tagComments stops before the spin tagger on row 1', () => {
    const analyzer = createAnalyzer({ taggers: [spin], targets: [], maxMs: 100 });
    expect(() => analyzer.tagComments(COMMENTS.map((text, i) => ({ id: i + 1, text })))).toThrow(
      expect.objectContaining({ code: 'time-budget', message: expect.stringMatching(/^Analysis stopped before the spin tagger on row 1: /) }),
    );
  });
});
