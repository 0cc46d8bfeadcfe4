/** Turns the `pages` arguments (files, folders, globs, `-`) into an ordered, de-duplicated list of sources. */
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { expandGlob, hasGlob } from './glob.js';

/** Paths only, never contents: the corpus itself is read one page at a time by the workers. */
export async function collectSources(args: string[], wanted: (name: string) => boolean, warn: (message: string) => void): Promise<string[]> {
  const seen = new Set<string>();
  const add = (path: string) => void seen.add(path);
  for (const arg of args) {
    if (arg === '-') add('-');
    else if (hasGlob(arg) && !(await exists(arg))) {
      const matches = await expandGlob(arg);
      if (matches.length === 0) warn(`no files match ${arg}`);
      matches.forEach(add);
    } else if (await isDirectory(arg)) {
      await walk(arg, wanted, add);
    } else {
      // Missing or odd files stay in the list: they get an error record rather than vanishing.
      add(arg);
    }
  }
  return [...seen];
}

/** Depth-first, entries sorted by name, so the output order does not depend on the file system. */
async function walk(dir: string, wanted: (name: string) => boolean, add: (path: string) => void): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    add(dir); // An unlistable folder is reported as one unreadable input.
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, wanted, add);
    else if (!wanted(entry.name)) continue;
    // Symlinks to folders are not followed (no loops); dangling ones are kept and reported.
    else if (!entry.isSymbolicLink() || !(await isDirectory(path))) add(path);
  }
}

/** A folder walk's filter: by extension, e.g. `txt,html,htm`. */
export function byExtension(extensions: string[]): (name: string) => boolean {
  const set = new Set(extensions);
  return (name) => set.has(extname(name).slice(1).toLowerCase());
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
