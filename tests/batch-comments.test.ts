import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * tagComments is tested for what it owns: which context each row is tagged with, and how answer
 * links are grouped. The taggers themselves are replaced by recorders, so no tag output is assumed.
 */
const calls = vi.hoisted(() => ({ tag: [] as { text: string; context: any }[], link: [] as string[][] }));

vi.mock('../src/tag/index.js', () => ({
  tagComment: (text: string, context: any) => {
    calls.tag.push({ text, context });
    return {
      stance: { toParent: { label: 'comment', confidence: 0, evidence: [] }, targets: [] },
      conspiracy: { label: 'none', score: 0, markers: [] },
      slurs: [],
      insults: [],
      profanity: [],
      questions: [{ text, start: 0, end: text.length, rule: 'test', kind: 'factual', confidence: 1, answeredBy: [] }],
      language: 'en',
    };
  },
}));

vi.mock('../src/tag/questions/index.js', () => ({
  linkAnswers: (comments: { id: string; questions?: { answeredBy: string[] }[] }[]) => {
    calls.link.push(comments.map((c) => c.id));
    // Mark each question as answered by the thread's last comment, to see the links come back.
    const last = comments[comments.length - 1]!.id;
    for (const comment of comments) for (const q of comment.questions ?? []) if (comment.id !== last) q.answeredBy.push(last);
  },
}));

vi.mock('../src/tag/stance/index.js', () => ({
  findSalientTargets: (article: string) => [`salient:${article}`],
}));

const { tagComments } = await import('../src/batch/comments.js');

beforeEach(() => {
  calls.tag.length = 0;
  calls.link.length = 0;
});

describe('tagComments', () => {
  it('resolves each row\'s parent: parentText, then the parentId row, then the article', () => {
    tagComments([
      { id: 1, text: 'root', articleText: 'ART' },
      { id: 'r', text: 'reply', parentId: 1 },
      { id: 'g', text: 'given', parentId: 1, parentText: 'explicit parent' },
      { id: 'o', text: 'orphan', parentId: 'missing', articleText: 'ART' },
      { id: 'n', text: 'nothing' },
    ]);
    expect(calls.tag.map((call) => [call.text, call.context.parent, call.context.article])).toEqual([
      ['root', 'ART', 'ART'],
      ['reply', 'root', undefined],
      ['given', 'explicit parent', undefined],
      ['orphan', 'ART', 'ART'],
      ['nothing', undefined, undefined],
    ]);
  });

  it('targets: the row\'s own, else the options\', else the article\'s salient actors', () => {
    tagComments(
      [
        { id: 'a', text: 'x', targets: ['Own'] },
        { id: 'b', text: 'y' },
      ],
      { targets: [{ name: 'Opt', aliases: ['O'] }] },
    );
    tagComments([{ id: 'c', text: 'z', articleText: 'ART' }, { id: 'd', text: 'w' }]);
    expect(calls.tag.map((call) => call.context.targets)).toEqual([['Own'], [{ name: 'Opt', aliases: ['O'] }], ['salient:ART'], []]);
  });

  it('passes the lexicon through untouched', () => {
    const lexicon = { allow: ['bloody'] };
    tagComments([{ id: 'a', text: 'x' }], { lexicon });
    expect(calls.tag[0]!.context.lexicon).toBe(lexicon);
  });

  it('links answers within each thread only, and returns the links on the records', () => {
    const records = tagComments([
      { id: 'q1', text: 'question one' },
      { id: 'other', text: 'unrelated' },
      { id: 'a1', text: 'answer one', parentId: 'q1' },
    ]);
    expect(calls.link).toEqual([['q1', 'a1'], ['other']]);
    expect(records.map((r) => [r.id, r.questions[0]!.answeredBy])).toEqual([
      ['q1', ['a1']],
      ['other', []],
      ['a1', []],
    ]);
  });

  it('returns records in row order with string ids and versions', () => {
    const records = tagComments([
      { id: 2, text: 'b' },
      { id: 1, text: 'a' },
    ]);
    expect(records.map((r) => r.id)).toEqual(['2', '1']);
    expect(Object.keys(records[0]!)).toEqual(
      expect.arrayContaining(['id', 'stance', 'conspiracy', 'slurs', 'insults', 'profanity', 'questions', 'language', 'threadlensVersion', 'schemaVersion', 'lexiconVersion']),
    );
  });

  it('throws a typed malformed-row error for a row without id or text', () => {
    expect(() => tagComments([{ id: 'a' } as never])).toThrow(expect.objectContaining({ code: 'malformed-row' }));
    expect(() => tagComments([{ text: 'x' } as never])).toThrow(expect.objectContaining({ code: 'malformed-row' }));
  });
});
