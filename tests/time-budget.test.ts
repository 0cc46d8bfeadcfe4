/**
 * maxMs: a per-page budget, checked between stages, comments and taggers. A tagger that spins for
 * a set time per comment makes the budget run out at a known point without asserting
 * anything about speed.
 */
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { analyzePage, createAnalyzer, defineTagger, isPageError, TAGGERS } from '../src/index.js';

/** A tagger that spins `ms` per comment. */
const spinning = (ms: number) => defineTagger({
  id: 'slow',
  needs: [],
  fields: { slow: z.boolean() },
  compile: () => null,
  run: () => {
    const until = performance.now() + ms;
    while (performance.now() < until);
    return { slow: true };
  },
  columns: {},
  longRows: () => [],
  summary: () => [],
});
const slow = spinning(15);

const PAGE = `Council approves bike lanes

The council voted on Tuesday to add bike lanes along Main Street after a year of hearings.

3 Comments

Anna Berg says:
March 3, 2019 at 4:12 pm

How many parking spaces will the street lose?

Reply

Tom Reyes says:
March 3, 2019 at 5:01 pm

About forty, according to the plan.

Reply

Sam K says:
March 3, 2019 at 6:30 pm

Finally some progress here.

Reply`;

describe('maxMs', () => {
  it('throws a time-budget error naming where it stopped', () => {
    const analyzer = createAnalyzer({ taggers: [...TAGGERS, slow], maxMs: 1 });
    expect(() => analyzer.analyzePage(PAGE)).toThrow(expect.objectContaining({ code: 'time-budget', message: expect.stringMatching(/stopped (?:before|after) .*over the 1 ms budget/) }));
    expect(() => analyzer.tagComments([{ id: 1, text: 'a' }, { id: 2, text: 'b' }])).toThrow(expect.objectContaining({ code: 'time-budget' }));
  });

  it('becomes an error record in a batch, and the batch goes on', async () => {
    // Three comments spinning 400 ms each cannot fit in 1 s; a page without comments can, even on a loaded machine.
    const analyzer = createAnalyzer({ taggers: [...TAGGERS, spinning(400)], maxMs: 1000 });
    const records = [];
    for await (const record of analyzer.analyzePages([{ source: 'slow.txt', content: PAGE }, { source: 'empty.txt', content: 'Just a title' }])) records.push(record);
    expect(records.map((r) => (isPageError(r) ? `${r.source}: ${r.error.code}` : `${r.source}: ok`))).toEqual(['slow.txt: time-budget', 'empty.txt: ok']);
  });

  it('is checked after the thread step too: a page whose last stage runs over gets no result', () => {
    // The thread step runs once per page, after every comment is tagged: past its end, the budget
    // is checked before the tags are finished. The clock is the test's: it moves only while the
    // thread step runs, so a cold or loaded machine cannot spend the budget on an earlier stage.
    let now = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => now);
    try {
      const slowThread = defineTagger({ ...spinning(0), id: 'slow-thread', thread: () => {
        now += 1500;
      } });
      const analyzer = createAnalyzer({ taggers: [...TAGGERS, slowThread], maxMs: 1000 });
      expect(() => analyzer.analyzePage(PAGE)).toThrow(expect.objectContaining({ code: 'time-budget', message: expect.stringMatching(/before finishing the tags/) }));
      // Without the thread step's time the same page is within the budget.
      const quickThread = defineTagger({ ...spinning(0), id: 'quick-thread', thread: () => {} });
      expect(createAnalyzer({ taggers: [...TAGGERS, quickThread], maxMs: 1000 }).analyzePage(PAGE).comments.length).toBeGreaterThan(0);
    } finally {
      clock.mockRestore();
    }
  });

  it('a generous budget changes nothing', () => {
    const budgeted = createAnalyzer({ maxMs: 60_000 }).analyzePage(PAGE);
    expect(budgeted).toEqual(analyzePage(PAGE));
    expect(analyzePage(PAGE, { maxMs: 60_000 })).toEqual(budgeted);
  });

  it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY, '100'])('refuses %s when the analyzer is made', (maxMs) => {
    expect(() => createAnalyzer({ maxMs: maxMs as number })).toThrow(expect.objectContaining({ code: 'invalid-options' }));
  });
});
