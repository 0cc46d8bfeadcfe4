/** `threadlens comments`: one record per row of a JSONL or CSV comment dataset, in row order. */
import { threadsOf } from '../../batch/threads.js';
import { recordVersions } from '../../batch/versions.js';
import type { ErrorInfo } from '../../batch/errors.js';
import type { CliArgs } from '../args.js';
import type { RowError } from '../formats/index.js';
import type { UnitRow, WorkerSettings } from '../records.js';
import { render } from '../render.js';
import { readEntries, type Entry } from '../rows.js';
import { workerFailure } from '../failures.js';
import { logger, resumeState, Run } from '../run.js';
import { addStats, countError } from '../stats.js';
import { workerSettings } from '../settings.js';

/** Rows per worker task: whole threads, batched so small threads do not cost a message each. */
const UNIT_ROWS = 200;

export async function runComments(args: CliArgs): Promise<number> {
  const log = logger(args);
  const settings = await workerSettings(args);
  // Rows stay in memory: a reply's parent and a question's answers can be anywhere in the file.
  const entries = await readEntries(args.inputs[0]!, args.maxBytes);
  if (entries.length === 0) log(`warning: no rows in ${args.inputs[0]}`);
  const resume = await resumeState(args, log);
  const emit = entries.map((entry) => !resume?.done.has(keyOf(entry)));
  const total = emit.filter(Boolean).length;
  const run = new Run(args, settings, total, 'comments', Infinity);
  for (let i = 0; i < entries.length; i++) await run.writer.reserve();
  entries.forEach((entry, i) => {
    if (!emit[i]) run.writer.complete(i, null);
    else if (entry.error) writeError(run, i, entry, entry.error, settings);
  });
  const inFlight = new Set<Promise<void>>();
  for (const unit of units(entries)) {
    if (!unit.some((i) => emit[i])) continue;
    // Bounded queue: a few tasks per worker, and no more while the output is backed up.
    while (inFlight.size >= args.jobs * 2) await Promise.race(inFlight);
    await run.output.drained();
    const rows: UnitRow[] = unit.map((index) => ({ index, emit: emit[index]!, row: entries[index]!.row! }));
    const task = run.pool.run({ kind: 'comments', rows }).then(
      (result) => {
        addStats(run.stats, result.stats);
        for (const { index, chunk } of result.chunks) run.writer.complete(index, chunk);
        run.progress.tick(result.chunks.length);
      },
      (error: Error) => {
        const { code, message } = workerFailure(error, settings);
        const failure: ErrorInfo = { code, message };
        for (const { index, emit: wanted } of rows) if (wanted) writeError(run, index, entries[index]!, failure, settings);
      },
    );
    const tracked = task.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  }
  return run.finish(entries.length - total);
}

/** Resume keys: the row id, or the line for a bad row without one. */
function keyOf(entry: Entry): string {
  if (entry.row) return String(entry.row.id);
  return entry.id ?? `line:${entry.line}`;
}

/** Threads of valid rows, batched in order of their first row. */
function units(entries: Entry[]): number[][] {
  const threads = threadsOf(entries.map((entry) => entry.row ?? null));
  const out: number[][] = [];
  let current: number[] = [];
  for (const thread of threads) {
    for (const row of thread) current.push(row); // a thread may hold every row of the file
    if (current.length >= UNIT_ROWS) {
      out.push(current.sort((a, b) => a - b));
      current = [];
    }
  }
  if (current.length > 0) out.push(current.sort((a, b) => a - b));
  return out;
}

function writeError(run: Run, index: number, entry: Entry, error: ErrorInfo, settings: WorkerSettings): void {
  const id = entry.row ? String(entry.row.id) : entry.id;
  const record: RowError = { ...(id !== undefined ? { id } : {}), line: entry.line, error, ...recordVersions() };
  countError(run.stats, error.code);
  run.writer.complete(index, render({ record }, settings));
  run.progress.tick();
}
