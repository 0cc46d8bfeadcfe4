import * as z from 'zod';
import { CommentTags } from './analyzed.js';

const versions = { threadlensVersion: z.string(), schemaVersion: z.string(), lexiconVersion: z.string() };

/** What `threadlens comments` writes per row: the tags, the row id, and what made them. */
export const CommentRecord = CommentTags.extend({ id: z.string(), ...versions }).meta({ id: 'CommentRecord' });
export type CommentRecord = z.infer<typeof CommentRecord>;

export const ErrorCode = z.enum([
  'binary-input',
  'time-budget',
  'input-too-large',
  'invalid-input',
  'invalid-options',
  'invalid-lexicon',
  'unreadable',
  'empty-file',
  'malformed-row',
  'corrupt-record',
  'missing-dependency',
  'internal',
]);

/** Written instead of a result when an input or row cannot be analysed; the run goes on. */
export const ErrorRecord = z
  .object({
    source: z.string().optional(),
    warcRecordId: z.string().optional(),
    warcDate: z.string().optional(),
    id: z.string().optional(),
    line: z.int().positive().optional(),
    error: z.object({ code: ErrorCode, message: z.string() }),
    ...versions,
  })
  .meta({ id: 'ErrorRecord' });
export type ErrorRecord = z.infer<typeof ErrorRecord>;

/** A page that could not be analysed, in place of its result (`analyzePages`, `threadlens pages`): nothing is silently lost. */
export const PageError = ErrorRecord.omit({ id: true, line: true }).meta({ id: 'PageError' });
export type PageError = z.infer<typeof PageError>;
