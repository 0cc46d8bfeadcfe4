/** Field-by-field comparison of two JSON values: the paths where they differ. */
import type { Json } from './renames.js';

export function differingPaths(a: unknown, b: unknown, path = '', out: string[] = [], limit = 20): string[] {
  if (out.length >= limit) return out;
  if (Object.is(a, b)) return out;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push(`${path} (length ${a.length} → ${b.length})`);
    for (let i = 0; i < Math.min(a.length, b.length); i++) differingPaths(a[i], b[i], `${path}[${i}]`, out, limit);
    return out;
  }
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      if (!(key in a)) out.push(`${path}.${key} (added)`);
      else if (!(key in b)) out.push(`${path}.${key} (removed)`);
      else differingPaths(a[key], b[key], `${path}.${key}`, out, limit);
    }
    return out;
  }
  out.push(path || '(root)');
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A path with array indices dropped, so differences group by field: comments[3].stance.toParent.label → comments.stance.toParent.label. */
export function fieldOf(path: string): string {
  return path.replace(/\[\d+\]/gu, '').replace(/ \(.*\)$/u, '');
}

/** JSON round trip: the records as a consumer reads them (undefined members gone). */
export function asJson(value: unknown): Json {
  return JSON.parse(JSON.stringify(value)) as Json;
}
