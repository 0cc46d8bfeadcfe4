/**
 * `threadlens report`: one HTML file showing every input. Pages are analysed in the worker pool,
 * exactly as `pages` does; .jsonl files (and piped JSONL) are records `pages` wrote before and are
 * shown as they are. One entry per input page or stored record, errors included, in input order.
 */
import { writeFile } from 'node:fs/promises';
import { errorRecord } from '../../batch/errors.js';
import { renderReport } from '../../report/index.js';
import { UsageError, type CliArgs } from '../args.js';
import { workerFailure } from '../failures.js';
import { byExtension, collectSources } from '../inputs.js';
import { WorkerPool } from '../pool.js';
import type { WorkerSettings } from '../records.js';
import { isStoredRecords, looksLikeRecords, readStoredFile, readStoredText, type StoredRead } from '../report/stored.js';
import { logger, type Log } from '../run.js';
import { workerSettings } from '../settings.js';
import { readStdinPage } from '../sources/stdin.js';

/** Past this size a browser tab struggles to open the file; the report is still written. */
const LARGE_REPORT_BYTES = 200 * 1024 * 1024;

export async function runReport(args: CliArgs): Promise<number> {
  const log = logger(args);
  // Records are read back here, so the workers write JSONL with JavaScript offsets whatever was asked.
  const settings: WorkerSettings = { ...(await workerSettings(args)), format: 'jsonl', offsets: 'utf16' };
  const sources = await collectSources(args.inputs, byExtension(args.extensions), (message) => log(`warning: ${message}`));
  if (sources.length === 0) throw new UsageError('no input files: the folders and globs given matched nothing');
  const started = performance.now();
  const pages = sources.filter((source) => !isStoredRecords(source)).length;
  const pool = new WorkerPool(Math.max(1, Math.min(args.jobs, pages)), new URL('./worker.js', import.meta.url), settings);
  let failures = 0;
  try {
    // Every input gets its slot at once; pages fill theirs as workers finish, stored files as read.
    const slots = await Promise.all(
      sources.map(async (source) => {
        const read = await readInput(source, pool, settings);
        failures += read.bad;
        return read.records;
      }),
    );
    const records = slots.flat();
    const html = renderReport(records as never);
    await writeReport(args.output, html);
    const bytes = Buffer.byteLength(html);
    summarize(log, records, failures, bytes, args.output, (performance.now() - started) / 1000);
    if (bytes > LARGE_REPORT_BYTES) log(`warning: the report is ${(bytes / 1024 / 1024).toFixed(0)} MB; browsers open files this large slowly or not at all, so report on fewer pages at a time`);
  } finally {
    await pool.close();
  }
  return failures > 0 ? 1 : 0;
}

async function readInput(source: string, pool: WorkerPool, settings: WorkerSettings): Promise<StoredRead> {
  try {
    if (isStoredRecords(source)) return await readStoredFile(source);
    if (source === '-') return await readStdinInput(pool, settings);
    return await analysed(pool, settings, source);
  } catch (error) {
    return { records: [errorRecord(source, error)], bad: 1 };
  }
}

/** Piped input is records when its first line is one (`threadlens pages x | threadlens report -`), else a page. */
async function readStdinInput(pool: WorkerPool, settings: WorkerSettings): Promise<StoredRead> {
  const page = await readStdinPage(settings.maxBytes);
  const bytes = Buffer.from(page.buffer, page.byteOffset, page.byteLength); // a view, not a copy
  if (looksLikeRecords(bytes.toString('utf8', 0, Math.min(bytes.length, 1 << 20)))) return readStoredText('-', bytes.toString('utf8'));
  return analysed(pool, settings, '-', bytes);
}

async function analysed(pool: WorkerPool, settings: WorkerSettings, source: string, content?: Uint8Array): Promise<StoredRead> {
  try {
    const result = await pool.run({ kind: 'page', source, ...(content ? { content } : {}) });
    const record = JSON.parse(result.chunks.map((c) => c.chunk).join('')) as Record<string, unknown>;
    return { records: [record], bad: 'error' in record ? 1 : 0 };
  } catch (error) {
    // Only a crashed worker lands here; the page still gets its entry.
    return { records: [errorRecord(source, workerFailure(error as Error, settings))], bad: 1 };
  }
}

async function writeReport(output: string | null, html: string): Promise<void> {
  if (output) {
    await writeFile(output, html, 'utf8');
    return;
  }
  await new Promise<void>((resolve, reject) => process.stdout.write(html, (error) => (error ? reject(error) : resolve())));
}

function summarize(log: Log, records: unknown[], failures: number, size: number, output: string | null, seconds: number): void {
  const pages = records.filter((record) => !isErrorRecord(record));
  const comments = pages.reduce<number>((sum, page) => sum + commentCount(page), 0);
  const errors = records.length - pages.length;
  const parts = [plural(pages.length, 'page'), plural(comments, 'comment'), `${plural(errors, 'error')} (${failures} from this run)`];
  log(`report of ${parts.join(', ')} written to ${output ?? 'stdout'}: ${(size / 1024 / 1024).toFixed(1)} MB in ${seconds.toFixed(1)} s`);
}

function isErrorRecord(record: unknown): boolean {
  return typeof record === 'object' && record !== null && 'error' in record;
}

function commentCount(record: unknown): number {
  const comments = (record as { comments?: unknown } | null)?.comments;
  return Array.isArray(comments) ? comments.length : 0;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
