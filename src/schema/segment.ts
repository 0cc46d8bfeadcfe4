import * as z from 'zod';

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

/**
 * The one rule-id grammar: `namespace/rule`. The namespace is the tag field a finding lands in
 * (`slurs`, `insults`, `profanity`, `conspiracy`, `stance`, `questions`) or `split` for the
 * splitters' rules; the rule is lower-case words joined by `.` or `-` (`slurs/slur.example`,
 * `stance/deny-unverified`, `questions/question-mark.rhet-idiom`).
 */
export const RULE_ID = /^[a-z][A-Za-z]*\/[a-z0-9]+(?:[.-][a-z0-9]+)*$/u;

export const RuleId = z.string().regex(RULE_ID).describe('Rule that fired, as namespace/rule (e.g. "slurs/slur.example", "stance/deny-false")');

/**
 * A segment plus the rule that produced it, so "why?" has an answer. Like a vfile message, a
 * finding names its `rule` and the `source` it came from: the lexicon or cue set and its version
 * ("lexicon@2026.11.0", "stance-cues@1.2.0"), or "threadlens@<version>" for rules written in code.
 */
export const Finding = Segment.extend({
  rule: z.string().describe('Rule that fired, as namespace/rule (e.g. "split/reply-at-mention")'),
  source: z.string().optional().describe('The data the rule came from, with its version ("lexicon@2026.11.0"); present on every finding threadlens returns'),
}).meta({ id: 'Finding' });
export type Finding = z.infer<typeof Finding>;

/** A finding of a tagger: its `source` is always set. */
export const TagFinding = Finding.extend({
  rule: RuleId,
  source: z.string().describe('The lexicon or cue set the rule came from, with its version ("lexicon@2026.11.0"), or "threadlens@<version>" for rules written in code'),
}).meta({ id: 'TagFinding' });
export type TagFinding = z.infer<typeof TagFinding>;

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
