/**
 * Checks a list of stance targets from a `--targets` file or a row's `targets` field against the
 * TargetInput schema, and says where the first problem is: "(at 1.vocabulary.favor.0)".
 */
import * as z from 'zod';
import { TargetInput } from '../schema/index.js';

const TargetList = z.array(TargetInput);

export const TARGET_SHAPE = 'a list of names or { name, aliases?, opponents?, vocabulary?: { favor?, against? }, concern? } objects';

export type TargetListResult = { ok: true; targets: TargetInput[] } | { ok: false; where: string };

export function parseTargetList(value: unknown): TargetListResult {
  const parsed = TargetList.safeParse(value);
  if (parsed.success) return { ok: true, targets: parsed.data };
  const path = firstIssuePath(parsed.error.issues, []);
  return { ok: false, where: path.length > 0 ? ` (at ${path.map(String).join('.')})` : '' };
}

/**
 * The path of the problem in the earliest list item. A union only reports the item's index, so the
 * search goes on inside its branches and keeps the deepest path there: the object branch says which
 * field is wrong, where the string branch would only say "expected a string".
 */
function firstIssuePath(issues: z.core.$ZodIssue[], prefix: PropertyKey[]): PropertyKey[] {
  const first = [...issues].sort((a, b) => itemIndex(a) - itemIndex(b))[0];
  if (!first) return prefix;
  const path = [...prefix, ...first.path];
  if (first.code !== 'invalid_union') return path;
  let best = path;
  for (const branch of first.errors) {
    const inner = firstIssuePath(branch, path);
    if (inner.length > best.length) best = inner;
  }
  return best;
}

function itemIndex(issue: z.core.$ZodIssue): number {
  return typeof issue.path[0] === 'number' ? issue.path[0] : -1;
}
