/**
 * The hand-made gold annotation format for fixture pages (`fixtures/gold/<page>.json`).
 * Texts are exact substrings of the page; offsets are found by searching in page order, so an
 * annotator never counts characters by hand and a typo shows up as "not found".
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';

const GoldSlur = z.object({
  text: z.string(),
  category: z.string(),
  use: z.enum(['use', 'mention', 'reclaimed']),
});

const GoldQuestion = z.object({
  text: z.string().describe('The question sentence, exact'),
  kind: z.enum(['factual', 'rhetorical', 'opinion']),
  answeredBy: z.array(z.int()).default([]).describe('Indexes of later comments that answer it'),
});

const GoldComment = z.object({
  author: z.string().nullable(),
  postedAt: z.string().nullable().default(null),
  text: z.string().describe('Whole comment text, without its author/date header, exact'),
  parent: z.int().nullable().describe('Index of the comment it replies to, or null'),
  language: z.string().default('en'),
  stance: z.enum(['support', 'deny', 'query', 'comment']).optional(),
  questions: z.array(GoldQuestion).optional(),
  slurs: z.array(GoldSlur).optional(),
  insults: z.array(z.string()).optional(),
  profanity: z.array(z.string()).optional(),
  conspiracy: z.enum(['conspiracy', 'critical', 'none']).optional(),
  conspiracyMarkers: z.array(z.object({ text: z.string(), role: z.string() })).optional(),
});

export const GoldPage = z.object({
  page: z.string().describe('File name in fixtures/pages'),
  format: z.string().describe('Site style, e.g. wordpress, disqus, southfront'),
  notes: z.string().optional(),
  title: z.string().nullable(),
  body: z
    .object({ first: z.string(), last: z.string() })
    .nullable()
    .describe('Exact first and last body paragraphs'),
  comments: z.array(GoldComment),
  boilerplate: z.array(z.object({ text: z.string(), kind: z.string() })).default([]),
  ambiguous: z.boolean().default(false).describe('Expect an ambiguity warning'),
});
export type GoldPage = z.infer<typeof GoldPage>;
export type GoldComment = z.infer<typeof GoldComment>;

export interface GoldSpan {
  start: number;
  end: number;
}

export const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

/**
 * Gold pages of one part: `tune` pages live in fixtures/pages + fixtures/gold, `check` pages in
 * fixtures/check/text (written by someone who had not read the rules; only ever scored in aggregate,
 * see fixtures/ANNOTATING.md). A missing folder gives no pages.
 */
export function loadGoldPages(part: 'tune' | 'check' = 'tune'): { gold: GoldPage; input: string }[] {
  const root = part === 'tune' ? FIXTURES : join(FIXTURES, 'check', 'text');
  const goldDir = join(root, 'gold');
  if (!existsSync(goldDir)) return [];
  return readdirSync(goldDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const gold = GoldPage.parse(JSON.parse(readFileSync(join(goldDir, name), 'utf8')));
      const input = readFileSync(join(root, 'pages', gold.page), 'utf8');
      return { gold, input };
    });
}

/** Locates each gold comment's text in page order; throws on text that is not in the page. */
export function locateComments(input: string, comments: GoldComment[]): GoldSpan[] {
  let from = 0;
  return comments.map((comment, i) => {
    const start = input.indexOf(comment.text, from);
    if (start < 0) throw new Error(`gold comment ${i} not found in page: ${comment.text.slice(0, 60)}`);
    from = start + comment.text.length;
    return { start, end: from };
  });
}
