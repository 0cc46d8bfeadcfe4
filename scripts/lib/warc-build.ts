/**
 * Builds WARC files for tests and benches: with warcio's own writer (a `response` record per page,
 * gzip per record as crawlers write them, with request and metadata records in between, which a
 * reader must skip, when asked), by hand (rawWarcRecord, for records warcio would not write), and
 * packed every way a reader meets them (WARC_PACKINGS).
 */
import { gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';

export interface WarcPage {
  url: string;
  body: string | Uint8Array;
  contentType?: string;
}

export async function warcRecordBytes(page: WarcPage, options: { gzip?: boolean; type?: 'response' | 'request' | 'metadata' } = {}): Promise<Uint8Array> {
  const type = options.type ?? 'response';
  const body = typeof page.body === 'string' ? new TextEncoder().encode(page.body) : page.body;
  const httpHeaders = type === 'metadata' ? undefined : { 'Content-Type': page.contentType ?? 'text/html; charset=utf-8' };
  const record = WARCRecord.create(
    { url: page.url, type, date: '2024-05-01T12:00:00Z', ...(httpHeaders ? { httpHeaders } : {}), ...(type === 'request' ? { statusline: 'GET / HTTP/1.1' } : {}) },
    (async function* () {
      yield body;
    })(),
  );
  return WARCSerializer.serialize(record, { gzip: options.gzip ?? true });
}

/** A WARC of the pages, each response preceded by its request when `withRequests`. */
export async function buildWarc(pages: WarcPage[], options: { gzip?: boolean; withRequests?: boolean } = {}): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for (const page of pages) {
    if (options.withRequests) parts.push(await warcRecordBytes({ url: page.url, body: '' }, { gzip: options.gzip, type: 'request' }));
    parts.push(await warcRecordBytes(page, { gzip: options.gzip }));
  }
  return Buffer.concat(parts);
}

/**
 * One WARC record written by hand (not by warcio's writer), so that tests and the readers' fuzz
 * script can damage it byte by byte: an HTTP response holding `<html><body><p>body</p></body></html>`,
 * two line breaks after it. `lengthDelta` makes its Content-Length lie; `eol` changes its line ends.
 */
export function rawWarcRecord(uri: string, body: string, options: { type?: string; contentType?: string; eol?: string; lengthDelta?: number } = {}): Buffer {
  const { type = 'response', contentType = 'text/html', eol = '\r\n', lengthDelta = 0 } = options;
  const http = `HTTP/1.1 200 OK${eol}Content-Type: ${contentType}${eol}${eol}<html><body><p>${body}</p></body></html>`;
  return Buffer.from(`WARC/1.1${eol}WARC-Type: ${type}${eol}WARC-Target-URI: ${uri}${eol}WARC-Record-ID: <urn:t:${uri}>${eol}Content-Type: application/http; msgtype=${type}${eol}Content-Length: ${Buffer.byteLength(http) + lengthDelta}${eol}${eol}${http}${eol}${eol}`);
}

/** One way a WARC reaches a reader: how its pieces are packed, and whether it is read from stdin. */
export interface WarcPacking {
  name: string;
  pack: (pieces: Buffer[]) => Buffer;
  stdin: boolean;
}

/**
 * Every way a WARC reaches a reader, at --max-bytes 1000 (tests/warc-hostile.test.ts and
 * scripts/fuzz/warc-readers.ts): each must read the same records.
 */
export const WARC_PACKINGS: WarcPacking[] = [
  { name: 'plain .warc', pack: (pieces) => Buffer.concat(pieces), stdin: false },
  { name: '.warc.gz, a member per record', pack: (pieces) => Buffer.concat(pieces.map((piece) => gzipSync(piece))), stdin: false },
  { name: '.warc.gz, one member inflated whole', pack: (pieces) => gzipSync(Buffer.concat(pieces)), stdin: false },
  // Line breaks first (dropped before a record) make the member too large to inflate whole at --max-bytes 1000.
  { name: '.warc.gz, one gzip stream (a member too large to inflate whole)', pack: (pieces) => gzipSync(Buffer.concat([Buffer.alloc(400_000, '\r\n'), ...pieces])), stdin: false },
  { name: 'stdin, plain', pack: (pieces) => Buffer.concat(pieces), stdin: true },
  { name: 'stdin, a member per record', pack: (pieces) => Buffer.concat(pieces.map((piece) => gzipSync(piece))), stdin: true },
  { name: 'stdin, one member', pack: (pieces) => gzipSync(Buffer.concat(pieces)), stdin: true },
  // A .warc.gz gzipped again in blocks (as pigz -i and bgzip write it): the outer layer is read as one stream.
  { name: '.warc.gz gzipped again in 1 KB blocks', pack: (pieces) => gzipBlocks(gzipSync(Buffer.concat(pieces)), 1024), stdin: false },
];

/** Gzip of `bytes` cut into blocks of `size` bytes, each a member of its own (as pigz -i and bgzip write). */
export function gzipBlocks(bytes: Buffer, size: number): Buffer {
  return Buffer.concat(Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => gzipSync(bytes.subarray(i * size, (i + 1) * size))));
}
