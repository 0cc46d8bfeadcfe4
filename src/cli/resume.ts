/**
 * --resume: find what an earlier, interrupted run already wrote. A run killed mid-write can leave
 * a partial last line; it is cut off first, so the file holds only whole records before appending.
 */
import { createReadStream, existsSync, openSync, closeSync, fstatSync, readSync, ftruncateSync } from 'node:fs';
import { createInterface } from 'node:readline';

export interface ResumeState {
  /** Keys of records already written: sources for pages, ids (or `line:N`) for comment rows. */
  done: Set<string>;
  /** Bytes of a partly written last line that were removed. */
  repairedBytes: number;
  unparsable: number;
}

export async function readResumeState(path: string): Promise<ResumeState> {
  if (!existsSync(path)) return { done: new Set(), repairedBytes: 0, unparsable: 0 };
  const repairedBytes = truncatePartialLine(path);
  const done = new Set<string>();
  let unparsable = 0;
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const key = recordKey(line);
    if (key === null) unparsable++;
    else done.add(key);
  }
  return { done, repairedBytes, unparsable };
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

const HEAD = /^\{"(source|id)":("(?:[^"\\]|\\.)*")/;

/**
 * Records put their key first, so reading a line's head is enough and a 100 MB page record is not
 * parsed again; other lines fall back to a full parse.
 */
export function recordKey(line: string): string | null {
  const head = HEAD.exec(line);
  if (head) return JSON.parse(head[2]!) as string;
  try {
    const record = JSON.parse(line) as { source?: unknown; id?: unknown; line?: unknown };
    if (typeof record.source === 'string') return record.source;
    if (record.id !== undefined) return String(record.id);
    if (typeof record.line === 'number') return `line:${record.line}`;
  } catch {
    // A whole line that is not JSON: not written by threadlens; counted and reported.
  }
  return null;
}
