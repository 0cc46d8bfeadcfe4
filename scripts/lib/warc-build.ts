/**
 * Builds WARC files for tests and benches with warcio's own writer: a `response` record per page,
 * gzip per record as crawlers write them, with request and metadata records in between (which a
 * reader must skip) when asked.
 */
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
