import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createAnalyzer } from '../src/analyzer/index.js';
import { tagComments } from '../src/batch/comments.js';
import { defineTagger, type TagInput } from '../src/tag/define.js';

/**
 * tagComments is tested for what it owns: which context each row is read with, and how answer
 * links are grouped. A recording tagger stands in for the real ones (an analyzer takes any tagger
 * list), so no tag output is assumed.
 */
function recorder() {
  const seen: { text: string; parent: string | undefined; article: string | undefined; targets: string[] }[] = [];
  const threads: string[][] = [];
  const tagger = defineTagger({
    id: 'recorder',
    needs: [],
    fields: { recorded: z.array(z.object({ text: z.string(), start: z.int(), end: z.int(), rule: z.string(), source: z.string(), answeredBy: z.array(z.string()) })) },
    compile: () => null,
    run: ({ view, parent, article, targets }: TagInput) => {
      seen.push({ text: view.text, parent: parent?.text, article: article?.text, targets: targets.map((t) => t.name) });
      return { recorded: [{ text: view.text, start: 0, end: view.text.length, rule: 'seen', source: 'test@1', answeredBy: [] as string[] }] };
    },
    // Mark each row as answered by its thread's last row, to see the links come back.
    thread: (entries) => {
      threads.push(entries.map((entry) => entry.id));
      const last = entries[entries.length - 1]!.id;
      for (const entry of entries) if (entry.id !== last) for (const r of entry.tags.recorded as { answeredBy: string[] }[]) r.answeredBy.push(last);
    },
    columns: {},
    longRows: () => [],
    summary: () => [],
  });
  return { seen, threads, analyzer: createAnalyzer({ taggers: [tagger] }) };
}

describe('tagComments', () => {
  it("resolves each row's parent: parentText, then the parentId row, then the article", () => {
    const { seen, analyzer } = recorder();
    analyzer.tagComments([
      { id: 1, text: 'root', articleText: 'ART' },
      { id: 'r', text: 'reply', parentId: 1 },
      { id: 'g', text: 'given', parentId: 1, parentText: 'explicit parent' },
      { id: 'o', text: 'orphan', parentId: 'missing', articleText: 'ART' },
      { id: 'n', text: 'nothing' },
    ]);
    expect(seen.map((call) => [call.text, call.parent, call.article])).toEqual([
      ['root', 'ART', 'ART'],
      ['reply', 'root', undefined],
      ['given', 'explicit parent', undefined],
      ['orphan', 'ART', 'ART'],
      ['nothing', undefined, undefined],
    ]);
  });

  it("targets: the row's own, else the call's, else the article's salient actors", () => {
    const { seen, analyzer } = recorder();
    analyzer.tagComments([{ id: 'a', text: 'x', targets: ['Own'] }, { id: 'b', text: 'y' }], { targets: [{ name: 'Opt', aliases: ['O'] }] });
    const article = 'Bashar al-Assad spoke on Monday. Later Assad said the SAA would move. The SAA did.';
    analyzer.tagComments([{ id: 'c', text: 'z', articleText: article }, { id: 'd', text: 'w' }]);
    expect(seen.map((call) => call.targets)).toEqual([['Own'], ['Opt'], expect.arrayContaining(['SAA']), []]);
  });

  it('links answers within each thread only, and returns the links on the records', () => {
    const { threads, analyzer } = recorder();
    const records = analyzer.tagComments([
      { id: 'q1', text: 'question one' },
      { id: 'other', text: 'unrelated' },
      { id: 'a1', text: 'answer one', parentId: 'q1' },
    ]) as unknown as { id: string; recorded: { answeredBy: string[]; rule: string }[] }[];
    expect(threads).toEqual([['q1', 'a1'], ['other']]);
    expect(records.map((r) => [r.id, r.recorded[0]!.answeredBy])).toEqual([
      ['q1', ['a1']],
      ['other', []],
      ['a1', []],
    ]);
    // The tagger's field is its rule namespace.
    expect(records[0]!.recorded[0]!.rule).toBe('recorded/seen');
  });

  it('returns records in row order with string ids and versions', () => {
    const records = tagComments([
      { id: 2, text: 'b' },
      { id: 1, text: 'a' },
    ]);
    expect(records.map((r) => r.id)).toEqual(['2', '1']);
    expect(Object.keys(records[0]!)).toEqual([
      'id', 'stance', 'conspiracy', 'slurs', 'insults', 'profanity', 'identityAttacks', 'threats', 'attributes', 'questions', 'language',
      'threadlensVersion', 'schemaVersion', 'lexiconVersion',
    ]);
  });

  it('applies the conspiracy options too (the old batch path dropped them)', () => {
    const text = 'The lizard kings rule us all.';
    const extra = [{ id: 'lizard-kings', terms: ['lizard kings'], role: 'agent', weight: 1.5, note: 'test', source: 'test' }];
    const [plain] = tagComments([{ id: 'a', text }]);
    const [withCues] = tagComments([{ id: 'a', text }], { conspiracy: { extraCues: extra } });
    expect(plain!.conspiracy.label).toBe('none');
    expect(withCues!.conspiracy.label).toBe('conspiracy');
    expect(withCues!.conspiracy.markers.map((m) => [m.rule, m.source])).toContainEqual(['conspiracy/lizard-kings', 'custom-conspiracy-cues@unversioned']);
  });

  it('throws a typed malformed-row error for a row without id or text', () => {
    expect(() => tagComments([{ id: 'a' } as never])).toThrow(expect.objectContaining({ code: 'malformed-row' }));
    expect(() => tagComments([{ text: 'x' } as never])).toThrow(expect.objectContaining({ code: 'malformed-row' }));
  });
});
