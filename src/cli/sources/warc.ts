/**
 * WARC input: every HTML `response` record of a `.warc` or `.warc.gz` file (gzip per record), one
 * record in memory at a time. A .warc.gz is read member by member, inflated with native zlib
 * (gzip-members.ts), and each member's records are parsed by warcio; a plain .warc is one warcio
 * stream. warcio stops quietly at a record it cannot read, so where it stopped is compared with the
 * file's size: the unread bytes up to the next record start are reported as one `corrupt-record`
 * error and reading resumes there.
 */
import { createReadStream, closeSync, openSync, readSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { toErrorInfo } from '../../batch/errors.js';
import { ThreadlensError } from '../../errors.js';
import { fileKey, warcKey } from '../identity/keys.js';
import { GzipMembers, isGzip } from './gzip-members.js';
import type { PageItem, SourceNotes } from './types.js';

type WarcRecord = import('warcio').WARCRecord;

const HTML_TYPES = /^\s*(text\/html|application\/xhtml\+xml)\b/i;
/** Room for the HTTP headers inside a record's Content-Length on top of --max-bytes. */
const HEADER_ALLOWANCE = 64 * 1024;
/**
 * A gzip member is inflated whole up to this many times --max-bytes (plus headers); a larger one is
 * streamed by warcio, which names an over-limit record by URI in its input-too-large record.
 */
const MEMBER_LIMIT_FACTOR = 4;

/**
 * Loaded on first use: library users and non-WARC runs never pay for warcio, and it is an optional
 * peer dependency, so a consumer who reads no WARC does not install it. Missing, it is a typed
 * `missing-dependency` error that says how to get it.
 */
export async function loadParser(load: () => Promise<typeof import('warcio')> = () => import('warcio')) {
  return (await loadWarcio(load)).WARCParser;
}

async function loadWarcio(load: () => Promise<typeof import('warcio')> = () => import('warcio')) {
  try {
    return await load();
  } catch (error) {
    if (!isMissingWarcio(error)) throw error;
    throw new ThreadlensError('missing-dependency', 'reading WARC input needs the optional package warcio: run `npm install warcio` beside threadlens', { cause: error });
  }
}

function isMissingWarcio(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && String((error as Error).message).includes('warcio');
}

export async function* warcFileItems(path: string, maxBytes: number, notes: SourceNotes): AsyncGenerator<PageItem> {
  const warcio = await loadWarcio();
  const size = statSync(path).size;
  const name = fileKey(path);
  if (isGzip(fileHead(path))) yield* gzipWarcItems(path, size, name, maxBytes, notes, warcio);
  else yield* streamedWarcItems(path, 0, size, name, maxBytes, notes, warcio.WARCParser);
}

/**
 * A .warc.gz, one gzip member at a time, inflated natively (gzip-members.ts) and handed to warcio
 * as plain bytes. A member that does not inflate, or holds no readable record, is one
 * `corrupt-record` error, and reading resumes at the next member. A member too large to inflate
 * whole (a file gzipped as one stream, or one huge record) is left to warcio's streaming reader,
 * from there to the end of the file.
 */
async function* gzipWarcItems(path: string, size: number, name: string, maxBytes: number, notes: SourceNotes, warcio: typeof import('warcio')): AsyncGenerator<PageItem> {
  const members = new GzipMembers(path, size, MEMBER_LIMIT_FACTOR * (maxBytes + HEADER_ALLOWANCE));
  try {
    for (let at = 0; at < size; ) {
      const member = members.read(at);
      if ('fault' in member && member.fault === 'too-large') return yield* streamedWarcItems(path, at, size, name, maxBytes, notes, warcio.WARCParser);
      if ('bytes' in member && (yield* memberItems(member.bytes, maxBytes, notes, warcio))) {
        at = member.next;
        continue;
      }
      const next = 'next' in member ? member.next : nextRecordStart(path, at + 1, size);
      yield unreadable(name, at, next, size);
      at = next;
    }
  } finally {
    members.close();
  }
}

/** The records of one inflated member; false when warcio read none (or failed), so the member is unreadable. */
async function* memberItems(bytes: Uint8Array, maxBytes: number, notes: SourceNotes, warcio: typeof import('warcio')): AsyncGenerator<PageItem, boolean> {
  const parser = new warcio.WARCParser(new warcio.AsyncIterReader([bytes], null));
  let records = 0;
  try {
    for await (const record of parser) {
      records++;
      yield* itemsOf(record, maxBytes, notes);
    }
  } catch {
    return false;
  }
  return records > 0;
}

/** A WARC from byte `from` read as one warcio stream; where warcio stops early, the stretch up to the next record is an error. */
async function* streamedWarcItems(path: string, from: number, size: number, name: string, maxBytes: number, notes: SourceNotes, WARCParser: typeof import('warcio').WARCParser): AsyncGenerator<PageItem> {
  let start = from;
  while (start < size) {
    const parser = new WARCParser(createReadStream(path, { start }) as Readable);
    try {
      for await (const record of parser) yield* itemsOf(record, maxBytes, notes);
    } catch {
      // warcio threw instead of stopping: the same handling as a quiet stop below.
    }
    const stopped = start + parser.offset;
    if (stopped >= size) return;
    const next = nextRecordStart(path, stopped + 1, size);
    yield unreadable(name, stopped, next, size);
    start = next;
  }
}

function unreadable(name: string, stopped: number, next: number, size: number): PageItem {
  const source = `${name}#offset=${stopped}`;
  const message =
    next >= size
      ? `the WARC record at byte ${stopped} is truncated: the file ends before the record does`
      : `bytes ${stopped}-${next} are not a readable WARC record (corrupt); reading went on at the next record`;
  return { key: source, source, error: { code: 'corrupt-record', message } };
}

function fileHead(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(2);
    readSync(fd, head, 0, 2, 0);
    return head;
  } finally {
    closeSync(fd);
  }
}

/** stdin with `--input warc`: no resynchronising (a pipe cannot seek), so reading ends at a bad record. */
export async function* warcStreamItems(stream: Readable, maxBytes: number, notes: SourceNotes): AsyncGenerator<PageItem> {
  const WARCParser = await loadParser();
  const parser = new WARCParser(stream);
  try {
    for await (const record of parser) yield* itemsOf(record, maxBytes, notes);
  } catch (error) {
    const source = `-#offset=${parser.offset}`;
    yield { key: source, source, error: { code: 'corrupt-record', message: `reading the WARC on stdin stopped: ${(error as Error).message}` } };
  }
}

async function* itemsOf(record: WarcRecord, maxBytes: number, notes: SourceNotes): AsyncGenerator<PageItem> {
  const contentType = record.httpHeaders?.headers.get('content-type') ?? '';
  if (record.warcType !== 'response' || !HTML_TYPES.test(contentType)) {
    notes.skippedWarcRecords++;
    return; // the parser skips the unread payload
  }
  const source = record.warcTargetURI ?? '';
  const warc = { warcRecordId: record.warcHeader('WARC-Record-ID') ?? '', ...(record.warcDate ? { warcDate: record.warcDate } : {}) };
  const key = warcKey(source, warc.warcRecordId);
  if (record.warcContentLength > maxBytes + HEADER_ALLOWANCE) {
    const message = `The WARC record is ${record.warcContentLength} bytes, over the limit of ${maxBytes}.`;
    yield { key, source, warc, error: { code: 'input-too-large', message } };
    return;
  }
  let content: Uint8Array;
  try {
    content = await record.readFully(true);
  } catch (error) {
    yield { key, source, warc, error: toErrorInfo(error) };
    return;
  }
  const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];
  yield { key, source, warc, content, format: 'html', ...(charset ? { charset } : {}) };
}

/**
 * Where the next record could start: a gzip member header (1f 8b 08) in a .warc.gz, a line
 * starting `WARC/1.` in a plain WARC. A false match inside compressed data only yields another
 * unreadable stretch, after which the search goes on.
 */
function nextRecordStart(path: string, from: number, size: number): number {
  const fd = openSync(path, 'r');
  try {
    const gzip = isGzip(fileHead(path));
    const needle = gzip ? Buffer.from([0x1f, 0x8b, 0x08]) : Buffer.from('\nWARC/1.');
    const chunk = Buffer.alloc(1024 * 1024);
    for (let at = from; at < size; at += chunk.length - needle.length) {
      const read = readSync(fd, chunk, 0, chunk.length, at);
      const found = chunk.subarray(0, read).indexOf(needle);
      if (found >= 0) return at + found + (gzip ? 0 : 1);
      if (read < chunk.length) break;
    }
    return size;
  } finally {
    closeSync(fd);
  }
}
