/**
 * Record identity, shared by --resume and --shard so that a resumed run and a rerun skip and take
 * exactly the same inputs: the real path for a file (so `a.txt`, `./a.txt` and `/abs/a.txt` are
 * one input), the WARC-Target-URI plus the record id for a WARC record, `source` for a page-stream
 * line, the id for a comment row (or `line:N` for a row without one).
 */
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';

/** A file's identity: its real path, or its absolute path when it cannot be resolved (missing, dangling). */
export function fileKey(path: string): string {
  if (path === '-') return '-';
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

export function warcKey(targetUri: string, recordId: string): string {
  return `${targetUri} ${recordId}`;
}

/**
 * Counts how often each key has come up, so repeated keys (ids reused per article, a URL captured
 * twice) are told apart by their order: the k-th input with key K matches the k-th record with K,
 * since records are written in input order.
 */
export class Occurrences {
  private readonly seen = new Map<string, number>();

  /** 0 for the first input with this key, 1 for the second, … */
  next(key: string): number {
    const n = this.seen.get(key) ?? 0;
    this.seen.set(key, n + 1);
    return n;
  }

  count(key: string): number {
    return this.seen.get(key) ?? 0;
  }

  get size(): number {
    return this.seen.size;
  }
}
