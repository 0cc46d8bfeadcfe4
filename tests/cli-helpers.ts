/** Shared by the CLI tests: they spawn the built CLI (dist/cli.js) and never import its internals. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function requireBuild(): void {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` (or `npx tsup`) before the CLI tests');
}

/**
 * Runs the CLI to completion. Asynchronous on purpose: a blocking spawnSync would starve the test
 * runner's own messages on a loaded machine. `--jobs 1` is added unless a test sets --jobs, to keep
 * the suite light; tests about parallelism pass their own.
 */
export function cli(args: string[], options: { cwd?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  const batch = args[0] === 'pages' || args[0] === 'comments';
  const full = batch && !args.includes('--jobs') ? [...args, '--jobs', '1'] : args;
  const child = spawn(process.execPath, [CLI, ...full], { cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'], ...(options.env ? { env: options.env } : {}) });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  child.stdin.on('error', () => {}); // the CLI may exit before reading stdin (usage errors)
  child.stdin.end(options.input ?? '');
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) =>
      resolve({ status, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }),
    );
  });
}

/** Async variant for tests that must see output while the process runs (kill mid-way). */
export function cliAsync(args: string[], options: { cwd?: string } = {}) {
  return spawn(process.execPath, [CLI, ...args], { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Lines in a file so far (0 when it does not exist yet). */
export function lineCount(path: string): number {
  try {
    return readFileSync(path, 'utf8').split('\n').length - 1;
  } catch {
    return 0;
  }
}

/** Starts a CLI run in `cwd` and SIGKILLs it once `atLeast` lines of `output` are on disk. */
export async function killMidway(args: string[], cwd: string, output: string, atLeast: number): Promise<void> {
  const child = cliAsync(args, { cwd });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let done = false;
  void exited.then(() => (done = true));
  while (!done && lineCount(join(cwd, output)) < atLeast) await new Promise((resolve) => setTimeout(resolve, 5));
  child.kill('SIGKILL');
  await exited;
}

export function tempDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `threadlens-${prefix}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Parses JSONL output, failing the test on any line that is not a whole JSON object. */
export function parseJsonl(text: string): Record<string, any>[] {
  if (text === '') return [];
  if (!text.endsWith('\n')) throw new Error('JSONL output does not end with a newline');
  return text
    .slice(0, -1)
    .split('\n')
    .map((line, i) => {
      try {
        return JSON.parse(line) as Record<string, any>;
      } catch {
        throw new Error(`line ${i + 1} is not JSON: ${line.slice(0, 120)}`);
      }
    });
}

/** A small page in the plain-text shape the splitter reads: title, body, then comments. */
export function tinyPage(i: number): string {
  return [
    `Budget vote 😀 number ${i}`,
    '',
    `The council voted on budget ${i} on Tuesday. The mayor said the plan was sound.`,
    '',
    'Comments',
    '',
    'Anna',
    `Why did they vote for it? Is budget ${i} really that large?`,
    '',
    'Bob',
    `Yes, it is ${i} euros, I checked the minutes.`,
    '',
  ].join('\n');
}
