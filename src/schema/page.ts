import * as z from 'zod';
import { Finding, Segment, Warning } from './segment.js';

/** Bump on any breaking change to the record shape; additions keep the major. */
export const SCHEMA_VERSION = '1.1.0';

export const BoilerplateKind = z.enum([
  'caption',
  'byline',
  'dateline',
  'media',
  'navigation',
  'widget',
  'comment-count',
  'tags',
  'footer',
  'advertisement',
  'other',
]);
export type BoilerplateKind = z.infer<typeof BoilerplateKind>;

export const Boilerplate = Segment.extend({
  kind: BoilerplateKind,
  rule: z.string().describe('The rule that classified this block'),
}).meta({ id: 'Boilerplate' });
export type Boilerplate = z.infer<typeof Boilerplate>;

export const Body = Segment.extend({
  paragraphs: z.array(Segment),
  author: z.string().nullable().optional().describe("The article's byline name, or the opening post's author on a forum thread (HTML input only)"),
  postedAt: z.string().nullable().optional().describe('Its date text exactly as the page shows it (HTML input only)'),
}).meta({ id: 'Body' });
export type Body = z.infer<typeof Body>;

export const Comment = Segment.extend({
  id: z.string(),
  index: z.int().nonnegative().describe('Position in page order, from 0'),
  author: z.string().nullable(),
  postedAt: z.string().nullable().describe('Date text exactly as the page shows it'),
  parentId: z.string().nullable(),
  depth: z.int().nonnegative(),
  language: z.string().describe('ISO 639-1 code, or "und" when unsure'),
  header: Segment.nullable().describe('The author/date header lines, kept apart from the text'),
  paragraphs: z.array(Segment),
  replyEvidence: Finding.nullable().describe('Why parentId was set: the @mention, opener or quote'),
  selector: z.string().optional().describe('CSS path to the comment element (HTML input only)'),
}).meta({ id: 'Comment', description: 'A comment as the splitter finds it; an analysed comment (AnalyzedComment) adds the tags' });
export type Comment = z.infer<typeof Comment>;

export const PageAnalysis = z
  .object({
    schemaVersion: z.string(),
    threadlensVersion: z.string().optional(),
    lexiconVersion: z.string().optional(),
    source: z.string().optional(),
    warcRecordId: z.string().optional().describe('WARC-Record-ID of the record the page came from (CLI, WARC input)'),
    warcDate: z.string().optional().describe('WARC-Date of that record'),
    inputType: z.enum(['text', 'html']),
    text: z.string().describe('The text every span indexes: the input itself, or the rendered HTML text'),
    title: Segment.nullable(),
    body: Body.nullable(),
    comments: z.array(Comment),
    boilerplate: z.array(Boilerplate),
    warnings: z.array(Warning),
  })
  .meta({ id: 'PageAnalysis', title: 'threadlens PageAnalysis', description: 'A split page (splitPage); analyzePage returns AnalyzedPage, whose comments carry their tags' });
export type PageAnalysis = z.infer<typeof PageAnalysis>;
