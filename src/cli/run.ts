/** What both batch commands share: output, ordered writer, worker pool, progress, summary. */
import { availableParallelism } from 'node:os';
import type { CliArgs } from './args.js';
import { FORMATS } from './formats/index.js';
import { OrderedWriter } from './ordered.js';
import { Output } from './output.js';
import { hardLimitMs, WorkerPool, type Deadline } from './pool.js';
import { Progress } from './progress.js';
import { readResumeState, type RecordKeyOf, type ResumeState } from './resume.js';
import type { WorkerSettings } from './records.js';
import { errorTotal, emptyStats, type Stats } from './stats.js';
import { formatSummary } from './summary.js';

/** Sequence numbers open at once per worker: enough to keep workers busy, few enough to bound memory. */
const WINDOW_PER_JOB = 16;

export type Log = (message: string) => void;

export function logger(args: CliArgs): Log {
  return (message) => {
    if (!args.quiet) process.stderr.write(`threadlens: ${message}\n`);
  };
}

/** Reads (and repairs) the output file when resuming; says what it found. */
export async function resumeState(args: CliArgs, output: string | null, keyOf: RecordKeyOf, log: Log): Promise<ResumeState | null> {
  if (!args.resume || !output) return null;
  const state = await readResumeState(output, args.format, keyOf);
  if (state.redone > 0) log(`${output}: the last record is written again, since a cut CSV record cannot be told from a whole one (${state.repairedBytes} bytes)`);
  else if (state.repairedBytes > 0) log(`repaired ${output}: removed a partly written last line (${state.repairedBytes} bytes)`);
  if (state.unparsable > 0) log(`warning: ${state.unparsable} lines of ${output} are not threadlens records`);
  return state;
}

export interface RunPlan {
  /** Units expected, when known ahead (for the progress bar). */
  total: number | null;
  unit: 'pages' | 'comments';
  /** The output file after {shard} is filled in; null for stdout. */
  output: string | null;
  resume: ResumeState | null;
  /** Time allowed per task before its worker is stopped (ms). */
  deadline: Deadline;
  window?: number;
}

export class Run {
  readonly stats: Stats = emptyStats();
  readonly output: Output;
  readonly writer: OrderedWriter;
  readonly pool: WorkerPool;
  readonly progress: Progress;
  private readonly started = performance.now();

  constructor(
    private readonly args: CliArgs,
    settings: WorkerSettings,
    private readonly plan: RunPlan,
  ) {
    this.output = new Output(plan.output, plan.resume !== null);
    // A resumed file already has its head (CSV header, JSON bracket): it is not written twice.
    this.writer = new OrderedWriter(this.output, FORMATS[args.format], plan.window ?? args.jobs * WINDOW_PER_JOB, !plan.resume?.hasHead);
    const jobs = Math.max(1, Math.min(args.jobs, plan.total ?? Infinity, availableParallelism() * 4));
    this.pool = new WorkerPool(jobs, new URL('./worker.js', import.meta.url), settings, plan.deadline);
    this.progress = new Progress(plan.total, plan.unit, !args.quiet);
    // A reader that goes away (`| head`) is not an error: stop quietly.
    this.output.whenClosed(() => {
      this.progress.stop();
      process.exit(errorTotal(this.stats) > 0 ? 1 : 0);
    });
  }

  /** Waits for every record, closes the output, prints the summary; returns the exit code. */
  async finish(skipped: number, notes: string[] = []): Promise<number> {
    await this.writer.settled();
    this.writer.close();
    await this.output.finish();
    this.progress.stop();
    await this.pool.close();
    const seconds = (performance.now() - this.started) / 1000;
    if (!this.args.quiet) process.stderr.write(formatSummary(this.stats, seconds, { skipped, unit: this.plan.unit, notes }));
    return errorTotal(this.stats) > 0 ? 1 : 0;
  }
}

/** A page's budget; the guard fires only well past it (see pool.ts). */
export function pageDeadline(maxMs: number): Deadline {
  const limit = hardLimitMs(maxMs);
  return () => limit;
}
