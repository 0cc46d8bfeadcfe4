/**
 * The work of one task, run inside a worker: read a page (or take a unit of comment rows), analyse
 * it, convert offsets if asked, and render the output chunk. Nothing here touches stdout.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Analyzer } from '../analyzer/index.js';
import type { CommentRow } from '../batch/comments.js';
import { errorRecord, isPageError, type PageRecord } from '../batch/pages.js';
import { ThreadlensError } from '../errors.js';
import type { LexiconOptions } from '../tag/lexicon/options.js';
import type { TargetInput } from '../tag/types.js';
import type { FormatName, OffsetsName } from './args.js';
import { render } from './render.js';
import { countError, countTags, emptyStats, type Stats } from './stats.js';

export interface WorkerSettings {
  format: FormatName;
  offsets: OffsetsName;
  maxBytes: number;
  /** Defuse spreadsheet formulas in CSV cells (--csv-guard). */
  csvGuard?: boolean;
  targets?: TargetInput[];
  lexicon?: LexiconOptions;
  /** Time budget per page in ms (AnalyzerOptions.maxMs); a page over it gets a `time-budget` error record. */
  maxMs?: number;
}

/** A row of a comment unit; `emit` is false for rows kept only as context (already in a resumed file). */
export interface UnitRow {
  index: number;
  emit: boolean;
  row: CommentRow;
}

export type Task = { kind: 'page'; source: string; content?: Uint8Array } | { kind: 'comments'; rows: UnitRow[] };

export interface TaskResult {
  chunks: { index: number; chunk: string }[];
  stats: Stats;
}

/** One task with the worker's analyzer (made once per worker from its settings: see worker.ts). */
export function runTask(task: Task, settings: WorkerSettings, analyzer: Analyzer): TaskResult {
  return task.kind === 'page' ? runPage(task.source, task.content, settings, analyzer) : runComments(task.rows, settings, analyzer);
}

function runPage(source: string, content: Uint8Array | undefined, settings: WorkerSettings, analyzer: Analyzer): TaskResult {
  let record: PageRecord;
  try {
    const bytes = content ?? readPage(source, settings.maxBytes);
    if (bytes.byteLength === 0) throw new ThreadlensError('empty-file', 'The input is empty.');
    // Only the analysis options cross over: `format` here is the output format, not SplitOptions'.
    record = analyzer.analyzeOne({ source, content: bytes }, { maxBytes: settings.maxBytes });
  } catch (error) {
    record = errorRecord(source, error);
  }
  const stats = emptyStats();
  stats.pages = 1;
  if (isPageError(record)) countError(stats, record.error.code);
  else {
    stats.comments = record.comments.length;
    record.comments.forEach((comment) => countTags(stats, comment));
  }
  return { chunks: [{ index: 0, chunk: render({ record }, settings) }], stats };
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
  const records = analyzer.tagComments(rows.map((unit) => unit.row));
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
