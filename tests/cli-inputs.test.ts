/** Input shapes people really have: JSON arrays of rows, a one-object targets file, a page that hangs. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, parseJsonl, requireBuild, tempDir, tinyPage } from './cli-helpers.js';
import { hardLimitMs } from '../src/cli/pool.js';

let dir: string;
let cleanup: () => void;

const ROWS = [
  { id: 'a', text: 'Is the bridge closed?', articleText: 'The bridge closed on Monday.' },
  { id: 'b', text: 'Yes, since Monday.', parentId: 'a' },
  { id: 'c', text: 'Text with "quotes", [brackets] and {braces}, and a comma.' },
];

beforeAll(() => {
  requireBuild();
  ({ dir, cleanup } = tempDir('inputs'));
});

afterAll(() => cleanup?.());

describe('comments from a .json file', () => {
  it('reads a JSON array (as --format json and pandas write it) one row per element', async () => {
    writeFileSync(join(dir, 'rows.json'), JSON.stringify(ROWS, null, 2));
    writeFileSync(join(dir, 'rows.jsonl'), ROWS.map((row) => JSON.stringify(row)).join('\n'));
    const fromArray = await cli(['comments', 'rows.json', '-q'], { cwd: dir });
    const fromLines = await cli(['comments', 'rows.jsonl', '-q'], { cwd: dir });
    expect(fromArray.status).toBe(0);
    expect(parseJsonl(fromArray.stdout)).toEqual(parseJsonl(fromLines.stdout));
    expect(parseJsonl(fromArray.stdout).map((record) => record.id)).toEqual(['a', 'b', 'c']);
  });

  it('a bad element is an error record with the line it starts on; the rest go on', async () => {
    writeFileSync(join(dir, 'mixed.json'), '[\n{"id": "x1", "text": "fine"},\n42,\n{"id": "x3"},\n{"id": "x4", "text": "also fine"}\n]');
    const result = await cli(['comments', 'mixed.json', '-q'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(parseJsonl(result.stdout).map((r) => [r.id ?? null, r.line ?? null, r.error?.code ?? null])).toEqual([
      ['x1', null, null],
      [null, 3, 'malformed-row'],
      ['x3', 4, 'malformed-row'],
      ['x4', null, null],
    ]);
  });

  it('a JSON array on stdin is recognised by its bracket', async () => {
    const result = await cli(['comments', '-', '-q'], { input: JSON.stringify(ROWS) });
    expect(parseJsonl(result.stdout).map((record) => record.id)).toEqual(['a', 'b', 'c']);
  });

  it('a .json file that is not an array is a usage error', async () => {
    writeFileSync(join(dir, 'object.json'), '{"id": "a", "text": "one object"}');
    const result = await cli(['comments', 'object.json'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/JSON array/);
  });
});

describe('--targets files', () => {
  it('one JSON object is one target, with its aliases', async () => {
    writeFileSync(join(dir, 'one.json'), JSON.stringify({ name: 'Mayor Smith', aliases: ['Smith'] }));
    writeFileSync(join(dir, 'row.jsonl'), JSON.stringify({ id: 'r', text: 'Smith is a disgrace.' }));
    const result = await cli(['comments', 'row.jsonl', '--targets', 'one.json', '-q'], { cwd: dir });
    expect(result.status).toBe(0);
    const [record] = parseJsonl(result.stdout);
    expect(record!.stance.targets.map((t: { target: string }) => t.target)).toEqual(['Mayor Smith']);
  });

  it.each([['"Biden"'], ['42'], ['{"name": 5}'], ['{ not json']])('%s is a usage error', async (text) => {
    writeFileSync(join(dir, 'bad.json'), text);
    const result = await cli(['comments', 'row.jsonl', '--targets', 'bad.json'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--targets/);
  });
});

describe('--max-ms: a page over its time budget', () => {
  it('gets a time-budget error record; the pages around it are analysed and none is lost', async () => {
    // A budget of 2 s stops a worker after 4 s (1.5 x + 1 s). The slow page must need far more than
    // the budget on any machine: a page of 12,000 comments came close enough to 2 s after the
    // taggers' speed work that a fast quiet machine finished it; 48,000 need several times that. The
    // small pages take milliseconds, so even a machine loaded ten times over finishes them inside it.
    const header = ['Council approves bike lanes', '', 'The city council voted 6-1 on Tuesday to add bike lanes along Main Street.', '', '48000 Comments', ''];
    const comments = Array.from({ length: 48_000 }, (_, i) =>
      [`Reader${i} Smith says:`, 'March 3, 2019 at 4:12 pm', '', `@Reader${i - 1} Smith What a load of crap. You idiots will cheer anything? How many parking spaces will block ${i} lose?`, '', 'Reply', ''].join('\n'),
    );
    writeFileSync(join(dir, 'b-slow.txt'), [...header, ...comments].join('\n'));
    writeFileSync(join(dir, 'a-fast.txt'), tinyPage(1));
    writeFileSync(join(dir, 'c-fast.txt'), tinyPage(2));
    const started = performance.now();
    const result = await cli(['pages', 'a-fast.txt', 'b-slow.txt', 'c-fast.txt', '--max-ms', '2000'], { cwd: dir });
    expect(result.status).toBe(1);
    const records = parseJsonl(result.stdout);
    expect(records.map((r) => [r.source, r.error?.code ?? null])).toEqual([
      ['a-fast.txt', null],
      ['b-slow.txt', 'time-budget'],
      ['c-fast.txt', null],
    ]);
    expect(result.stderr).toMatch(/errors: time-budget 1/);
    // Stopped, not waited out (a bound on the run's wall time alone could not tell): the stop came from the analyzer's own check before
    // the pool's hard limit (its message says when), or from the pool stopping the worker at that limit.
    const stoppedBy = records[1]!.error!.message as string;
    const checked = /^Analysis stopped .*: (\d+) ms, over the 2000 ms budget/.exec(stoppedBy);
    if (checked) expect(Number(checked[1])).toBeLessThan(hardLimitMs(2000));
    else expect(stoppedBy).toMatch(/its worker was stopped/);
    // And the run ended near that limit plus start-up and reading the 8.5 MB page, even on a loaded machine.
    expect(performance.now() - started).toBeLessThan(30_000);
  }, 120_000);

  it('a batch of comment rows over the budget gives each of its rows a time-budget record with its line', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: `r${i}`, text: `Why did the council approve budget ${i}? What a load of crap, you idiots.` }));
    writeFileSync(join(dir, 'budget.jsonl'), `${rows.join('\n')}\n`);
    const result = await cli(['comments', 'budget.jsonl', '--max-ms', '1', '-q'], { cwd: dir });
    expect(result.status).toBe(1);
    const records = parseJsonl(result.stdout);
    expect(records).toHaveLength(300);
    // The analyzer stops the batch at its first check past 1 ms; no row is lost or doubled.
    expect(records.map((r) => r.id)).toEqual(rows.map((_, i) => `r${i}`));
    expect(records.filter((r) => r.error?.code === 'time-budget').length).toBeGreaterThan(0);
    for (const record of records.filter((r) => r.error)) expect(record.line).toBe(Number(record.id.slice(1)) + 1);
  });
});
