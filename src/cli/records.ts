/**
 * The work of one task, run inside a worker: read a page (or take a unit of comment rows), analyse
 * it, convert offsets if asked, and render the output chunk. Nothing here touches stdout.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Analyzer } from '../analyzer/index.js';
import type { CommentRow } from '../batch/comments.js';
import { errorRecord, isPageError, type PageRecord } from '../batch/pages.js';
import type { ErrorInfo } from '../batch/errors.js';
import { recordVersions } from '../batch/versions.js';
import { isThreadlensError, ThreadlensError } from '../errors.js';
import type { LexiconOptions } from '../tag/lexicon/options.js';
import type { TargetInput } from '../tag/types.js';
import type { FormatName, OffsetsName } from './args.js';
import { withHttpCharset } from './http-charset.js';
import { render } from './render.js';
import type { PageItem, WarcFields } from './sources/types.js';
import { countError, countTags, emptyStats, type Stats } from './stats.js';

export interface WorkerSettings {
  format: FormatName;
  offsets: OffsetsName;
  maxBytes: number;
  /** Defuse spreadsheet formulas in CSV cells (--csv-guard). */
  csvGuard?: boolean;
  targets?: TargetInput[];
  lexicon?: LexiconOptions;
  /**
   * Time budget per page, and per batch of comment rows, in ms (--max-ms, AnalyzerOptions.maxMs):
   * checked by the analyzer between stages, once more after the record is rendered (a page whose
   * analysis and rendering together went over it gets a time-budget record), and enforced by the
   * pool, which stops a worker far past it.
   */
  maxMs?: number;
}

/** A row of a comment unit; `emit` is false for rows kept only as context (already in a resumed file). */
export interface UnitRow {
  index: number;
  /** Where the row starts in the input, for its error record. */
  line: number;
  emit: boolean;
  row: CommentRow;
}

/** A page: a file to read (`path`) or content already read, with what its container said about it. */
export type PageTask = { kind: 'page' } & Pick<PageItem, 'source' | 'path' | 'content' | 'format' | 'charset' | 'warc'>;

export type Task = PageTask | { kind: 'comments'; rows: UnitRow[] };

export interface TaskResult {
  chunks: { index: number; chunk: string }[];
  stats: Stats;
}

/** One task with the worker's analyzer (made once per worker from its settings: see worker.ts). */
export function runTask(task: Task, settings: WorkerSettings, analyzer: Analyzer): TaskResult {
  return task.kind === 'page' ? runPage(task, settings, analyzer) : runComments(task.rows, settings, analyzer);
}

function runPage(task: PageTask, settings: WorkerSettings, analyzer: Analyzer): TaskResult {
  const { source } = task;
  const started = performance.now();
  let record: PageRecord;
  try {
    const content = task.content ?? readPage(task.path ?? source, settings.maxBytes);
    if (content.length === 0) throw new ThreadlensError('empty-file', 'The input is empty.');
    const decoded = typeof content === 'string' ? content : withHttpCharset(content, task.charset);
    // Only the analysis options cross over: `format` here is the output format, not SplitOptions'.
    record = analyzer.analyzeOne({ source, content: decoded }, { maxBytes: settings.maxBytes, ...(task.format ? { format: task.format } : {}) });
  } catch (error) {
    record = errorRecord(source, error);
  }
  if (task.warc) record = withWarcFields(record, task.warc);
  let chunk = render({ record }, settings);
  // The analyzer checks its budget between stages; rendering a page of many comments runs after the
  // last check, so a page whose whole task went over the budget gets its time-budget record here.
  const elapsed = performance.now() - started;
  if (settings.maxMs !== undefined && elapsed > settings.maxMs && !isPageError(record)) {
    record = errorRecord(source, new ThreadlensError('time-budget', `Analysing and writing it took ${Math.round(elapsed)} ms, over the ${settings.maxMs} ms budget.`));
    if (task.warc) record = withWarcFields(record, task.warc);
    chunk = render({ record }, settings);
  }
  const stats = emptyStats();
  stats.pages = 1;
  if (isPageError(record)) countError(stats, record.error.code);
  else {
    stats.comments = record.comments.length;
    record.comments.forEach((comment) => countTags(stats, comment));
  }
  return { chunks: [{ index: 0, chunk }], stats };
}

/** WARC fields go right after `source`, where --resume reads a record's identity without parsing it. */
function withWarcFields(record: PageRecord, warc: WarcFields): PageRecord {
  const { source, ...rest } = record as PageRecord & { source?: string };
  return { source, ...warc, ...rest } as PageRecord;
}

/** Stat before reading: a FIFO would block an open() forever, and a huge file should not be loaded. */
function readPage(source: string, maxBytes: number): Uint8Array {
  const info = statSync(source);
  if (!info.isFile()) throw new ThreadlensError('unreadable', `${source} is not a regular file (${fileKind(info)}).`);
  if (info.size > maxBytes) {
    throw new ThreadlensError('input-too-large', `The input is ${info.size} bytes, over the limit of ${maxBytes}.`);
  }
  return readFileSync(source);
}

function fileKind(info: ReturnType<typeof statSync> & object): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a file';
}

function runComments(rows: UnitRow[], settings: WorkerSettings, analyzer: Analyzer): TaskResult {
  const stats = emptyStats();
  let records: ReturnType<Analyzer['tagComments']>;
  try {
    records = analyzer.tagComments(rows.map((unit) => unit.row));
  } catch (error) {
    // The batch went over its time budget (or a row was refused): each row it was to write says so.
    if (!isThreadlensError(error)) throw error;
    return rowErrors(rows, { code: error.code, message: error.message }, settings);
  }
  const chunks: TaskResult['chunks'] = [];
  rows.forEach((unit, i) => {
    if (!unit.emit) return;
    const record = records[i]!;
    stats.comments++;
    countTags(stats, record);
    const parentId = unit.row.parentId === undefined || unit.row.parentId === null ? null : String(unit.row.parentId);
    chunks.push({ index: unit.index, chunk: render({ record, text: unit.row.text, parentId }, settings) });
  });
  return { chunks, stats };
}

function rowErrors(rows: UnitRow[], error: ErrorInfo, settings: WorkerSettings): TaskResult {
  const stats = emptyStats();
  const chunks: TaskResult['chunks'] = [];
  for (const { index, line, emit, row } of rows) {
    if (!emit) continue;
    countError(stats, error.code);
    chunks.push({ index, chunk: render({ record: { id: String(row.id), line, error, ...recordVersions() } }, settings) });
  }
  return { chunks, stats };
}
