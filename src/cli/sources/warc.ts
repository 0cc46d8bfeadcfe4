/**
 * WARC input: every HTML `response` record of a `.warc` or `.warc.gz` file (gzip per record), read
 * as a stream with warcio, one record in memory at a time. warcio stops quietly at a record it
 * cannot read, so where it stopped is compared with the file's size: the unread bytes up to the
 * next record start are reported as one `corrupt-record` error and reading resumes there.
 */
import { createReadStream, closeSync, openSync, readSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { toErrorInfo } from '../../batch/errors.js';
import { fileKey, warcKey } from '../identity/keys.js';
import type { PageItem, SourceNotes } from './types.js';

type WarcRecord = import('warcio').WARCRecord;

const HTML_TYPES = /^\s*(text\/html|application\/xhtml\+xml)\b/i;
/** Room for the HTTP headers inside a record's Content-Length on top of --max-bytes. */
const HEADER_ALLOWANCE = 64 * 1024;

/** Loaded on first use: library users and non-WARC runs never pay for warcio. */
async function loadParser() {
  return (await import('warcio')).WARCParser;
}

export async function* warcFileItems(path: string, maxBytes: number, notes: SourceNotes): AsyncGenerator<PageItem> {
  const WARCParser = await loadParser();
  const size = statSync(path).size;
  const name = fileKey(path);
  let start = 0;
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
    const truncated = next >= size;
    const source = `${name}#offset=${stopped}`;
    const message = truncated
      ? `the WARC record at byte ${stopped} is truncated: the file ends before the record does`
      : `bytes ${stopped}-${next} are not a readable WARC record (corrupt); reading went on at the next record`;
    yield { key: source, source, error: { code: 'corrupt-record', message } };
    start = next;
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
    const head = Buffer.alloc(2);
    readSync(fd, head, 0, 2, 0);
    const gzip = head[0] === 0x1f && head[1] === 0x8b;
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
