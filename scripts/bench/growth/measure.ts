/**
 * Measuring one growth shape: each size timed in fresh child processes (the child and the library
 * bundled once per bench run), killed once past a CPU limit (scripts/lib/cpu-watchdog.ts).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';
import { CpuWatchdog } from '../../lib/cpu-watchdog.js';
import { TIMING_MARK, type SizeResult } from './protocol.js';

export const FACTORS = [1, 4, 16];
export const BAR = 20;
export const TIMEOUT_MS = Number(process.env.GROWTH_TIMEOUT_S ?? 60) * 1000;
/** CPU allowed for start-up, import and warm-up, before the timed call starts. */
const STARTUP_MS = 60_000;
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CHILD_SOURCE = join(ROOT, 'scripts', 'bench', 'growth', 'child.ts');
const BUNDLE_DIR = join(ROOT, '.tmp', 'growth');
const CHILD = join(BUNDLE_DIR, 'growth-child.mjs');

/** One size of one shape: the median of its runs, or null when a run passed its CPU limit. */
export interface Size {
  result: SizeResult | null;
  runs: number;
  limitMs: number;
}

/**
 * CPU a timed call may take before it is killed: enough for three times the bar at its size
 * (so a kill means the ratio is far over the bar, not near it), at least 5 s, at most the timeout.
 */
function cpuLimitMs(factor: number, t1: number | undefined): number {
  if (t1 === undefined) return TIMEOUT_MS;
  return Math.min(TIMEOUT_MS, Math.max(5000, (3 * BAR * t1 * factor) / 16));
}

/**
 * Times a shape at each factor: 1x three times (the ratio's denominator is the noisiest), 4x and
 * 16x once, and when t(16x)/t(1x) lands near the bar, two more runs of each so noise does not
 * decide. A run that times out ends the shape: the larger sizes would only take longer.
 */
export async function timeShape(index: number): Promise<Map<number, Size>> {
  const samples = new Map<number, SizeResult[]>(FACTORS.map((f) => [f, []]));
  const sizes = new Map<number, Size>();
  const measure = async (factor: number, runs: number): Promise<boolean> => {
    for (let k = 0; k < runs; k++) {
      const limitMs = cpuLimitMs(factor, sizes.get(1)?.result?.cpuMs);
      const result = await timeOnce(index, factor, limitMs);
      if (!result) {
        sizes.set(factor, { result: null, runs: samples.get(factor)!.length + 1, limitMs });
        return false;
      }
      samples.get(factor)!.push(result);
      sizes.set(factor, { result: median(samples.get(factor)!), runs: samples.get(factor)!.length, limitMs });
    }
    return true;
  };
  if (!(await measure(1, 3)) || !(await measure(4, 1)) || !(await measure(16, 1))) return sizes;
  const ratio = sizes.get(16)!.result!.cpuMs / sizes.get(1)!.result!.cpuMs;
  if (ratio > BAR * 0.75 && ratio < BAR * 1.25) {
    await measure(1, 2);
    await measure(16, 2);
  }
  return sizes;
}

function median(results: SizeResult[]): SizeResult {
  return [...results].sort((a, b) => a.cpuMs - b.cpuMs)[results.length >> 1]!;
}

/**
 * One fresh process, one timed call; null when it passes its CPU limit (counted from the moment it
 * starts the timed call, so start-up and warm-up are not charged) or dies.
 */
function timeOnce(index: number, factor: number, limitMs: number): Promise<SizeResult | null> {
  const child = spawn(process.execPath, [CHILD, String(index), String(factor)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const watchdog = new CpuWatchdog(child.pid!, () => child.kill('SIGKILL'));
  watchdog.arm(limitMs + STARTUP_MS);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    const seen = output.includes(TIMING_MARK);
    output += chunk.toString();
    if (!seen && output.includes(TIMING_MARK)) watchdog.arm(limitMs);
  });
  return new Promise((resolve) => {
    child.on('close', (code) => {
      watchdog.stop();
      const line = output.split('\n').find((l) => l.startsWith('{"factor"'));
      const result = code === 0 && line ? (JSON.parse(line) as SizeResult) : null;
      resolve(result && result.cpuMs <= limitMs ? result : null);
    });
  });
}

/**
 * The child and the library source bundled once per bench run (dependencies stay external): a
 * plain-node start-up costs about a third less CPU than compiling the TypeScript through tsx in
 * each of the ~250 processes.
 */
export async function bundleChild(): Promise<void> {
  await build({
    config: false,
    entry: { 'growth-child': CHILD_SOURCE },
    format: ['esm'],
    outDir: BUNDLE_DIR,
    outExtension: () => ({ js: '.mjs' }),
    platform: 'node',
    target: 'node20',
    skipNodeModulesBundle: true,
    dts: false,
    clean: false,
    silent: true,
  });
}
