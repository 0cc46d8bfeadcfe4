/**
 * Reads the `comments` input (JSONL, a JSON array or CSV; a file or stdin) as a stream of entries:
 * a valid row, or the error record of a row that could not be read. Bad rows never stop the run.
 */
import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import type { Readable } from 'node:stream';
import type { CommentRow } from '../batch/comments.js';
import type { ErrorInfo } from '../batch/errors.js';
import { UsageError } from './args.js';
import { CsvParser, type CsvRow } from './csv-parse.js';
import { JsonArraySplitter } from './json-array.js';
import { parseTargetList, TARGET_SHAPE } from './targets-input.js';

export interface Entry {
  line: number;
  row?: CommentRow;
  /** Present on error entries when the bad row still had a usable id. */
  id?: string;
  error?: ErrorInfo;
}

type Kind = 'csv' | 'jsonl' | 'json';

/** Interned article texts kept at most; rows of one article usually come together. */
const ARTICLE_CACHE = 256;

/**
 * Rows whose text is over `maxBytes` (UTF-8) become `input-too-large` error entries. `name` is
 * how the input is named to people and decides its kind (`-` or a spooled stdin: by content).
 */
export async function* readEntries(path: string, maxBytes = Infinity, name = path): AsyncGenerator<Entry> {
  const stream: Readable = createReadStream(path);
  stream.setEncoding('utf8');
  const entries: Entry[] = [];
  const articles = new Map<string, string>();
  let kind: Kind | null = kindFromName(name);
  let feed: ((chunk: string) => void) | null = null;
  let finish: () => void = () => {};
  const drain = function* (): Generator<Entry> {
    for (const entry of entries) yield entry.row && Buffer.byteLength(entry.row.text) > maxBytes ? tooLarge(entry, maxBytes) : entry;
    entries.length = 0;
    if (articles.size > ARTICLE_CACHE) articles.clear();
  };
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      if (!feed) {
        kind ??= sniff(chunk);
        [feed, finish] = kind === 'csv' ? csvReader(entries, articles) : kind === 'json' ? jsonArrayReader(entries, articles, name) : jsonlReader(entries, articles);
      }
      feed(chunk);
      yield* drain();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
      throw new UsageError(`cannot read ${name}: ${(error as Error).message}`);
    }
    throw error;
  }
  finish();
  yield* drain();
}

function kindFromName(path: string): Kind | null {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.json') return 'json';
  return null;
}

function sniff(chunk: string): Kind {
  const head = chunk.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('[')) return 'json';
  return head.startsWith('{') ? 'jsonl' : 'csv';
}

/** A JSON array of row objects, one element at a time; `line` is where each element starts. */
function jsonArrayReader(entries: Entry[], articles: Map<string, string>, name: string): [(chunk: string) => void, () => void] {
  const splitter = new JsonArraySplitter(({ text, line }) => entries.push(fromJson(text, line, articles)), name);
  return [(chunk) => splitter.push(chunk), () => splitter.end()];
}

function jsonlReader(entries: Entry[], articles: Map<string, string>): [(chunk: string) => void, () => void] {
  let rest = '';
  let line = 0;
  const take = (text: string) => {
    line++;
    const trimmed = (line === 1 ? text.replace(/^\uFEFF/, '') : text).trim();
    if (trimmed !== '') entries.push(fromJson(trimmed, line, articles));
  };
  // Only the new chunk is searched for line breaks, so a huge line costs linear time.
  const feed = (chunk: string) => {
    let start = 0;
    for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', start)) {
      take(rest + chunk.slice(start, nl));
      rest = '';
      start = nl + 1;
    }
    rest += chunk.slice(start);
  };
  return [feed, () => rest !== '' && take(rest)];
}

function fromJson(text: string, line: number, articles: Map<string, string>): Entry {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return malformed(line, `line ${line} is not valid JSON: ${(error as Error).message}`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return malformed(line, `line ${line} is not a JSON object`);
  return fromObject(value as Record<string, unknown>, line, articles);
}

/** Keeps only the known fields; article texts are interned since many rows share one article. */
function fromObject(value: Record<string, unknown>, line: number, articles: Map<string, string>): Entry {
  const { id, text, parentId, parentText, sourceText, articleText, targets } = value;
  const okId = (typeof id === 'string' && id !== '') || (typeof id === 'number' && Number.isFinite(id));
  if (!okId) return malformed(line, `line ${line}: "id" must be a non-empty string or a number`);
  const key = String(id);
  if (typeof text !== 'string') return malformed(line, `line ${line}: "text" must be a string`, key);
  if (!(parentId == null || typeof parentId === 'string' || typeof parentId === 'number')) {
    return malformed(line, `line ${line}: "parentId" must be a string, a number or null`, key);
  }
  for (const [name, field] of [['parentText', parentText], ['sourceText', sourceText], ['articleText', articleText]] as const) {
    if (!(field == null || typeof field === 'string')) return malformed(line, `line ${line}: "${name}" must be a string`, key);
  }
  const targetList = targets == null ? null : parseTargetList(targets);
  if (targetList && !targetList.ok) return malformed(line, `line ${line}: "targets" must be ${TARGET_SHAPE}${targetList.where}`, key);
  const row: CommentRow = { id: key, text };
  if (parentId != null) row.parentId = String(parentId);
  if (typeof parentText === 'string') row.parentText = parentText;
  if (typeof sourceText === 'string') row.sourceText = sourceText;
  if (typeof articleText === 'string' && articleText !== '') row.articleText = intern(articles, articleText);
  if (targetList) row.targets = targetList.targets;
  return { line, row };
}

/** Header names are matched loosely: `parentId`, `parent_id` and `Parent ID` are the same column. */
const COLUMN_NAMES: Record<string, string> = {
  id: 'id',
  text: 'text',
  parentid: 'parentId',
  parenttext: 'parentText',
  sourcetext: 'sourceText',
  articletext: 'articleText',
  targets: 'targets',
};

function csvReader(entries: Entry[], articles: Map<string, string>): [(chunk: string) => void, () => void] {
  let header: (string | null)[] | null = null;
  const parser = new CsvParser((row: CsvRow) => {
    if (!header) {
      header = row.fields.map((name) => COLUMN_NAMES[name.toLowerCase().replace(/[^a-z]/g, '')] ?? null);
      if (!header.includes('id') || !header.includes('text')) {
        throw new UsageError(`the CSV header needs "id" and "text" columns; found: ${row.fields.join(', ')}`);
      }
      return;
    }
    entries.push(fromCsv(row, header, articles));
  });
  return [(chunk) => parser.push(chunk), () => parser.end()];
}

function fromCsv(row: CsvRow, header: (string | null)[], articles: Map<string, string>): Entry {
  const value: Record<string, unknown> = {};
  header.forEach((name, i) => {
    const cell = row.fields[i];
    if (name && cell !== undefined && cell !== '') value[name] = cell;
  });
  const id = typeof value.id === 'string' ? value.id : undefined;
  if (row.unterminated) return malformed(row.line, `line ${row.line}: a quoted field is never closed`, id);
  if (row.fields.length > header.length) {
    return malformed(row.line, `line ${row.line}: ${row.fields.length} fields, but the header has ${header.length}`, id);
  }
  if (header.includes('text') && value.text === undefined) value.text = '';
  if (typeof value.targets === 'string') value.targets = targetsCell(value.targets);
  return fromObject(value, row.line, articles);
}

/** A targets cell holds a JSON list, or names separated by semicolons. */
function targetsCell(cell: string): unknown {
  if (cell.trimStart().startsWith('[')) {
    try {
      return JSON.parse(cell);
    } catch {
      return cell; // reported as malformed by the caller
    }
  }
  return cell
    .split(';')
    .map((name) => name.trim())
    .filter(Boolean);
}

function tooLarge(entry: Entry, maxBytes: number): Entry {
  const bytes = Buffer.byteLength(entry.row!.text);
  const message = `line ${entry.line}: the text is ${bytes} bytes, over the limit of ${maxBytes}`;
  return { line: entry.line, id: String(entry.row!.id), error: { code: 'input-too-large', message } };
}

function malformed(line: number, message: string, id?: string): Entry {
  return { line, ...(id !== undefined ? { id } : {}), error: { code: 'malformed-row', message } };
}

function intern(table: Map<string, string>, text: string): string {
  const known = table.get(text);
  if (known !== undefined) return known;
  table.set(text, text);
  return text;
}
