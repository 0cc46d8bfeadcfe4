import type { ErrorInfo } from '../../batch/errors.js';

/** Fields a WARC record adds to its page record, right after `source`. */
export interface WarcFields {
  warcRecordId: string;
  warcDate?: string;
}

/**
 * One page to analyse, however it was found: a file the worker reads, content already read (a
 * stdin page, a stream line, a WARC record), or an input that failed before analysis and gets
 * `error` as its record. `key` is its identity for --resume and --shard (identity/keys.ts).
 */
export interface PageItem {
  key: string;
  source: string;
  path?: string;
  content?: string | Uint8Array;
  /** 'html' or 'text' when the input says which (a stream line's field, a WARC content type). */
  format?: 'html' | 'text';
  /** The HTTP Content-Type charset of a WARC response, used when decoding its bytes. */
  charset?: string;
  warc?: WarcFields;
  error?: ErrorInfo;
}

/** Counts of things read but not made into pages, for the summary. */
export interface SourceNotes {
  /** WARC records that are not HTML responses (requests, metadata, images, revisits…). */
  skippedWarcRecords: number;
}
