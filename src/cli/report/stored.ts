/**
 * Records that `threadlens pages` wrote before, read back from JSONL so a report needs no
 * re-analysis. A line that is not JSON becomes an error entry naming its line; the rest go on.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { errorRecord } from '../../batch/errors.js';
import { ThreadlensError } from '../../errors.js';

/** Whether a file name says "records", not "a page". */
export function isStoredRecords(path: string): boolean {
  return /\.jsonl$/i.test(path);
}

/** Whether piped text is JSONL records rather than a page: its first line is a page or error record. */
export function looksLikeRecords(text: string): boolean {
  const first = text.trimStart().split('\n', 1)[0] ?? '';
  if (!first.startsWith('{')) return false;
  try {
    const record = JSON.parse(first) as Record<string, unknown>;
    return typeof record === 'object' && record !== null && ('schemaVersion' in record || 'error' in record);
  } catch {
    return false;
  }
}

export interface StoredRead {
  records: unknown[];
  /** Lines that were not JSON (each became an error entry). */
  bad: number;
}

export async function readStoredFile(path: string): Promise<StoredRead> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  return collect(path, lines);
}

export async function readStoredText(source: string, text: string): Promise<StoredRead> {
  return collect(source, text.split('\n'));
}

async function collect(source: string, lines: AsyncIterable<string> | Iterable<string>): Promise<StoredRead> {
  const records: unknown[] = [];
  let bad = 0;
  let number = 0;
  for await (const line of lines) {
    number++;
    if (line.trim() === '') continue;
    try {
      records.push(JSON.parse(line));
    } catch (error) {
      bad++;
      const message = `line ${number} is not a JSON record (${(error as Error).message}); a partly written last line is what an interrupted run leaves`;
      records.push(errorRecord(`${source}:${number}`, new ThreadlensError('malformed-row', message)));
    }
  }
  return { records, bad };
}
