/**
 * The worker's last budget check (src/cli/records.ts): rendering runs after the analyzer's own
 * checks, so a page whose analysis and rendering together went over --max-ms gets its time-budget
 * record there. The analyzer here has no budget of its own, so only that last check can stop it.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createAnalyzer, defineTagger, TAGGERS } from '../src/index.js';
import { runTask, type WorkerSettings } from '../src/cli/records.js';

/** A tagger that spins 5 ms per comment: the page takes at least 10 ms whatever the machine. */
const spinning = defineTagger({
  id: 'spin',
  needs: [],
  fields: { spin: z.boolean() },
  compile: () => null,
  run: () => {
    const until = performance.now() + 5;
    while (performance.now() < until);
    return { spin: true };
  },
  columns: {},
  longRows: () => [],
  summary: () => [],
});

const PAGE = 'Council approves bike lanes\n\nThe council voted on Tuesday to add bike lanes along Main Street after a year of hearings.\n\n2 Comments\n\nAnna Berg says:\nMarch 3, 2019 at 4:12 pm\n\nHow many parking spaces will the street lose?\n\nReply\n\nTom Reyes says:\nMarch 3, 2019 at 5:01 pm\n\nAbout forty, according to the plan.\n\nReply';
const analyzer = createAnalyzer({ taggers: [...TAGGERS, spinning] });
const settings = (maxMs: number): WorkerSettings => ({ format: 'jsonl', offsets: 'utf16', maxBytes: 1_000_000, maxMs });
const recordOf = (maxMs: number) => JSON.parse(runTask({ kind: 'page', source: 'p.txt', content: PAGE }, settings(maxMs), analyzer).chunks[0]!.chunk);

describe('the worker checks the page budget after rendering', () => {
  it('gives a page over the budget its time-budget record and counts it as an error', () => {
    const result = runTask({ kind: 'page', source: 'p.txt', content: PAGE }, settings(5), analyzer);
    const record = JSON.parse(result.chunks[0]!.chunk);
    expect(record.source).toBe('p.txt');
    expect(record.error).toMatchObject({ code: 'time-budget', message: expect.stringMatching(/over the 5 ms budget/) });
    expect(result.stats.comments).toBe(0);
  });

  it('leaves a page inside the budget as it is', () => {
    const record = recordOf(60_000);
    expect(record.error).toBeUndefined();
    expect(record.comments).toHaveLength(2);
  });
});
