/**
 * `threadlens report` through the built CLI: the same inputs as `pages` plus JSONL records `pages`
 * wrote, one entry per input page or stored record (errors included) in input order, the HTML on
 * stdout or in -o. What the HTML draws is tested in a browser (tests/report-browser.test.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, parseJsonl, requireBuild, tempDir } from './cli-helpers.js';

const FIXTURES = new URL('../fixtures/pages/', import.meta.url).pathname;
const PAGE_A = join(FIXTURES, '101_wordpress.txt');
const PAGE_B = join(FIXTURES, '103_reddit.txt');

let dir: string;
let cleanup: () => void;
/** `pages PAGE_A`, run once: what a report of PAGE_A must embed. */
let pageARun: Promise<string> | undefined;
const pageAJsonl = () => (pageARun ??= cli(['pages', PAGE_A, '-q']).then((run) => run.stdout));

beforeAll(() => {
  requireBuild();
  ({ dir, cleanup } = tempDir('report'));
});
afterAll(() => cleanup?.());

function embeddedRecords(html: string): Record<string, any>[] {
  const match = /<script type="application\/json" id="threadlens-records">([^]*?)<\/script>/.exec(html);
  if (!match) throw new Error('no records block in the report');
  return JSON.parse(match[1]!) as Record<string, any>[];
}

describe('threadlens report', () => {
  it('analyses pages as `pages` does and keeps stored records as written, one entry each, in input order', async () => {
    const stored = await cli(['pages', PAGE_B, '-q']);
    const storedRecords = parseJsonl(stored.stdout);
    // An interrupted run leaves a partly written last line: it becomes an error entry of its own.
    writeFileSync(join(dir, 'stored.jsonl'), `${stored.stdout}{"source":"cut off`);
    const fresh = parseJsonl(await pageAJsonl())[0]!;
    const out = join(dir, 'report.html');
    const run = await cli(['report', PAGE_A, join(dir, 'stored.jsonl'), join(dir, 'missing.txt'), '-o', out, '--jobs', '1']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/report of 2 pages, \d+ comments, 2 errors \(2 from this run\) written to .*report\.html/);
    const records = embeddedRecords(readFileSync(out, 'utf8'));
    expect(records.map((r) => r.source)).toEqual([PAGE_A, PAGE_B, `${join(dir, 'stored.jsonl')}:2`, join(dir, 'missing.txt')]);
    expect(records[0]).toEqual(fresh);
    expect(records[1]).toEqual(storedRecords[0]);
    expect(records[2]!.error.code).toBe('malformed-row');
    expect(records[3]!.error.code).toBe('unreadable');
  });

  it('reads piped records or a piped page from -, and writes the HTML to stdout without -o', async () => {
    const stored = await pageAJsonl();
    const fromRecords = await cli(['report', '-', '-q'], { input: stored });
    expect(fromRecords.status).toBe(0);
    expect(fromRecords.stderr).toBe('');
    expect(fromRecords.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(embeddedRecords(fromRecords.stdout)).toEqual(parseJsonl(stored));
    const fromPage = await cli(['report', '-', '-q'], { input: readFileSync(PAGE_A) });
    expect(fromPage.status).toBe(0);
    const [record] = embeddedRecords(fromPage.stdout);
    expect(record!.source).toBe('-');
    expect(record!.comments.length).toBe(parseJsonl(stored)[0]!.comments.length);
  });

  it('refuses options that only make sense for record output', async () => {
    for (const option of [['--format', 'csv'], ['--offsets', 'codepoint'], ['--csv-guard']]) {
      const run = await cli(['report', PAGE_A, ...option]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/"report" writes one HTML file/);
    }
  });
});
