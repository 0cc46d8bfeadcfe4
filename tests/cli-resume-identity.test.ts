/**
 * Kill-and-resume where identity matters: pages resumed under another spelling of their paths,
 * comment rows whose ids repeat, and CSV output (a record may span rows; a cell may hold newlines).
 */
import { mkdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, killMidway, lineCount, parseJsonl, requireBuild, tempDir, tinyPage } from './cli-helpers.js';

const PAGES = 600;
let dir: string;
let cleanup: () => void;

beforeAll(() => {
  requireBuild();
  ({ dir, cleanup } = tempDir('identity'));
  mkdirSync(join(dir, 'corpus'));
  for (let i = 0; i < PAGES; i++) {
    // Every tenth page has no comments: a CSV record of its own with an empty id.
    const page = i % 10 === 0 ? `Notice ${i}\n\nThe office is closed on Monday ${i}.\n` : tinyPage(i);
    writeFileSync(join(dir, 'corpus', `p${String(i).padStart(4, '0')}.txt`), page);
  }
  // Ids restart for every article, as in many exports: 0, 1, 2 … per article.
  const rows: object[] = [];
  for (let article = 0; article < 120; article++) {
    const articleText = `Article ${article}: the council met on Monday and approved budget ${article}.`;
    for (let n = 0; n < 5; n++) {
      rows.push({ id: n, text: `Comment ${n} on ${article}. Is budget ${article} too large?`, articleText, ...(n > 0 ? { parentId: n - 1 } : {}) });
    }
  }
  rows.push({ id: 'self', text: 'I reply to myself?', parentId: 'self' });
  rows.push({ id: 'orphan', text: 'Replying to a deleted comment.', parentId: 'gone' });
  writeFileSync(join(dir, 'rows.jsonl'), rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
});

afterAll(() => cleanup?.());

describe('pages --resume keys on the real path', () => {
  it('a run started with a relative path and resumed with an absolute one writes every page once', async () => {
    await killMidway(['pages', 'corpus', '-o', 'rel.jsonl', '--jobs', '2', '-q'], dir, 'rel.jsonl', 100);
    const before = lineCount(join(dir, 'rel.jsonl'));
    expect(before).toBeGreaterThanOrEqual(100);
    expect(before).toBeLessThan(PAGES);
    const result = await cli(['pages', join(dir, 'corpus'), '-o', 'rel.jsonl', '--resume', '--jobs', '2'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(new RegExp(`skipped \\(already in output\\): ${before}`));
    const names = parseJsonl(readFileSync(join(dir, 'rel.jsonl'), 'utf8')).map((record) => record.source.split('/').pop());
    expect(names).toHaveLength(PAGES);
    expect(new Set(names).size).toBe(PAGES);
  });

  it('a file named twice in different spellings is one input', async () => {
    const result = await cli(['pages', 'corpus/p0001.txt', './corpus/p0001.txt', join(dir, 'corpus/p0001.txt'), '-q'], { cwd: dir });
    expect(parseJsonl(result.stdout)).toHaveLength(1);
  });
});

describe('comments --resume with repeated ids', () => {
  it('warns about repeated ids, self parents and missing parents', async () => {
    const result = await cli(['comments', 'rows.jsonl', '-o', 'warn.jsonl'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/595 rows of rows\.jsonl reuse an id \(first at line 6\)/);
    expect(result.stderr).toMatch(/1 rows name themselves as parent \(first at line 601\)/);
    expect(result.stderr).toMatch(/1 rows reply to a parentId that no row has \(first at line 602\)/);
  });

  it('after a kill, resuming writes every row exactly once, in row order', async () => {
    const full = readFileSync(join(dir, 'warn.jsonl'), 'utf8');
    await killMidway(['comments', 'rows.jsonl', '-o', 'dup.jsonl', '--jobs', '2', '-q'], dir, 'dup.jsonl', 150);
    const path = join(dir, 'dup.jsonl');
    const before = lineCount(path);
    expect(before).toBeGreaterThan(0);
    truncateSync(path, statSync(path).size - 11); // and a cut last record
    const result = await cli(['comments', 'rows.jsonl', '-o', 'dup.jsonl', '--resume', '--jobs', '2'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(new RegExp(`skipped \\(already in output\\): ${before - 1}`));
    expect(readFileSync(path, 'utf8')).toBe(full);
  });
});

describe('--resume with CSV output', () => {
  it('pages: a killed csv run resumed gives the same rows as an uninterrupted run', async () => {
    const whole = await cli(['pages', 'corpus', '--format', 'csv', '-q'], { cwd: dir });
    await killMidway(['pages', 'corpus', '--format', 'csv', '-o', 'out.csv', '--jobs', '2', '-q'], dir, 'out.csv', 300);
    const path = join(dir, 'out.csv');
    truncateSync(path, statSync(path).size - 23); // cut inside a row
    const result = await cli(['pages', join(dir, 'corpus'), '--format', 'csv', '-o', 'out.csv', '--resume'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/the last record is written again/);
    // Sources are as typed, so the resumed part names absolute paths; compare by file name.
    const rows = (text: string) => text.split('\r\n').map((row) => row.replace(/^[^,]*\/(p\d{4}\.txt)/, '$1'));
    expect(rows(readFileSync(path, 'utf8'))).toEqual(rows(whole.stdout));
  });

  it('comments: csv-long with repeated ids resumes to the uninterrupted output', async () => {
    const whole = await cli(['comments', 'rows.jsonl', '--format', 'csv-long', '-q'], { cwd: dir });
    const path = join(dir, 'rows-long.csv');
    // Keep the header and 40% of the rows, cut in the middle of a row.
    writeFileSync(path, whole.stdout.slice(0, Math.floor(whole.stdout.length * 0.4)));
    const result = await cli(['comments', 'rows.jsonl', '--format', 'csv-long', '-o', 'rows-long.csv', '--resume', '-q'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(whole.stdout);
  });

  it('json output cannot be resumed: a usage error', async () => {
    const result = await cli(['pages', 'corpus', '--format', 'json', '-o', 'x.json', '--resume'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/not json/);
  });
});
