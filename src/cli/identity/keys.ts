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

/**
 * The inputs a resumed run skips: the first `done.get(K)` inputs with key K, the ones whose records
 * are already written (records are written in input order, so the k-th input with K is the k-th
 * record with K, as Occurrences matches them). Each skip counts its key down and a key is dropped at
 * zero: memory holds what is left to skip, not a key per input read (counting every key seen, as
 * Occurrences does, grew by a key per record of a WARC, resumed or not).
 */
export class ResumeSkips {
  private readonly left: Map<string, number>;

  /**
   * `done` is counted down in place, not copied: a copy held every key of the resumed file twice
   * for the whole run (the run keeps its resume state). The caller reads it before, not after.
   */
  constructor(done: Map<string, number> | undefined) {
    this.left = done ?? new Map();
  }

  /** Whether the input with this key, coming next in input order, already has its record. */
  skip(key: string): boolean {
    const n = this.left.get(key);
    if (n === undefined || n <= 0) return false;
    if (n <= 1) this.left.delete(key);
    else this.left.set(key, n - 1);
    return true;
  }

  /** Keys still held: never more than the resumed file's, whatever the number of inputs. */
  get size(): number {
    return this.left.size;
  }
}
