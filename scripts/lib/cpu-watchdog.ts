/**
 * Kills a child process that spends more than a limit of CPU time since it was last armed. CPU
 * time is read from /proc/<pid>/stat, so a loaded machine (where wall time runs several times
 * CPU time) does not turn a slow step into a "hang"; without /proc, or as a last resort, a wall
 * clock of a few times the limit applies.
 */
import { readFileSync } from 'node:fs';

/** Linux's USER_HZ, the unit of /proc/<pid>/stat times. */
const CLOCK_TICKS = 100;
/** The wall-clock last resort: this many times the CPU limit (once, without /proc). */
const WALL_FACTOR = 5;
const POLL_MS = 250;

/** User + system CPU seconds of a process; null where /proc is missing or the process is gone. */
export function cpuSecondsOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may hold spaces: split after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

export class CpuWatchdog {
  private poll: NodeJS.Timeout | undefined;
  private wall: NodeJS.Timeout | undefined;

  constructor(
    private readonly pid: number,
    private readonly onExpire: () => void,
  ) {}

  /** Starts counting afresh: the process may use `limitMs` of CPU from now on. */
  arm(limitMs: number): void {
    this.stop();
    const from = cpuSecondsOf(this.pid);
    const expire = () => {
      this.stop();
      this.onExpire();
    };
    this.wall = setTimeout(expire, from === null ? limitMs : WALL_FACTOR * limitMs);
    if (from === null) return;
    this.poll = setInterval(() => {
      const now = cpuSecondsOf(this.pid);
      if (now !== null && (now - from) * 1000 > limitMs) expire();
    }, POLL_MS);
  }

  stop(): void {
    clearInterval(this.poll);
    clearTimeout(this.wall);
  }
}
