/**
 * The pre-change build: the source tree of a git ref extracted into a temporary folder (with this
 * checkout's node_modules linked in) and imported through tsx, beside the working tree's modules.
 * Two module graphs in one process, so both run on exactly the same inputs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;

/** The commit a differential compares against: by default where this branch left main. */
export function baseCommit(ref?: string): string {
  const wanted = ref ?? git(['merge-base', 'HEAD', 'main']);
  return git(['rev-parse', '--verify', `${wanted}^{commit}`]);
}

/** Extracts the commit's tree once per commit; returns the folder. */
export function extractBase(commit: string): string {
  const dir = join(tmpdir(), `threadlens-base-${commit.slice(0, 12)}`);
  if (!existsSync(join(dir, 'src', 'index.ts'))) {
    mkdirSync(dir, { recursive: true });
    const archive = execFileSync('git', ['archive', '--format=tar', commit], { cwd: ROOT, maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
  }
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** The base build's public API (its src/index.ts). */
export async function importBase(dir: string): Promise<Record<string, any>> {
  return (await import(join(dir, 'src', 'index.ts'))) as Record<string, any>;
}

function git(args: string[]): string {
  return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
}
