/**
 * The working tree's built package (dist/index.js, what `npm install threadlens` runs), for benches
 * to time beside the source modules. The sources run through tsx, whose transform wraps every
 * function in a `__name` helper (keepNames); the bundle tsup ships does not, so the two differ in
 * speed. A bundle older than any source file is not used: its figure would describe other code.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = new URL('../../', import.meta.url).pathname;

export type BuiltPackage = { api: Record<string, any>; note: string } | { api: null; note: string };

export async function builtPackage(): Promise<BuiltPackage> {
  const entry = join(ROOT, 'dist', 'index.js');
  if (!existsSync(entry)) return { api: null, note: 'dist/index.js missing: run `npm run build` to time the built package too' };
  if (statSync(entry).mtimeMs < newestSource(join(ROOT, 'src'))) {
    return { api: null, note: 'dist/index.js is older than src/: run `npm run build` to time the built package too' };
  }
  return { api: (await import(pathToFileURL(entry).href)) as Record<string, any>, note: 'dist/index.js is newer than every file in src/' };
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}
