/**
 * What the differential runs on: every fixture page, 200 Dragnet pages and every row of the
 * short-text development sets, each case tagged with its part. Check cases are compared like the
 * others but only counted: their content and per-case results are never printed.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { partOf, type Part } from '../lib/parts.js';
import { readSharedJsonl, SHARED_DATA } from '../lib/table.js';
import { loadToxicSpans } from '../eval/toxicity/toxic-spans.js';

const ROOT = new URL('../../', import.meta.url).pathname;

export interface PageCase {
  id: string;
  part: Part;
  bytes: Uint8Array;
}

/** How a short text is tagged: alone, against a parent, or toward given targets (as the evals do). */
export interface RowCase {
  id: string;
  part: Part;
  text: string;
  parent?: string;
  targets?: string[];
}

export interface CaseSet<T> {
  name: string;
  cases: T[];
}

function filesUnder(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, pattern));
    else if (pattern.test(name)) out.push(path);
  }
  return out;
}

const PAGE = /\.(?:txt|html?)$/u;

/** Fixture pages: tune pages from fixtures/ (outside check/), check pages from fixtures/check/. */
export function fixturePages(): CaseSet<PageCase> {
  const fixtures = join(ROOT, 'fixtures');
  const tune = filesUnder(fixtures, PAGE).filter((path) => !path.includes(`${join(fixtures, 'check')}/`));
  const check = filesUnder(join(fixtures, 'check'), PAGE).filter((path) => !/\/gold\//u.test(path));
  const cases = [
    ...tune.filter((path) => !/\/gold\//u.test(path)).map((path) => ({ id: path.slice(ROOT.length), part: 'tune' as const, bytes: readFileSync(path) })),
    ...check.map((path) => ({ id: path.slice(ROOT.length), part: 'check' as const, bytes: readFileSync(path) })),
  ];
  return { name: 'fixture pages', cases };
}

/** The first `count` Dragnet pages by id. */
export function dragnetPages(count = 200): CaseSet<PageCase> {
  const dir = `${SHARED_DATA}dragnet/training/`;
  const ids = readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .map((name) => name.slice(0, -'.html'.length))
    .sort()
    .slice(0, count);
  return {
    name: `dragnet pages (${ids.length})`,
    cases: ids.map((id) => ({ id, part: partOf('dragnet', id), bytes: readFileSync(`${dir}${id}.html`) })),
  };
}

export function rowSets(): CaseSet<RowCase>[] {
  const hatecheck = readSharedJsonl<{ case_id: string; templ_id: string; test_case: string }>('hatecheck/dev.jsonl');
  const toxic = (['tsd_train.csv', 'tsd_trial.csv'] as const).flatMap((file) =>
    loadToxicSpans(file).map((post, i) => ({ id: `${file}#${i}`, part: partOf('toxic-spans', file), text: post.text })),
  );
  const pan = JSON.parse(readFileSync(`${SHARED_DATA}pan2024-oppositional/en_dev.json`, 'utf8')) as { id: string; text: string }[];
  const rumour = readSharedJsonl<{ id: string; text: string; event: string; parentText?: string | null; sourceText?: string | null }>(
    'rumoureval2017/train.jsonl',
  );
  const semeval = readSharedJsonl<{ text: string; target: string }>('semeval2016-stance/dev.jsonl');
  return [
    { name: 'hatecheck', cases: hatecheck.map((row) => ({ id: row.case_id, part: partOf('hatecheck', row), text: row.test_case })) },
    { name: 'toxic-spans', cases: toxic },
    { name: 'pan2024', cases: pan.map((row) => ({ id: row.id, part: partOf('pan2024', row), text: row.text })) },
    {
      name: 'rumoureval2017',
      cases: rumour.map((row) => ({
        id: row.id,
        part: partOf('rumoureval2017', row),
        text: row.text,
        parent: row.parentText ?? row.sourceText ?? undefined,
      })),
    },
    {
      name: 'semeval2016',
      cases: semeval.map((row, i) => ({ id: `#${i}`, part: partOf('semeval2016', row), text: row.text, targets: [row.target] })),
    },
  ];
}
