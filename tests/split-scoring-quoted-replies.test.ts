/**
 * The text eval's quoted-reply convention (fixtures/ANNOTATING.md): a reply matches the gold with or
 * without a quote block at its start, and only a quote block: a predicted comment that swallowed the
 * comment above is no match. Invented threads.
 */
import { describe, expect, it } from 'vitest';
import type { Comment } from '../src/schema/index.js';
import { quotedReplyMatch } from './split-scoring.js';

const REPLY = 'Eighty grit on a cast sole? I would start at 120, the coarse stuff digs in at the edges.';

/** The page holds `lead` then the reply; the gold holds the reply alone and the prediction holds both (or the other way round). */
function match(lead: string, goldHoldsLead: boolean): boolean {
  const input = `Posts\n\n${lead}${REPLY}\n`;
  const leadStart = input.indexOf(lead);
  const replyStart = input.indexOf(REPLY);
  const end = replyStart + REPLY.length;
  const [goldStart, predictedStart] = goldHoldsLead ? [leadStart, replyStart] : [replyStart, leadStart];
  const predicted = { start: predictedStart, end } as Comment;
  return quotedReplyMatch(input, { start: goldStart, end }, predicted) === predicted;
}

describe('a reply with or without its leading quote block', () => {
  it.each([
    ['vBulletin', 'Quote:\nOriginally Posted by Jem Okafor\nStart at 80 grit.\n'],
    ['XenForo', 'Jem Okafor said: ↑\nStart at 80 grit.\nClick to expand...\n'],
    ['phpBB with the quoted post\u2019s date', 'grumpy_estate wrote: ↑Fri Feb 16, 2024 6:48 pm\nStart at 80 grit.\n'],
    ['a plain "X wrote:"', 'Jem Okafor wrote:\nStart at 80 grit.\n'],
    ['a support forum\u2019s "X said" with no colon', 'tabkeeper2000 said\nTry closing it from the menu first.\n'],
  ])('%s: matches either way', (_forum, lead) => {
    expect(match(lead, false)).toBe(true);
    expect(match(lead, true)).toBe(true);
  });

  it.each([
    ['a comment that reports what someone said', 'My doctor said the same thing\nand I ignored her.\n\n'],
    ['a comment that opens "As I said before"', 'As I said before, sandpaper on glass works.\n\n'],
    ['a comment that says who wrote a book', 'Paul Sellers wrote the book on this\nand it is worth a read.\n\n'],
  ])('%s swallowed into the reply is no match', (_shape, lead) => {
    expect(match(lead, false)).toBe(false);
  });
});
