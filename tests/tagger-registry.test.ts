/**
 * Adding a tagger is one definition plus one line in a tagger list: shown here with a trivial
 * tagger (ALL-CAPS shouting) added to the built-in list. Everything else follows from the list:
 * run order, page offsets, rule namespaces, schema fields, CSV columns, csv-long rows and counts.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createAnalyzer } from '../src/analyzer/index.js';
import { tagCells, tagColumns, tagCounts, tagLongRows } from '../src/cli/formats/tag-columns.js';
import { analyzedCommentSchema, commentTagsSchema, RULE_ID, TagFinding } from '../src/schema/index.js';
import { defineTagger } from '../src/tag/define.js';
import { TAGGERS } from '../src/tag/registry.js';

// --- the new tagger: in a real change, src/tag/shouting/tagger.ts ---------------------------
const shoutingTagger = defineTagger({
  id: 'shouting',
  // Reads the questions field, to show `needs`: a shouted question is counted apart.
  needs: ['questions'],
  fields: { shouting: z.array(TagFinding.extend({ question: z.boolean() })) },
  compile: () => ({ minimum: 4 }),
  run: ({ view }, { minimum }, prior) => {
    const questions = (prior.questions ?? []) as { start: number; end: number }[];
    const shouting = view.words
      .filter((w) => w.text.length >= minimum && w.text === w.text.toUpperCase() && w.text !== w.text.toLowerCase())
      .map((w) => ({
        text: w.text,
        start: w.start,
        end: w.end,
        rule: 'caps',
        source: 'shouting@1.0.0',
        question: questions.some((q) => q.start <= w.start && w.end <= q.end),
      }));
    return { shouting };
  },
  columns: { shouting: ({ shouting }) => shouting.length },
  longRows: ({ shouting }) => shouting.map((f) => ({ kind: 'shouting', label: f.question ? 'question' : 'statement', rule: f.rule, start: f.start, end: f.end, text: f.text })),
  summary: ({ shouting }) => [['shouting', shouting.length]],
});
// --- and its one registry line ------------------------------------------------------------
const taggers = [...TAGGERS, shoutingTagger] as const;

const PAGE = `Council approves bike lanes

The council voted on Tuesday to add bike lanes along Main Street after a year of hearings.

2 Comments

Anna Berg says:
March 3, 2019 at 4:12 pm

This is GREAT news for everyone who rides.

Reply

Tom Reyes says:
March 3, 2019 at 5:01 pm

WHERE is the MONEY coming from? Not the council, that is for sure.

Reply`;

describe('a tagger added to the list', () => {
  const analyzer = createAnalyzer({ taggers });

  it('tags every comment, with page offsets and its field as rule namespace', () => {
    const page = analyzer.analyzePage(PAGE);
    const found = page.comments.flatMap((comment) => (comment as unknown as { shouting: { text: string; start: number; end: number; rule: string; question: boolean }[] }).shouting);
    expect(found.map((f) => [f.text, f.rule, f.question])).toEqual([
      ['GREAT', 'shouting/caps', false],
      ['WHERE', 'shouting/caps', true],
      ['MONEY', 'shouting/caps', true],
    ]);
    for (const f of found) {
      expect(page.text.slice(f.start, f.end)).toBe(f.text);
      expect(RULE_ID.test(f.rule)).toBe(true);
    }
    // The built-in fields are still there, and the analysed comment parses with the list's schema.
    const schema = analyzedCommentSchema(taggers);
    for (const comment of page.comments) expect(schema.safeParse(comment).success).toBe(true);
  });

  it('runs after the taggers it needs and reads their fields', () => {
    const tags = analyzer.tagComment('IS THIS REAL? SURELY NOT.') as unknown as { shouting: { text: string; question: boolean }[] };
    expect(tags.shouting.map((f) => [f.text, f.question])).toEqual([
      ['THIS', true],
      ['REAL', true],
      ['SURELY', false],
    ]);
    expect(commentTagsSchema(taggers).safeParse(tags).success).toBe(true);
  });

  it('gets its CSV column, csv-long rows and summary count from the list', () => {
    expect(tagColumns(taggers).slice(-1)).toEqual(['shouting']);
    expect(tagColumns(TAGGERS)).not.toContain('shouting');
    const tags = analyzer.tagComment('THIS is LOUD') as unknown as Record<string, unknown>;
    expect(tagCells(tags, taggers).shouting).toBe(2);
    expect(tagLongRows(tags, taggers).filter((row) => row.kind === 'shouting').map((row) => row.text)).toEqual(['THIS', 'LOUD']);
    expect(tagCounts(tags, taggers)).toContainEqual(['shouting', 2]);
  });

  it('the built-in list drives the CSV columns in registry order', () => {
    expect(tagColumns()).toEqual([
      'stance', 'stance_confidence', 'stance_to_source', 'stance_targets', 'conspiracy', 'conspiracy_score', 'conspiracy_markers',
      'slurs', 'insults', 'profanity', 'identity_attacks', 'threats', 'toxicity', 'severe_toxicity', 'identity_attack', 'insult',
      'profanity_score', 'threat', 'questions', 'factual_questions', 'answered_questions',
    ]);
  });
});

describe('a tagger list is checked when the analyzer is made', () => {
  const base = { compile: () => null, run: () => ({}), columns: {}, longRows: () => [], summary: () => [] };
  it.each([
    ['a duplicate id', [defineTagger({ ...base, id: 'questions', needs: [], fields: {} })], /two taggers have the id "questions"/],
    ['a field another tagger writes', [defineTagger({ ...base, id: 'again', needs: [], fields: { slurs: z.array(z.string()) }, run: () => ({ slurs: [] }) })], /field "slurs"/],
    ['an unknown need', [defineTagger({ ...base, id: 'lonely', needs: ['nobody'], fields: {} })], /needs "nobody"/],
  ])('%s', (_name, extra, message) => {
    expect(() => createAnalyzer({ taggers: [...TAGGERS, ...extra] })).toThrow(expect.objectContaining({ code: 'invalid-options', message: expect.stringMatching(message) }));
  });

  it('a cycle of needs', () => {
    const a = defineTagger({ ...base, id: 'a', needs: ['b'], fields: {} });
    const b = defineTagger({ ...base, id: 'b', needs: ['a'], fields: {} });
    expect(() => createAnalyzer({ taggers: [a, b] })).toThrow(expect.objectContaining({ code: 'invalid-options', message: expect.stringMatching(/circle/) }));
  });

  it('compiles each tagger once per analyzer, not per call', () => {
    let compiled = 0;
    const counting = defineTagger({ ...base, id: 'counting', needs: [], fields: {}, compile: () => ++compiled });
    const analyzer = createAnalyzer({ taggers: [counting] });
    for (let i = 0; i < 5; i++) analyzer.tagComment(`text ${i}`);
    analyzer.analyzePage(PAGE);
    expect(compiled).toBe(1);
  });
});
