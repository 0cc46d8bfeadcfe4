/**
 * A fixed set of worker threads. Each worker holds at most two tasks (one running, one queued in
 * its port) so no worker idles between messages; a worker that dies fails only its own tasks and
 * is replaced. A worker whose running task overstays its time budget by a clear margin (a regex
 * stuck in one call never reaches a cooperative deadline check) is terminated and replaced the
 * same way: that task gets a `time-budget` error, the one queued behind it is sent again.
 */
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { ThreadlensError } from '../errors.js';
import type { ReplyMessage, TaskMessage } from './protocol.js';
import type { Task, TaskResult, WorkerSettings } from './records.js';

const PER_WORKER = 2;
const MB = 1024 * 1024;

/**
 * Old-generation limit per worker: room for the largest input --max-bytes lets through. The densest
 * page measured, 50,000 short comments in 4.8 MB, needs between 520 and 780 MB of heap (about 160
 * bytes per input byte: every comment's text view, tags and thread links are alive at once), so a
 * limit of 200 bytes per byte lets every page under --max-bytes finish; V8 grows the heap by what
 * stays alive, not by the limit, so ordinary pages use no more.
 */
export function workerHeapMb(maxBytes: number): number {
  return Math.max(256, Math.ceil((200 * maxBytes) / MB));
}

/**
 * The V8 flag that keeps a worker's optimizing compiles on the worker's own thread. By default
 * V8's helper threads (shared by every isolate of the process) compile beside it, so one job kept
 * about 1.4 of 2 cores busy (the helpers took 14 of 38 ms of CPU per page on the bench's WARC, most
 * of it TurboFan) and a second job had little left: `--jobs N` should use N cores, as a SLURM task
 * given N cores expects. Compiling in the worker cost no CPU per page in alternating runs; moving
 * the garbage collector's work in too (--single-threaded-gc) cost 100 MB of peak RSS with two jobs,
 * so GC keeps its helpers (about 3 ms a page). V8 flags are the process's, not one worker's: they
 * reach the workers when set before these start. A flag already on node's command line is left as given.
 */
export const ONE_CORE_PER_WORKER = ['--no-concurrent-recompilation'];

/** The flags (ONE_CORE_PER_WORKER) that node's command line (`execArgv`) does not already set either way. */
export function oneCoreFlagsToSet(execArgv: readonly string[], flags: readonly string[] = ONE_CORE_PER_WORKER): string[] {
  const given = execArgv.map((arg) => arg.replace(/_/g, '-').replace(/^--(no-)?/, '').replace(/=.*$/, ''));
  return flags.filter((flag) => !given.includes(flag.replace(/^--(no-)?/, '')));
}

let oneCoreSet = false;

function keepWorkersToOneCore(): void {
  if (oneCoreSet) return;
  oneCoreSet = true;
  for (const flag of oneCoreFlagsToSet(process.execArgv)) setFlagsFromString(flag);
}

interface Pending {
  task: Task;
  resolve: (result: TaskResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  inFlight: Map<number, Pending>;
  /** The worker has loaded its modules; its clock does not run before. */
  ready: boolean;
  /** When the oldest task in flight started running, or null when idle. */
  runningSince: number | null;
}

/** How long a task may run before its worker is terminated, in ms; Infinity for no limit. */
export type Deadline = (task: Task) => number;

/** The guard fires only well past the budget, so the library's own deadline check answers first. */
export function hardLimitMs(budgetMs: number): number {
  return Math.ceil(budgetMs * 1.5) + 1000;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: { id: number; pending: Pending }[] = [];
  private nextId = 0;
  private closed = false;
  private readonly watchdog: NodeJS.Timeout | null = null;

  constructor(
    private readonly size: number,
    private readonly script: URL,
    private readonly settings: WorkerSettings,
    private readonly deadline: Deadline = () => Infinity,
    checkEveryMs = 100,
  ) {
    keepWorkersToOneCore();
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
    this.watchdog = setInterval(() => this.enforceDeadlines(), checkEveryMs);
    this.watchdog.unref();
  }

  run(task: Task): Promise<TaskResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, pending: { task, resolve, reject } });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.watchdog) clearInterval(this.watchdog);
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private pump(): void {
    for (;;) {
      const slot = this.leastBusy();
      if (!slot || this.queue.length === 0) return;
      const { id, pending } = this.queue.shift()!;
      if (slot.inFlight.size === 0 && slot.ready) slot.runningSince = performance.now();
      slot.inFlight.set(id, pending);
      slot.worker.postMessage({ id, task: pending.task } satisfies TaskMessage);
    }
  }

  private leastBusy(): Slot | undefined {
    let best: Slot | undefined;
    for (const slot of this.slots) {
      if (slot.inFlight.size < PER_WORKER && (!best || slot.inFlight.size < best.inFlight.size)) best = slot;
    }
    return best;
  }

  private spawn(): Slot {
    // stdout is reserved for records: anything a dependency prints inside a worker goes to stderr.
    const worker = new Worker(this.script, {
      workerData: this.settings,
      stdout: true,
      // V8 grows a heap lazily up to its limit; a limit sized to the largest allowed input keeps
      // peak memory flat over long runs, and a page that needs more fails alone, not the process.
      resourceLimits: { maxOldGenerationSizeMb: workerHeapMb(this.settings.maxBytes) },
    });
    worker.stdout.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    const slot: Slot = { worker, inFlight: new Map(), ready: false, runningSince: null };
    worker.on('message', (reply: ReplyMessage) => {
      if ('ready' in reply) {
        slot.ready = true;
        if (slot.inFlight.size > 0) slot.runningSince = performance.now();
        return;
      }
      const pending = slot.inFlight.get(reply.id);
      if (!pending) return;
      slot.inFlight.delete(reply.id);
      slot.runningSince = slot.inFlight.size > 0 ? performance.now() : null;
      if ('result' in reply) pending.resolve(reply.result);
      else pending.reject(new Error(reply.failure));
      this.pump();
    });
    const fail = (error: Error) => this.replace(slot, error);
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`worker thread exited with code ${code}`)));
    return slot;
  }

  /** A worker whose running task is past its deadline is stopped and replaced; that task gets a time-budget error. */
  private enforceDeadlines(): void {
    const now = performance.now();
    for (const slot of [...this.slots]) {
      const oldest = slot.inFlight.values().next();
      if (oldest.done || slot.runningSince === null) continue;
      const limit = this.deadline(oldest.value.task);
      if (now - slot.runningSince <= limit) continue;
      const seconds = ((now - slot.runningSince) / 1000).toFixed(1);
      const error = new ThreadlensError('time-budget', `Analysing it took over ${seconds} s, past the time budget (--max-ms); its worker was stopped and replaced.`);
      const worker = slot.worker;
      this.replace(slot, error);
      void worker.terminate();
    }
  }

  /**
   * A crashed or stopped worker (out of memory on one page, past its time budget) fails the task it
   * was running, the oldest it held; the task queued behind it is innocent and goes back to the
   * front of the queue. A new worker takes the slot unless the pool is closing.
   */
  private replace(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    const held = [...slot.inFlight.entries()];
    slot.inFlight.clear();
    held[0]?.[1].reject(error);
    this.queue.unshift(...held.slice(1).map(([id, pending]) => ({ id, pending })));
    if (this.closed) return;
    this.slots[index] = this.spawn();
    this.pump();
  }
}
