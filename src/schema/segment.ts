import { z } from 'zod';

/**
 * A stretch of the analysed text. `start`/`end` are UTF-16 offsets, `end` exclusive, so
 * `text === source.slice(start, end)` where `source` is the page's `text` (the input itself for
 * plain text, the rendered visible text for HTML) or, for `tagComment`, the comment text.
 */
export const Segment = z
  .object({
    text: z.string(),
    start: z.int().nonnegative(),
    end: z.int().nonnegative(),
  })
  .meta({ id: 'Segment' });
export type Segment = z.infer<typeof Segment>;

/** Every tag: a segment plus the lexicon entry or rule that produced it, so "why?" has an answer. */
export const Finding = Segment.extend({
  rule: z.string().describe('Id of the lexicon entry or rule that fired'),
}).meta({ id: 'Finding' });
export type Finding = z.infer<typeof Finding>;

export const WarningCode = z.enum([
  'empty-input',
  'invalid-utf8',
  'nul-bytes',
  'control-characters',
  'html-as-text',
  'ambiguous-comment-boundaries',
  'ambiguous-page-structure',
  'long-line',
  'truncated-input',
  'html-fallback-to-text',
  'comments-loaded-by-script',
  'charset-mismatch',
  'deep-nesting',
  'no-body',
]);
export type WarningCode = z.infer<typeof WarningCode>;

export const Warning = z
  .object({
    code: WarningCode,
    message: z.string(),
    start: z.int().nonnegative().optional(),
    end: z.int().nonnegative().optional(),
  })
  .meta({ id: 'Warning' });
export type Warning = z.infer<typeof Warning>;
