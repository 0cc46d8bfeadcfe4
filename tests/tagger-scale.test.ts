/**
 * Hostile input for the taggers (issue 11): every tagging stage is linear in its input. Work is
 * counted (tests/work-meter.ts), not timed; for each shape, 16 times the input may cost at most 20
 * times the work. Pages are tagged with `tagPage` on a split made here, so the splitter's own
 * scaling (tested elsewhere) does not enter.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../src/analyzer/index.js';
import { SCHEMA_VERSION, type PageAnalysis } from '../src/schema/index.js';
import { linkAnswers, tagQuestions, type ThreadComment } from '../src/tag/questions/index.js';
import { meterWork } from './work-meter.js';

const analyzer = createAnalyzer();

/** A split page of `n` comments: questions, replies to them (also by @name), answers and follow-ups. */
function thread(n: number): PageAnalysis {
  const lines = ['Council approves the bridge', '', 'The council voted on Tuesday to fund the new bridge over the river.', ''];
  const comments: PageAnalysis['comments'] = [];
  let text = lines.join('\n');
  for (let i = 0; i < n; i++) {
    const asks = i % 3 === 0;
    const parent = asks || i === 0 ? null : `c${i - (i % 3)}`;
    const body = asks
      ? `Who paid for bridge number ${i}? Does anyone know how much it cost?`
      : i % 3 === 1
        ? `@user${i - 1} Yes, the state paid about ${i} million for it.`
        : `Why would they do that? Nobody asked us about bridge ${i}.`;
    const start = text.length;
    text += `${body}\n\n`;
    comments.push({
      text: body, start, end: start + body.length, id: `c${i + 1}`, index: i, author: `user${i}`, postedAt: null,
      parentId: parent === null ? null : `c${Number(parent.slice(1)) + 1}`, depth: parent === null ? 0 : 1, language: 'en',
      header: null, paragraphs: [{ text: body, start, end: start + body.length }], replyEvidence: null,
    });
  }
  const body = lines[2]!;
  return {
    schemaVersion: SCHEMA_VERSION, inputType: 'text', text, title: { text: lines[0]!, start: 0, end: lines[0]!.length },
    body: { text: body, start: text.indexOf(body), end: text.indexOf(body) + body.length, paragraphs: [] },
    comments, boilerplate: [], warnings: [],
  };
}

/** Work for the larger input over work for the smaller, both after an unmetered warm-up run. */
function growth(make: (n: number) => () => void, n: number): { small: number; large: number } {
  const small = make(n);
  const large = make(16 * n);
  small();
  large();
  return { small: meterWork(small), large: meterWork(large) };
}

const TEXT_SHAPES: [string, (n: number) => string, string[]?][] = [
  ['a consonant run in a comment naming a target', (n) => `Trump is ${'bcdfghjklmnpqrstvwxz'.repeat(n / 20)} again`, ['Trump']],
  ['a consonant run inside a hashtag naming a target', (n) => `#Trump${'Bcdfg'.repeat(n / 5)} wins`, ['Trump']],
  ['one long word', (n) => `you ${'a'.repeat(n)} idiot`],
  ['one long leet word', (n) => `you n1gg${'3'.repeat(n)}r`],
  ['spaced-out letters', (n) => 'f u c k '.repeat(n / 8)],
  ['question marks', (n) => '?'.repeat(n)],
  ['mixed ?! runs', (n) => '?!'.repeat(n / 2)],
  ['dots', (n) => '.'.repeat(n)],
  ['unclosed curly quotes', (n) => '“a '.repeat(n / 3)],
  ['straight quotes', (n) => '"'.repeat(n)],
  ['at-signs', (n) => '@'.repeat(n)],
  ['hyphens and apostrophes', (n) => "a-'".repeat(n / 3)],
  ['one sentence of repeated mentions', (n) => 'Trump and Trump and '.repeat(n / 20), ['Trump']],
  ['many short questions', (n) => 'Why? '.repeat(n / 5)],
  ['quoted lines', (n) => '> quoted text here\n'.repeat(n / 19)],
  ['groups named and pronouns pointing back', (n) => 'Immigrants came and they stay, them too. '.repeat(n / 41)],
];

describe('taggers on hostile input grow linearly', () => {
  it('a page of many comments with questions and replies (tagPage)', () => {
    const { small, large } = growth((n) => {
      const page = thread(n);
      return () => void analyzer.tagPage(page);
    }, 300);
    expect(large / small, `work ${small} -> ${large}`).toBeLessThanOrEqual(20);
  });

  it.each(TEXT_SHAPES)('%s (tagComment)', (_name, text, targets) => {
    const { small, large } = growth((n) => {
      const input = text(n);
      return () => void analyzer.tagComment(input, targets ? { targets } : {});
    }, 2000);
    expect(large / small, `work ${small} -> ${large}`).toBeLessThanOrEqual(20);
  });

  it('the same shapes as reply and parent (the parent is read for copied and restated words)', () => {
    for (const [, text] of TEXT_SHAPES) {
      const { small, large } = growth((n) => {
        const input = text(n);
        return () => void analyzer.tagComment(input, { parent: input });
      }, 2000);
      expect(large / small, `work ${small} -> ${large}`).toBeLessThanOrEqual(20);
    }
  });
});

/** Comment reads by index, counted: the thread-level step's loops touch the comment array directly. */
function countedReads<T>(items: T[]): { items: T[]; reads: () => number } {
  let reads = 0;
  const items2 = new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/u.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { items: items2, reads: () => reads };
}

describe('answer links look at each comment a bounded number of times', () => {
  it('16 times the comments cost at most 20 times the comment reads', () => {
    const reads = (n: number) => {
      const comments: ThreadComment[] = thread(n).comments.map((c) => ({ id: c.id, text: c.text, parentId: c.parentId, questions: tagQuestions(c.text) }));
      const counted = countedReads(comments);
      linkAnswers(counted.items);
      return counted.reads();
    };
    const small = reads(200);
    const large = reads(3200);
    expect(large / small, `reads ${small} -> ${large}`).toBeLessThanOrEqual(20);
  });
});
