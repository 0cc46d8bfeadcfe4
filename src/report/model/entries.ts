/**
 * One report entry per record: a page, an error record, or something that is neither (shown as
 * such, never dropped). Read field by field, so records from other versions still show.
 */
import { commentBadges, commentFindings, isObject, spanMatches } from './findings.js';
import type { Json, JsonObject, ReportBadge, ReportFinding } from './types.js';

export interface ReportComment {
  index: number;
  id: string;
  parentId: string | null;
  author: string | null;
  postedAt: string | null;
  language: string | null;
  /** The comment text; its highlights are drawn over it. */
  text: string;
  /** Page offset of the text's first character, or null when the record's offsets do not match its text. */
  start: number | null;
  findings: ReportFinding[];
  badges: ReportBadge[];
}

export interface ReportSegment {
  text: string;
  kind: string | null;
  rule: string | null;
}

export interface ReportPage {
  type: 'page';
  position: number;
  source: string | null;
  title: string | null;
  inputType: string | null;
  versions: [string, string][];
  /** The article; forum pages may name its author and date. */
  body: { text: string; paragraphs: string[]; author: string | null; postedAt: string | null } | null;
  boilerplate: ReportSegment[];
  warnings: { code: string; message: string }[];
  comments: ReportComment[];
  /** Findings per tag kind over the whole page. */
  counts: Record<string, number>;
  /** Things wrong with the record itself (offsets that do not match), for the reader. */
  problems: string[];
}

export interface ReportError {
  type: 'error';
  position: number;
  source: string | null;
  code: string;
  message: string;
}

export type ReportEntry = ReportPage | ReportError;

const VERSION_FIELDS = ['threadlensVersion', 'schemaVersion', 'lexiconVersion'];

export function readEntry(record: Json, position: number): ReportEntry {
  if (!isObject(record)) return notAPage(position, null, `expected a page record, got ${describeType(record)}`);
  const source = text(record.source);
  if (isObject(record.error)) return { type: 'error', position, source, code: text(record.error.code) ?? 'unknown', message: text(record.error.message) ?? '' };
  if (typeof record.text !== 'string' || !Array.isArray(record.comments)) {
    return notAPage(position, source, 'not a page record: it has no "text" and "comments" (a record of threadlens comments, or another file?)');
  }
  return readPage(record, record.text, record.comments, position, source);
}

function readPage(record: JsonObject, pageText: string, rawComments: Json[], position: number, source: string | null): ReportPage {
  const problems: string[] = [];
  const comments = rawComments.map((raw, index) => readComment(raw, index, pageText));
  const unmatched = comments.filter((comment) => comment.start === null).length;
  if (unmatched > 0) problems.push(`${unmatched} of ${comments.length} comments have offsets that do not match the page text (records written with --offsets codepoint?); their tags are listed, not highlighted`);
  const counts: Record<string, number> = {};
  for (const comment of comments) for (const finding of comment.findings) counts[finding.kind] = (counts[finding.kind] ?? 0) + 1;
  return {
    type: 'page',
    position,
    source,
    title: isObject(record.title) ? text(record.title.text) : null,
    inputType: text(record.inputType),
    versions: VERSION_FIELDS.filter((key) => typeof record[key] === 'string').map((key) => [key, record[key] as string]),
    body: readBody(record.body),
    boilerplate: list(record.boilerplate).filter(isObject).map((b) => ({ text: text(b.text) ?? '', kind: text(b.kind), rule: text(b.rule) })),
    warnings: list(record.warnings).filter(isObject).map((w) => ({ code: text(w.code) ?? 'warning', message: text(w.message) ?? '' })),
    comments,
    counts,
    problems,
  };
}

function readComment(raw: Json, index: number, pageText: string): ReportComment {
  const comment = isObject(raw) ? raw : {};
  const ownText = text(comment.text);
  const start = Number.isInteger(comment.start) ? (comment.start as number) : null;
  const end = Number.isInteger(comment.end) ? (comment.end as number) : null;
  const anchored = ownText !== null && start !== null && end !== null && spanMatches(pageText, start, end, ownText);
  return {
    index,
    id: text(comment.id) ?? `#${index + 1}`,
    parentId: text(comment.parentId),
    author: text(comment.author),
    postedAt: text(comment.postedAt),
    language: text(comment.language),
    text: ownText ?? '',
    start: anchored ? start : null,
    findings: commentFindings(comment, index, pageText),
    badges: commentBadges(comment),
  };
}

function readBody(body: Json | undefined): ReportPage['body'] {
  if (!isObject(body)) return null;
  const paragraphs = list(body.paragraphs).filter(isObject).map((p) => text(p.text) ?? '');
  return { text: text(body.text) ?? '', paragraphs, author: text(body.author), postedAt: text(body.postedAt) };
}

function notAPage(position: number, source: string | null, message: string): ReportError {
  return { type: 'error', position, source, code: 'not-a-page', message };
}

function text(value: Json | undefined): string | null {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null;
}

function list(value: Json | undefined): Json[] {
  return Array.isArray(value) ? value : [];
}

function describeType(value: Json): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}
