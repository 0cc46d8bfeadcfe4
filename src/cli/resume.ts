/**
 * --resume: find what an earlier, interrupted run already wrote, as counts of record keys (see
 * identity/keys.ts). A run killed mid-write can leave a partial last record; it is cut off first,
 * so the file holds only whole records before appending.
 */
import { createReadStream, existsSync, openSync, closeSync, fstatSync, readSync, ftruncateSync, truncateSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { FormatName } from './args.js';
import { CsvParser, type CsvRow } from './csv-parse.js';

/** What identifies a record in an output file; the command turns it into a key. */
export interface RecordRef {
  source?: string;
  warcRecordId?: string;
  id?: string;
  line?: number;
}

export type RecordKeyOf = (ref: RecordRef) => string | null;

export interface ResumeState {
  /** How many records with each key are already written. */
  done: Map<string, number>;
  /** Bytes of a partly written last record that were removed. */
  repairedBytes: number;
  unparsable: number;
  /** The file already holds records (or a CSV header): the format's head is not written again. */
  hasHead: boolean;
  /** Whole records cut to be written again (CSV: the last one, which may have lost rows). */
  redone: number;
}

export async function readResumeState(path: string, format: FormatName, keyOf: RecordKeyOf): Promise<ResumeState> {
  const state: ResumeState = { done: new Map(), repairedBytes: 0, unparsable: 0, hasHead: false, redone: 0 };
  if (!existsSync(path)) return state;
  if (format === 'csv' || format === 'csv-long') await readCsv(path, format, keyOf, state);
  else await readJsonl(path, keyOf, state);
  return state;
}

function count(state: ResumeState, key: string | null): void {
  if (key === null) state.unparsable++;
  else state.done.set(key, (state.done.get(key) ?? 0) + 1);
}

async function readJsonl(path: string, keyOf: RecordKeyOf, state: ResumeState): Promise<void> {
  state.repairedBytes = truncatePartialLine(path);
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const ref = recordRef(line);
    count(state, ref === null ? null : keyOf(ref));
  }
  state.hasHead = true;
}

/** Cuts the file after its last newline; returns how many bytes were dropped. */
function truncatePartialLine(path: string): number {
  const fd = openSync(path, 'r+');
  try {
    const size = fstatSync(fd).size;
    const chunk = Buffer.alloc(64 * 1024);
    let end = size;
    while (end > 0) {
      const start = Math.max(0, end - chunk.length);
      const read = readSync(fd, chunk, 0, end - start, start);
      const newline = chunk.subarray(0, read).lastIndexOf(0x0a);
      if (newline >= 0) {
        const keep = start + newline + 1;
        if (keep < size) ftruncateSync(fd, keep);
        return size - keep;
      }
      end = start;
    }
    if (size > 0) ftruncateSync(fd, 0);
    return size;
  } finally {
    closeSync(fd);
  }
}

const HEAD = /^\{"(source|id)":("(?:[^"\\]|\\.)*")(?:,"warcRecordId":("(?:[^"\\]|\\.)*"))?/;

/**
 * Records put their key first, so reading a line's head is enough and a 100 MB page record is not
 * parsed again; other lines fall back to a full parse.
 */
export function recordRef(line: string): RecordRef | null {
  const head = HEAD.exec(line);
  if (head) {
    const value = JSON.parse(head[2]!) as string;
    if (head[1] === 'id') return { id: value };
    return head[3] === undefined ? { source: value } : { source: value, warcRecordId: JSON.parse(head[3]) as string };
  }
  try {
    const record = JSON.parse(line) as { source?: unknown; id?: unknown; line?: unknown };
    if (typeof record.source === 'string') return { source: record.source };
    if (record.id !== undefined) return { id: String(record.id) };
    if (typeof record.line === 'number') return { line: record.line };
  } catch {
    // A whole line that is not JSON: not written by threadlens; counted and reported.
  }
  return null;
}

/**
 * A CSV record can span several rows (a page's comments, a comment's findings) and a quoted cell
 * can hold line breaks, so the file is parsed, rows are grouped into records, and the last record
 * is always cut and done again: whether its last rows were written cannot be told from the rows.
 * Parsed as latin1 so that character offsets are byte offsets (UTF-8 never puts , " CR or LF
 * inside a multi-byte character); cells are decoded back to UTF-8.
 */
async function readCsv(path: string, format: 'csv' | 'csv-long', keyOf: RecordKeyOf, state: ResumeState): Promise<void> {
  let columns: Map<string, number> | null = null;
  let lastStart = -1;
  let lastRef: RecordRef | null = null;
  const parser = new CsvParser((row: CsvRow) => {
    if (!columns) {
      columns = new Map(row.fields.map((name, i) => [name, i]));
      return;
    }
    const cell = (name: string) => utf8(row.fields[columns!.get(name) ?? -1] ?? '');
    if (!startsRecord(cell, format)) return;
    if (lastStart >= 0) count(state, lastRef === null ? null : keyOf(lastRef));
    lastStart = row.start;
    lastRef = csvRef(cell);
  });
  for await (const chunk of createReadStream(path, { encoding: 'latin1' }) as AsyncIterable<string>) parser.push(chunk);
  parser.end();
  const size = fstatSizeOf(path);
  // Keep the header and every record but the last; a file without a whole header starts afresh.
  const keep = lastStart >= 0 ? lastStart : headerLength(path);
  if (keep < size) truncateSync(path, keep);
  state.redone = lastStart >= 0 ? 1 : 0;
  state.repairedBytes = size - keep;
  state.hasHead = keep > 0;
}

/** Which row opens a record: a page's `page` or first comment row, a comment's `stance` row, an `error` row. */
function startsRecord(cell: (name: string) => string, format: 'csv' | 'csv-long'): boolean {
  if (format === 'csv-long') return ['page', 'stance', 'error'].includes(cell('kind')) && !(cell('kind') === 'stance' && cell('source') !== '');
  if (cell('source') === '') return true; // comment rows: one row per record
  return cell('id') === '' || cell('index') === '0';
}

function csvRef(cell: (name: string) => string): RecordRef {
  if (cell('source') !== '') return { source: cell('source') };
  if (cell('id') !== '') return { id: cell('id') };
  const line = cell('line') || (/^line (\d+):/.exec(cell('detail'))?.[1] ?? '');
  return line === '' ? {} : { line: Number(line) };
}

function utf8(latin1: string): string {
  return Buffer.from(latin1, 'latin1').toString('utf8');
}

function fstatSizeOf(path: string): number {
  const fd = openSync(path, 'r');
  try {
    return fstatSync(fd).size;
  } finally {
    closeSync(fd);
  }
}

/** Length of a complete header line (up to and including its CRLF), or 0 when the header is cut. */
function headerLength(path: string): number {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    const end = buffer.subarray(0, read).indexOf('\r\n');
    return end < 0 ? 0 : end + 2;
  } finally {
    closeSync(fd);
  }
}
