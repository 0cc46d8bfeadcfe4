/**
 * Just enough globbing for quoted patterns (Node 20 has no fs.glob): `*` and `?` within one path
 * segment, `**` across segments. Like a shell, wildcards do not match a leading dot.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { escapeRegExp } from '../regexp.js';

export function hasGlob(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

/** Paths matching `pattern`, sorted within each directory; symlinked directories are not followed. */
export async function expandGlob(pattern: string): Promise<string[]> {
  const segments = pattern.split('/');
  if (segments[segments.length - 1] === '**') segments.push('*');
  const literal = segments.findIndex(hasGlob);
  const base = segments.slice(0, literal).join('/') || (pattern.startsWith('/') ? '/' : '.');
  const out: string[] = [];
  await matchFrom(base, segments.slice(literal), 0, out, base === '.' && !pattern.startsWith('./'));
  return [...new Set(out)];
}

async function matchFrom(dir: string, segments: string[], i: number, out: string[], bare: boolean): Promise<void> {
  const segment = segments[i]!;
  const last = i === segments.length - 1;
  const entries = await listDir(dir);
  const child = (name: string) => (bare ? name : join(dir, name));
  if (segment === '**') {
    // Zero directories, then one more directory level at a time.
    await matchFrom(dir, segments, i + 1, out, bare);
    for (const entry of entries) {
      if (entry.isDirectory() && !entry.name.startsWith('.')) await matchFrom(child(entry.name), segments, i, out, false);
    }
    return;
  }
  const regex = segmentRegex(segment);
  for (const entry of entries) {
    if (!regex.test(entry.name)) continue;
    if (entry.name.startsWith('.') && !segment.startsWith('.')) continue;
    if (last) {
      if (!entry.isDirectory()) out.push(child(entry.name));
    } else if (entry.isDirectory()) {
      await matchFrom(child(entry.name), segments, i + 1, out, false);
    }
  }
}

async function listDir(dir: string) {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
}

/** Linear-time: the pattern becomes a regex of literal characters, `[^/]*` and `[^/]`. */
export function segmentRegex(segment: string): RegExp {
  let source = '';
  for (const char of segment) {
    if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += escapeRegExp(char);
  }
  // Runs of `*` collapse so that a pattern like `****x` cannot backtrack badly.
  return new RegExp(`^${source.replace(/(\[\^\/\]\*)+/g, '[^/]*')}$`, 'u');
}
