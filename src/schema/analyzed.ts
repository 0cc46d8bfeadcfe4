/**
 * The analysed records, built from the tagger registry: a tagger's fields become required fields
 * of every analysed comment, of `tagComment`'s result and of comment records, in registry order.
 */
import * as z from 'zod';
import type { AnyTagger, FieldsOf } from '../tag/define.js';
import { TAGGERS } from '../tag/registry.js';
import { Comment, PageAnalysis } from './page.js';

const Language = z.string().describe('ISO 639-1 code, or "und" when unsure');

/** The tag fields of a list of taggers, merged in list order. */
function tagFields(taggers: readonly AnyTagger[]): Record<string, z.ZodType> {
  return Object.assign({}, ...taggers.map((tagger) => tagger.fields as Record<string, z.ZodType>));
}

/** What `tagComment` returns for one text with these taggers (for a custom tagger list). */
export function commentTagsSchema(taggers: readonly AnyTagger[]) {
  return z.object({ ...tagFields(taggers), language: Language });
}

/** A comment of an analysed page with these taggers: the split comment plus every tag field (for a custom tagger list). */
export function analyzedCommentSchema(taggers: readonly AnyTagger[]) {
  return Comment.extend(tagFields(taggers));
}

/** The built-in taggers' fields (src/tag/registry.ts), typed. */
const TAG_FIELDS = tagFields(TAGGERS) as FieldsOf<typeof TAGGERS>;

/** What `tagComment` returns for one text, spans relative to that text. */
export const CommentTags = z.object({ ...TAG_FIELDS, language: Language }).meta({ id: 'CommentTags' });
export type CommentTags = z.infer<typeof CommentTags>;

/** A comment of an analysed page: every tag field is there. */
export const AnalyzedComment = Comment.extend(TAG_FIELDS).meta({ id: 'AnalyzedComment' });
export type AnalyzedComment = z.infer<typeof AnalyzedComment>;

/** What `analyzePage` returns: the split page, its comments tagged, and what made the record. */
export const AnalyzedPage = PageAnalysis.extend({
  threadlensVersion: z.string(),
  lexiconVersion: z.string(),
  comments: z.array(AnalyzedComment),
}).meta({ id: 'AnalyzedPage', title: 'threadlens AnalyzedPage' });
export type AnalyzedPage = z.infer<typeof AnalyzedPage>;
