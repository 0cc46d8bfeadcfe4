/**
 * `npm run diff [-- --base REF] [-- --only NAME]`: the differential of issue 12. Runs the base build
 * (by default the commit where this branch left main) and the working tree over every fixture page,
 * 200 Dragnet pages and every row of the short-text development sets, and compares the records
 * field by field after the intended renames (scripts/diff/renames.ts). Differences in tune cases
 * are shown; check cases are only counted. `--write-snapshot` writes the snapshot the differential
 * test (tests/differential.test.ts) checks without ../shared.
 */
import { createHash } from 'node:crypto';
import * as current from '../../src/index.js';
import { printTable } from '../lib/table.js';
import type { Part } from '../lib/parts.js';
import { baseCommit, extractBase, importBase } from './base.js';
import { asJson, differingPaths, fieldOf } from './compare.js';
import { dragnetPages, fixturePages, rowSets, type CaseSet, type PageCase, type RowCase } from './inputs.js';
import { renamePage, renameTags, withoutNewMembers, type Json } from './renames.js';
import { writeSnapshot } from './snapshot.js';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const EXAMPLES = Number(option('examples') ?? 12);

interface Tally {
  cases: Record<Part, number>;
  differing: Record<Part, number>;
  /** Differing field paths (indices dropped) → count, over both parts. */
  fields: Map<string, number>;
  /** Findings in the new records without a `source`. */
  unsourced: number;
  /** Tune examples: case id and the first differing paths with both values. */
  examples: string[];
  /** Inputs where one build threw and the other did not. */
  thrown: number;
}

function newTally(): Tally {
  return { cases: { tune: 0, check: 0 }, differing: { tune: 0, check: 0 }, fields: new Map(), unsourced: 0, examples: [], thrown: 0 };
}

function record(tally: Tally, id: string, part: Part, expected: Json, actual: Json): void {
  tally.cases[part]++;
  tally.unsourced += countUnsourced(actual);
  const paths = differingPaths(withoutNewMembers(expected), withoutNewMembers(actual), '', [], 50);
  if (paths.length === 0) return;
  tally.differing[part]++;
  for (const field of new Set(paths.map(fieldOf))) tally.fields.set(field, (tally.fields.get(field) ?? 0) + 1);
  // Check cases stay unread: counted above, never shown.
  if (part === 'tune' && tally.examples.length < EXAMPLES) {
    const shown = paths.slice(0, 3).map((path) => `${path}: ${show(valueAt(withoutNewMembers(expected), path))} → ${show(valueAt(withoutNewMembers(actual), path))}`);
    tally.examples.push(`${id}  ${shown.join(' | ')}`);
  }
}

/** Findings in the tag fields (and a comment's reply evidence) need a `source` in the new build. */
/** Fields whose findings carry a `source`: every tagger's fields (from the registry) and the split's reply evidence. */
const SOURCED = new Set([...current.TAGGERS.flatMap((tagger) => Object.keys(tagger.fields)), 'replyEvidence']);

function countUnsourced(value: Json, inFinding = false): number {
  if (Array.isArray(value)) return value.reduce((n: number, item) => n + countUnsourced(item, inFinding), 0);
  if (value === null || typeof value !== 'object') return 0;
  let n = inFinding && typeof value.rule === 'string' && typeof value.source !== 'string' ? 1 : 0;
  for (const [key, inner] of Object.entries(value)) n += countUnsourced(inner, inFinding || SOURCED.has(key));
  return n;
}

function valueAt(value: Json, path: string): Json | undefined {
  const steps = path.replace(/ \(.*\)$/u, '').match(/\.[^.[]+|\[\d+\]/gu) ?? [];
  let at: Json | undefined = value;
  for (const step of steps) {
    if (at === null || typeof at !== 'object') return undefined;
    at = step.startsWith('[') ? (at as Json[])[Number(step.slice(1, -1))] : (at as Record<string, Json>)[step.slice(1)];
  }
  return at;
}

function show(value: Json | undefined): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function attempt<T>(run: () => T): { ok: true; value: T } | { ok: false; error: string } {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    return { ok: false, error: (error as { code?: string }).code ?? String(error) };
  }
}

function comparePages(set: CaseSet<PageCase>, base: Record<string, any>): Tally {
  const tally = newTally();
  for (const page of set.cases) {
    const before = attempt(() => asJson(base.analyzePage(page.bytes)));
    const after = attempt(() => asJson(current.analyzePage(page.bytes)));
    if (!before.ok || !after.ok) {
      if (before.ok !== after.ok || (!before.ok && !after.ok && before.error !== after.error)) tally.thrown++;
      tally.cases[page.part]++;
      continue;
    }
    record(tally, page.id, page.part, renamePage(before.value), after.value);
  }
  return tally;
}

function compareRows(set: CaseSet<RowCase>, base: Record<string, any>): Tally {
  const tally = newTally();
  for (const row of set.cases) {
    const context = { ...(row.parent !== undefined ? { parent: row.parent } : {}), ...(row.targets ? { targets: row.targets } : {}) };
    const before = asJson(base.tagComment(row.text, context));
    const after = asJson(current.tagComment(row.text, context));
    record(tally, `${set.name} ${row.id}`, row.part, renameTags(before), after);
  }
  return tally;
}

export async function main(): Promise<void> {
  const commit = baseCommit(option('base'));
  const base = await importBase(extractBase(commit));
  if (args.includes('--write-snapshot')) {
    const written = writeSnapshot(commit, base, fixturePages());
    process.stdout.write(`wrote tests/differential/base.json: ${written} tune fixture pages from base ${commit.slice(0, 12)}\n`);
    return;
  }
  const only = option('only');
  process.stdout.write(`Differential: base ${commit.slice(0, 12)} vs the working tree\n\n`);
  const results: [string, Tally][] = [];
  const pageSets = [fixturePages(), dragnetPages(200)];
  for (const set of pageSets) if (!only || set.name.includes(only)) results.push([set.name, comparePages(set, base)]);
  for (const set of rowSets()) if (!only || set.name.includes(only)) results.push([set.name, compareRows(set, base)]);
  printTable(
    'Records equal after the intended renames (tune | check)',
    ['set', 'tune cases', 'tune differing', 'check cases', 'check differing', 'findings without source', 'one build threw'],
    results.map(([name, t]) => [name, t.cases.tune, t.differing.tune, t.cases.check, t.differing.check, t.unsourced, t.thrown]),
  );
  const fields = results.flatMap(([name, t]) => [...t.fields].map(([field, n]) => [name, field, n] as [string, string, number]));
  if (fields.length > 0) printTable('Differing fields, tune and check together (cases per field)', ['set', 'field', 'cases'], fields.sort((a, b) => b[2] - a[2]).slice(0, 40));
  for (const [name, t] of results) {
    if (t.examples.length === 0) continue;
    process.stdout.write(`## ${name}: tune examples\n${t.examples.map((line) => `  ${line}`).join('\n')}\n\n`);
  }
  const digest = createHash('sha1').update(JSON.stringify(results.map(([n, t]) => [n, t.cases, t.differing]))).digest('hex').slice(0, 12);
  process.stdout.write(`summary digest ${digest}\n`);
}

await main();
