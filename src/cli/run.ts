/** What both batch commands share: output, ordered writer, worker pool, progress, summary. */
import { availableParallelism } from 'node:os';
import type { CliArgs } from './args.js';
import { FORMATS } from './formats/index.js';
import { OrderedWriter } from './ordered.js';
import { Output } from './output.js';
import { WorkerPool } from './pool.js';
import { Progress } from './progress.js';
import { readResumeState, type ResumeState } from './resume.js';
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

/** Reads (and repairs) the -o file when resuming; says what it found. */
export async function resumeState(args: CliArgs, log: Log): Promise<ResumeState | null> {
  if (!args.resume || !args.output) return null;
  const state = await readResumeState(args.output);
  if (state.repairedBytes > 0) log(`repaired ${args.output}: removed a partly written last line (${state.repairedBytes} bytes)`);
  if (state.unparsable > 0) log(`warning: ${state.unparsable} lines of ${args.output} are not threadlens records`);
  return state;
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
    total: number,
    private readonly unit: 'pages' | 'comments',
    window = args.jobs * WINDOW_PER_JOB,
  ) {
    this.output = new Output(args.output, args.resume);
    this.writer = new OrderedWriter(this.output, FORMATS[args.format], window);
    const jobs = Math.max(1, Math.min(args.jobs, total, availableParallelism() * 4));
    this.pool = new WorkerPool(jobs, new URL('./worker.js', import.meta.url), settings);
    this.progress = new Progress(total, unit, !args.quiet);
    // A reader that goes away (`| head`) is not an error: stop quietly.
    this.output.whenClosed(() => {
      this.progress.stop();
      process.exit(errorTotal(this.stats) > 0 ? 1 : 0);
    });
  }

  /** Waits for every record, closes the output, prints the summary; returns the exit code. */
  async finish(skipped: number): Promise<number> {
    await this.writer.settled();
    this.writer.close();
    await this.output.finish();
    this.progress.stop();
    await this.pool.close();
    const seconds = (performance.now() - this.started) / 1000;
    if (!this.args.quiet) process.stderr.write(formatSummary(this.stats, seconds, { skipped, unit: this.unit }));
    return errorTotal(this.stats) > 0 ? 1 : 0;
  }
}
