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
}

/**
 * Node flags for the measured runs, space-separated, from BENCH_NODE_FLAGS: V8 flags are
 * process-wide, so they reach the worker threads too (e.g. `--interrupt-budget=1081344`, docs/status.md issue 17).
 */
export const NODE_FLAGS = (process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean);

/** Wall time and peak RSS of one run of `cli` (the working tree's build unless named), via GNU time when present, else by polling /proc. */
export async function measureCli(cliArgs: string[], cli = CLI): Promise<Measured> {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` first`);
  const args = [...NODE_FLAGS, cli, ...cliArgs];
  const useTime = existsSync(TIME);
  const child = useTime ? spawn(TIME, ['-v', process.execPath, ...args], { stdio: ['ignore', 'ignore', 'pipe'] }) : spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
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
  const cpu = (name: string) => Number(new RegExp(`${name} time \\(seconds\\): ([\\d.]+)`).exec(stderr)?.[1] ?? NaN);
  return { seconds, cpuSeconds: cpu('User') + cpu('System'), peakRssMb: kb / 1024, exit, load, threads: byThread, stderr };
}

/** Table headings and cells for a run's CPU per page by thread kind, in ms (blank off Linux). */
export const THREAD_HEADINGS = ['main ms/page', 'workers ms/page', 'V8 helpers ms/page'];

export function threadCells(measured: Measured, pages: number): (number | string)[] {
  const threads = measured.threads;
  if (!threads) return ['-', '-', '-'];
  return [threads.mainSeconds, threads.workerSeconds, threads.v8Seconds].map((seconds) => (1000 * seconds) / pages);
}
