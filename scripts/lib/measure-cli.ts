/** Runs the built CLI once and measures it from outside: wall time, CPU time and peak RSS. */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ThreadCpuSampler, type ThreadCpu } from './thread-cpu.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = join(ROOT, 'dist', 'cli.js');
const TIME = '/usr/bin/time';

export interface Measured {
  seconds: number;
  /** User + system CPU seconds (GNU time only; NaN otherwise). */
  cpuSeconds: number;
  peakRssMb: number;
  exit: number | null;
  /** 1-minute load average when the run started: on a shared machine it caps the speed-up. */
  load: number;
  /** CPU seconds by thread kind (main, workers, V8's helpers), sampled from /proc; null off Linux. */
  threads: ThreadCpu | null;
  stderr: string;
  /** With `marks`: memory when the output first held each mark's number of records (Linux only). */
  memoryAt: MemoryMark[];
}

/** The process's memory when `records` records had come out: resident now, and the peak so far. */
export interface MemoryMark {
  records: number;
  rssMb: number;
  peakRssMb: number;
}

/**
 * Node flags for the measured runs, space-separated, from BENCH_NODE_FLAGS: V8 flags are
 * process-wide, so they reach the worker threads too (e.g. `--interrupt-budget=1081344`, docs/status.md issue 17).
 */
export const NODE_FLAGS = (process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean);

/**
 * Wall time and peak RSS of one run of `cli` (the working tree's build unless named), via GNU time
 * when present, else by polling /proc. With `marks` (record counts), the records come out on stdout
 * (cliArgs must not name an output), are counted here as lines and dropped, and the process's
 * resident and peak memory are read as the count passes each mark: memory over the run, so a reader
 * sees whether growth stops.
 */
export async function measureCli(cliArgs: string[], cli = CLI, marks: number[] = []): Promise<Measured> {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` first`);
  const args = [...NODE_FLAGS, cli, ...cliArgs];
  const useTime = existsSync(TIME);
  const stdio: ['ignore', 'ignore' | 'pipe', 'pipe'] = ['ignore', marks.length > 0 ? 'pipe' : 'ignore', 'pipe'];
  const child = useTime ? spawn(TIME, ['-v', process.execPath, ...args], { stdio }) : spawn(process.execPath, args, { stdio });
  const memoryAt: MemoryMark[] = [];
  /** Marks passed when the process had already exited (its last output read after it ended): filled from its peak at exit below. */
  const passedAfterExit: number[] = [];
  if (child.stdout) {
    let records = 0;
    const ahead = [...marks].sort((a, b) => a - b);
    child.stdout.on('data', (chunk: Buffer) => {
      for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1)) records++;
      while (ahead.length > 0 && records >= ahead[0]!) {
        // Through GNU time, a node process that has exited leaves time itself: its memory is not the run's.
        const pid = useTime ? childOf(child.pid!) : child.pid!;
        const memory = useTime && pid === child.pid ? null : readMemory(pid);
        if (memory) memoryAt.push({ records: ahead[0]!, ...memory });
        else passedAfterExit.push(ahead[0]!);
        ahead.shift();
      }
    });
  }
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let polledKb = 0;
  const poll = useTime
    ? null
    : setInterval(() => {
        try {
          const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
          polledKb = Math.max(polledKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
        } catch {
          // the process has exited
        }
      }, 50);
  const threads = new ThreadCpuSampler(child.pid!, useTime);
  const load = loadavg()[0]!;
  const started = performance.now();
  const exit = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - started) / 1000;
  if (poll) clearInterval(poll);
  const byThread = threads.stop();
  const kb = useTime ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? 0) : polledKb;
  // A mark passed after exit still gets a row: the peak so far is then the run's peak; resident memory is unknown.
  for (const records of passedAfterExit) memoryAt.push({ records, rssMb: NaN, peakRssMb: kb / 1024 });
  const cpu = (name: string) => Number(new RegExp(`${name} time \\(seconds\\): ([\\d.]+)`).exec(stderr)?.[1] ?? NaN);
  return { seconds, cpuSeconds: cpu('User') + cpu('System'), peakRssMb: kb / 1024, exit, load, threads: byThread, stderr, memoryAt };
}

/** The first child of a process (the node process GNU time runs), or the process itself before it has one. */
function childOf(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(' ')[0]) || pid;
  } catch {
    return pid;
  }
}

/** Resident and peak resident memory of a running process, in MB; null once it has exited or off Linux. */
function readMemory(pid: number): { rssMb: number; peakRssMb: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, peakRssMb: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/** Table headings and cells for a run's CPU per page by thread kind, in ms (blank off Linux). */
export const THREAD_HEADINGS = ['main ms/page', 'workers ms/page', 'V8 helpers ms/page'];

export function threadCells(measured: Measured, pages: number): (number | string)[] {
  const threads = measured.threads;
  if (!threads) return ['-', '-', '-'];
  return [threads.mainSeconds, threads.workerSeconds, threads.v8Seconds].map((seconds) => (1000 * seconds) / pages);
}
