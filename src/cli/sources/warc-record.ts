/**
 * What a WARC record is, and the error records it can get, written once for both readers: warcio
 * on whole records (warc.ts) and the bounded stream reader on the rest (warc-frames.ts). A record
 * read either way must get the same identity and the same messages.
 */
import type { ErrorInfo } from '../../batch/errors.js';
import { warcKey } from '../identity/keys.js';
import type { PageItem, WarcFields } from './types.js';

/** Room for a response's HTTP headers on top of --max-bytes in a record's Content-Length (header blocks themselves are bounded by headerLimit). */
export const HTTP_HEADROOM = 64 * 1024;
/** A gzip member is inflated whole up to this many times a whole record's limit (--max-bytes plus headers). */
const WHOLE_FACTOR = 4;
/**
 * The longest header block read at any --max-bytes. Real WARC and HTTP header blocks are a few KB
 * (servers refuse HTTP headers past 8-64 KB); at 4x the default --max-bytes (40 MB) an unterminated
 * header line was held to 40 MB in doubling copies: 128 MB of junk after one peaked at about 220 MB RSS.
 */
const HEADER_BLOCK_MAX = 1024 * 1024;

/** The most bytes a gzip member inflated whole may hold. */
export function wholeLimit(maxBytes: number): number {
  return WHOLE_FACTOR * (maxBytes + HTTP_HEADROOM);
}

/**
 * The most bytes a record's header blocks (WARC, and HTTP for an over-limit response) may take,
 * counted from the record's start. Every packing frames records the same way (warc-frames.ts), a
 * member inflated whole included, so a header block within it is read in all of them; never more
 * than a whole member holds, so one too long for a whole member is too long everywhere.
 */
export function headerLimit(maxBytes: number): number {
  return Math.min(wholeLimit(maxBytes), HEADER_BLOCK_MAX);
}

const HTML_TYPES = /^\s*(text\/html|application\/xhtml\+xml)\b/i;

const WARC_START = Buffer.from('WARC/');
/**
 * Where reading goes on after bytes that are not a record: WARC 1.0 and 1.1 records start so, with
 * or without a line break before. Stricter than a record's own start, so that a stray "WARC/" in
 * damaged bytes is not taken for one.
 */
export const RECORD_START = Buffer.from('WARC/1.');

/** Every WARC record starts so (its version line). */
export function startsWarc(bytes: Uint8Array): boolean {
  return startsWith(bytes, WARC_START);
}

/** Starts as a record found after damage starts (RECORD_START): stricter than startsWarc. */
export function startsRecord(bytes: Uint8Array): boolean {
  return startsWith(bytes, RECORD_START);
}

function startsWith(bytes: Uint8Array, start: Buffer): boolean {
  return bytes.length >= start.length && Buffer.from(bytes.buffer, bytes.byteOffset, start.length).equals(start);
}

/** A record's fields as a reader found them (warcio takes the angle brackets off a WARC 1.0 target URI; so must the other reader). */
export interface RecordFields {
  type: string | null | undefined;
  /** The Content-Type of the HTTP response inside, '' when there is none. */
  contentType: string;
  targetUri: string | null | undefined;
  recordId: string | null | undefined;
  date: string | null | undefined;
}

export interface Described {
  /** An HTML response: a page. Any other record is skipped and counted. */
  html: boolean;
  item: Pick<PageItem, 'key' | 'source' | 'warc'>;
}

export function described(fields: RecordFields): Described {
  const source = fields.targetUri ?? '';
  const warc: WarcFields = { warcRecordId: fields.recordId ?? '', ...(fields.date ? { warcDate: fields.date } : {}) };
  return { html: fields.type === 'response' && HTML_TYPES.test(fields.contentType), item: { key: warcKey(source, warc.warcRecordId), source, warc } };
}

/** An HTML response whose body, once its Content-Encoding is taken off, passes --max-bytes: decoding stopped there (a gzip bomb is not inflated). */
export function decodesPastLimit(maxBytes: number): ErrorInfo {
  return { code: 'input-too-large', message: `The WARC record's HTTP body decodes (Content-Encoding) to more than the limit of ${maxBytes} bytes; decoding stopped there.` };
}

export function tooLarge(length: number | string, maxBytes: number): ErrorInfo {
  return { code: 'input-too-large', message: `The WARC record is ${length} bytes, over the limit of ${maxBytes}.` };
}

/** An over-limit response whose HTTP header block does not end within `bound` bytes: its content type is unknown, so it is reported, not skipped as not HTML. */
export function tooLargeUnknownType(length: number | string, maxBytes: number, bound: number): ErrorInfo {
  const { code, message } = tooLarge(length, maxBytes);
  return { code, message: `${message} Its HTTP header block runs past ${bound} bytes, so its content type was not read.` };
}

/** The header field where a header block passed the header bound (a line too long to hold): the record is not read. */
export interface LongField {
  /** The line the header block passed the bound in, for the message: "<name as written> field", or why it names none. */
  name: string;
  /** That line, in bytes. */
  bytes: number;
}

export function headerTooLong(field: LongField, bound: number): ErrorInfo {
  return { code: 'input-too-large', message: `The WARC record's header block passes the limit of ${bound} bytes for header blocks at its ${field.name} (a line of ${field.bytes} bytes). The record was not read.` };
}

export function cutShort(length: number | string): ErrorInfo {
  return { code: 'corrupt-record', message: `the WARC record is truncated: the data ends before its ${length} bytes do` };
}
