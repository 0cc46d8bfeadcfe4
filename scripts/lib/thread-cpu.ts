/**
 * CPU time of one process's threads, apart, read from /proc while it runs (Linux only): the main
 * thread; the threads started with the process (V8's platform pool of four, which does concurrent
 * and parallel GC and optimizing compiles for every isolate, the workers' included; and libuv's
 * pool of four, started at start-up too, and idle in a `pages` run, which reads files synchronously
 * in the workers); and the threads started later (the worker threads). Node 20 names none of its
 * threads, so they are told apart by start time. A thread's figure is its last reading, taken every
 * `everyMs`, so a run loses at most that much per thread.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

export interface ThreadCpu {
  mainSeconds: number;
  workerSeconds: number;
  v8Seconds: number;
}

interface Reading {
  ticks: number;
  started: number;
}

export class ThreadCpuSampler {
  private readonly last = new Map<string, Reading>();
  private readonly timer: NodeJS.Timeout | null;
  private pid: number | null = null;

  /** `launcher` is the spawned pid; with `through` (GNU time) the node process is its child. */
  constructor(
    private readonly launcher: number,
    private readonly through: boolean,
    everyMs = 25,
  ) {
    this.timer = existsSync(`/proc/${launcher}/task`) ? setInterval(() => this.sample(), everyMs) : null;
  }

  stop(): ThreadCpu | null {
    if (this.timer) clearInterval(this.timer);
    const main = this.pid === null ? undefined : this.last.get(String(this.pid));
    if (!main) return null;
    const others = [...this.last].filter(([tid]) => tid !== String(this.pid)).map(([, reading]) => reading);
    const startUpEnd = endOfStartUp(others.map((reading) => reading.started));
    const sum = (readings: Reading[]) => readings.reduce((total, reading) => total + reading.ticks, 0) / TICKS_PER_SECOND;
    return {
      mainSeconds: main.ticks / TICKS_PER_SECOND,
      workerSeconds: sum(others.filter((reading) => reading.started > startUpEnd)),
      v8Seconds: sum(others.filter((reading) => reading.started <= startUpEnd)),
    };
  }

  private sample(): void {
    try {
      this.pid ??= this.through ? Number(readFileSync(`/proc/${this.launcher}/task/${this.launcher}/children`, 'utf8').trim().split(' ')[0]) || null : this.launcher;
      if (this.pid === null) return;
      for (const tid of readdirSync(`/proc/${this.pid}/task`)) {
        const reading = readThread(this.pid, tid);
        if (reading) this.last.set(tid, reading);
      }
    } catch {
      // the process has not started yet, or has exited
    }
  }
}

/**
 * The last start time of the threads made at start-up: V8's pool and libuv's start within a few
 * ticks of each other, the first worker only after the CLI's modules load, so the widest gap
 * between start times (measured: 14-21 ticks after the process, then 35-70) divides them.
 */
function endOfStartUp(starts: number[]): number {
  const sorted = [...new Set(starts)].sort((a, b) => a - b);
  let end = sorted[0] ?? 0;
  let widest = -1;
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]! - sorted[i - 1]! > widest) [widest, end] = [sorted[i]! - sorted[i - 1]!, sorted[i - 1]!];
  }
  return end;
}

/** utime + stime and start time, fields 14, 15 and 22 of /proc/PID/task/TID/stat (after the command name). */
function readThread(pid: number, tid: string): Reading | null {
  try {
    const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ticks: Number(fields[11]) + Number(fields[12]), started: Number(fields[19]) };
  } catch {
    return null;
  }
}
