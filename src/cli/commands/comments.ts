/**
 * `threadlens comments`: one record per row of a JSONL, JSON-array or CSV comment dataset, in row
 * order. Two passes keep memory bounded: the first reads only ids, parent links and article
 * identities (no texts) to find the threads; the second reads the rows again and sends each batch
 * of whole threads to a worker as soon as its last row has been read. Memory then holds the index
 * (a few hundred bytes per row) and the rows of threads still open, which is small when a thread's rows
 * sit together (per-article exports) and the whole file in the worst case (one thread spanning it).
 */
import { createHash } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { ErrorInfo } from '../../batch/errors.js';
import { ThreadIndex } from '../../batch/threads.js';
import { recordVersions } from '../../batch/versions.js';
import type { CliArgs } from '../args.js';
import { workerFailure } from '../failures.js';
import type { RowError } from '../formats/index.js';
import { Occurrences } from '../identity/keys.js';
import { hardLimitMs } from '../pool.js';
import type { UnitRow, WorkerSettings } from '../records.js';
import { render } from '../render.js';
import type { RecordRef, ResumeState } from '../resume.js';
import { readEntries, type Entry } from '../rows.js';
import { logger, resumeState, Run, type Log } from '../run.js';
import { addStats, countError } from '../stats.js';
import { workerSettings } from '../settings.js';

/** Rows per worker task: whole threads, batched so small threads do not cost a message each. */
const UNIT_ROWS = 200;

export async function runComments(args: CliArgs): Promise<number> {
  const log = logger(args);
  const settings = await workerSettings(args);
  const input = args.inputs[0]!;
  // stdin cannot be read twice: it is spooled to a temporary file first.
  const spool = input === '-' ? await spoolStdin() : null;
  try {
    const path = spool?.path ?? input;
    const resume = await resumeState(args, args.output, commentKeyOf, log);
    const plan = await scan(path, input, args.maxBytes, resume);
    warnAboutLinks(plan, input, log);
    if (plan.rows === 0) log(`warning: no rows in ${input}`);
    const run = new Run(args, settings, { total: plan.emitted, unit: 'comments', output: args.output, resume, deadline: commentDeadline(args.maxMs), window: Infinity });
    await tag(run, path, input, args, plan, settings);
    return await run.finish(plan.rows - plan.emitted);
  } finally {
    spool?.cleanup();
  }
}

/** What the first pass learns: which rows to write, and which batch of threads each row is in. */
interface Plan {
  rows: number;
  emitted: number;
  emit: Uint8Array;
  /** Batch per row; -1 for a row that could not be read. */
  unitOf: Int32Array;
  /** The last row of each batch: when it has been read, the batch can go. */
  unitLast: number[];
  report: ThreadIndex['report'];
  lines: Int32Array;
}

/** Resume keys: the row id (repeats told apart by their order), or the line of a bad row without one. */
function entryKey(entry: Entry): string {
  if (entry.row) return String(entry.row.id);
  return entry.id ?? `line:${entry.line}`;
}

function commentKeyOf(ref: RecordRef): string | null {
  if (ref.id !== undefined) return ref.id;
  if (ref.line !== undefined) return `line:${ref.line}`;
  return null;
}

async function scan(path: string, name: string, maxBytes: number, resume: ResumeState | null): Promise<Plan> {
  const index = new ThreadIndex();
  const seen = new Occurrences();
  const emit: number[] = [];
  const lines: number[] = [];
  let emitted = 0;
  for await (const entry of readEntries(path, maxBytes, name)) {
    const row = entry.row;
    index.add(row ? { id: row.id, parentId: row.parentId ?? null, articleText: row.articleText ? articleKey(row.articleText) : null } : null);
    const key = entryKey(entry);
    const wanted = seen.next(key) >= (resume?.done.get(key) ?? 0);
    emit.push(wanted ? 1 : 0);
    if (wanted) emitted++;
    lines.push(entry.line);
  }
  const threads = index.finish();
  const unitOf = new Int32Array(emit.length).fill(-1);
  const unitLast: number[] = [];
  let size = 0;
  let last = -1;
  // Threads in order of their first row, batched until a batch holds UNIT_ROWS rows.
  for (const thread of threads) {
    for (const row of thread) {
      unitOf[row] = unitLast.length;
      last = Math.max(last, row);
    }
    size += thread.length;
    if (size >= UNIT_ROWS) {
      unitLast.push(last);
      size = 0;
      last = -1;
    }
  }
  if (size > 0) unitLast.push(last);
  return { rows: emit.length, emitted, emit: Uint8Array.from(emit), unitOf, unitLast, report: index.report, lines: Int32Array.from(lines) };
}

/** Article texts are only compared in the first pass, so a digest stands in for each. */
function articleKey(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

async function tag(run: Run, path: string, name: string, args: CliArgs, plan: Plan, settings: WorkerSettings): Promise<void> {
  for (let i = 0; i < plan.rows; i++) await run.writer.reserve();
  const open = new Map<number, UnitRow[]>();
  const inFlight = new Set<Promise<void>>();
  let i = 0;
  for await (const entry of readEntries(path, args.maxBytes, name)) {
    const index = i++;
    if (index >= plan.rows) break; // the input grew between the passes; the plan covers what was there
    const emit = plan.emit[index] === 1;
    if (!emit) run.writer.complete(index, null);
    else if (entry.error) writeError(run, index, entry, entry.error, settings);
    const unit = plan.unitOf[index]!;
    if (!entry.row || unit < 0) continue;
    const rows = open.get(unit) ?? [];
    rows.push({ index, line: entry.line, emit, row: entry.row });
    open.set(unit, rows);
    if (plan.unitLast[unit] !== index) continue;
    open.delete(unit);
    if (!rows.some((row) => row.emit)) continue;
    // Bounded queue: a few tasks per worker, and no more while the output is backed up.
    while (inFlight.size >= args.jobs * 2) await Promise.race(inFlight);
    await run.output.drained();
    const task = dispatch(run, rows, plan, settings);
    const tracked = task.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  }
  await Promise.all(inFlight);
}

function dispatch(run: Run, rows: UnitRow[], plan: Plan, settings: WorkerSettings): Promise<void> {
  return run.pool.run({ kind: 'comments', rows }).then(
    (result) => {
      addStats(run.stats, result.stats);
      for (const { index, chunk } of result.chunks) run.writer.complete(index, chunk);
      run.progress.tick(result.chunks.length);
    },
    (error: Error) => {
      const { code, message } = workerFailure(error, settings);
      const failure: ErrorInfo = { code, message };
      for (const { index, emit, row } of rows) if (emit) writeError(run, index, { line: plan.lines[index]!, row }, failure, settings);
    },
  );
}

function writeError(run: Run, index: number, entry: Entry, error: ErrorInfo, settings: WorkerSettings): void {
  const id = entry.row ? String(entry.row.id) : entry.id;
  const record: RowError = { ...(id !== undefined ? { id } : {}), line: entry.line, error, ...recordVersions() };
  countError(run.stats, error.code);
  run.writer.complete(index, render({ record }, settings));
  run.progress.tick();
}

/** A batch of rows has the page budget, as the analyzer's own deadline check does (one tagComments call). */
function commentDeadline(maxMs: number) {
  const limit = hardLimitMs(maxMs);
  return () => limit;
}

function warnAboutLinks(plan: Plan, name: string, log: Log): void {
  const { report, lines } = plan;
  const at = (row: number) => `line ${lines[row]}`;
  if (report.duplicateIds > 0) {
    log(`warning: ${report.duplicateIds} rows of ${name} reuse an id (first at ${at(report.firstDuplicate)}); a parentId names the nearest earlier row with that id, and --resume tells repeats apart by their order`);
  }
  if (report.selfParents > 0) log(`warning: ${report.selfParents} rows name themselves as parent (first at ${at(report.firstSelfParent)}); they are read as having no parent row`);
  if (report.missingParents > 0) {
    log(`warning: ${report.missingParents} rows reply to a parentId that no row has (first at ${at(report.firstMissingParent)}); their parentText, else their articleText, is the parent`);
  }
}

async function spoolStdin(): Promise<{ path: string; cleanup: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'threadlens-stdin-'));
  const path = join(dir, 'rows');
  await pipeline(process.stdin, createWriteStream(path));
  return { path, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
