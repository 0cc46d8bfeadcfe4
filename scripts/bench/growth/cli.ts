/**
 * The CLI on a few growth shapes: `threadlens pages FILE --jobs 1` on the page at 1x, 4x and 16x,
 * wall time with a hard timeout, and a check that exactly one record came out. Start-up is timed on
 * a one-line page and reported apart, since it would otherwise flatten the ratios.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../../dist/cli.js', import.meta.url));

export interface CliRun {
  seconds: number;
  timedOut: boolean;
  exit: number | null;
  /** Lines in the output file, and whether the one record is an error record. */
  records: number;
  error: string | null;
}

export function cliAvailable(): boolean {
  return existsSync(CLI);
}

export async function runCli(dir: string, name: string, page: string, timeoutMs: number): Promise<CliRun> {
  const input = join(dir, `${name}.txt`);
  const output = join(dir, `${name}.jsonl`);
  writeFileSync(input, page);
  writeFileSync(output, '');
  const started = performance.now();
  const child = spawn(process.execPath, [CLI, 'pages', input, '--jobs', '1', '-q', '-o', output], { stdio: 'ignore' });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, timeoutMs);
  const exit = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  const seconds = (performance.now() - started) / 1000;
  const lines = readFileSync(output, 'utf8').split('\n').filter(Boolean);
  let error: string | null = null;
  try {
    const record = JSON.parse(lines[0] ?? '{}') as { error?: { code: string } };
    error = record.error?.code ?? null;
  } catch {
    error = 'unparsable record';
  }
  return { seconds, timedOut, exit, records: lines.length, error };
}
