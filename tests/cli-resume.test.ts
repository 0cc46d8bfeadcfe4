import { mkdirSync, readFileSync, statSync, truncateSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, killMidway, lineCount, parseJsonl, requireBuild, tempDir, tinyPage } from './cli-helpers.js';

const PAGES = 2000;
let dir: string;
let cleanup: () => void;

beforeAll(() => {
  requireBuild();
  ({ dir, cleanup } = tempDir('resume'));
  // Two levels of folders so the walk order is exercised too.
  for (let i = 0; i < PAGES; i++) {
    const folder = join(dir, 'corpus', `batch-${Math.floor(i / 500)}`);
    if (i % 500 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `page-${String(i).padStart(4, '0')}.txt`), tinyPage(i));
  }
});

afterAll(() => cleanup?.());

describe('--resume after SIGKILL', () => {
  it('finishes a 2,000-page run with every input exactly once and no corrupt line', async () => {
    await killMidway(['pages', 'corpus', '-o', 'out.jsonl', '--jobs', '2', '-q'], dir, 'out.jsonl', 300);
    const path = join(dir, 'out.jsonl');
    const before = lineCount(path);
    expect(before).toBeGreaterThanOrEqual(300);
    expect(before).toBeLessThan(PAGES); // it really was interrupted
    // Whatever the kill left, force the worst case too: a last record cut in the middle.
    const size = statSync(path).size;
    truncateSync(path, size - 37);
    const result = await cli(['pages', 'corpus', '-o', 'out.jsonl', '--resume', '--jobs', '2'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/repaired out\.jsonl/);
    expect(result.stderr).toMatch(/skipped \(already in output\): \d+/);
    const records = parseJsonl(readFileSync(path, 'utf8'));
    const sources = records.map((record) => record.source);
    expect(sources).toHaveLength(PAGES);
    expect(new Set(sources).size).toBe(PAGES);
    // The resumed part continues in input order after the part written before the kill.
    expect([...sources].sort()).toEqual(sources);
    for (const record of records) {
      expect(record.error).toBeUndefined();
      expect(typeof record.text).toBe('string');
    }
  });

  it('is a no-op on a complete file, and a partial first line is cut too', async () => {
    const path = join(dir, 'again.jsonl');
    writeFileSync(path, '{"source":"corpus/batch-0/page-0000.txt","schemaVer');
    const first = await cli(['pages', 'corpus/batch-0', '-o', 'again.jsonl', '--resume', '-q'], { cwd: dir });
    expect(first.status).toBe(0);
    expect(parseJsonl(readFileSync(path, 'utf8'))).toHaveLength(500);
    const second = await cli(['pages', 'corpus/batch-0', '-o', 'again.jsonl', '--resume'], { cwd: dir });
    expect(second.stderr).toMatch(/0 pages.*\n.*skipped \(already in output\): 500/);
    expect(parseJsonl(readFileSync(path, 'utf8'))).toHaveLength(500);
  });

  it('resumes comment datasets by id', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => JSON.stringify({ id: `r${i}`, text: `Row ${i}: is this true?` }));
    writeFileSync(join(dir, 'rows.jsonl'), `${rows.join('\n')}\n`);
    const full = parseJsonl((await cli(['comments', 'rows.jsonl', '-q'], { cwd: dir })).stdout);
    const head = full.slice(0, 20).map((record) => JSON.stringify(record)).join('\n');
    writeFileSync(join(dir, 'rows-out.jsonl'), `${head}\n${JSON.stringify(full[20]).slice(0, 15)}`);
    const result = await cli(['comments', 'rows.jsonl', '-o', 'rows-out.jsonl', '--resume', '-q'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(parseJsonl(readFileSync(join(dir, 'rows-out.jsonl'), 'utf8'))).toEqual(full);
  });

  it('keeps appending after lines that are not records, and says so', async () => {
    appendFileSync(join(dir, 'again.jsonl'), 'not json\n');
    const result = await cli(['pages', 'corpus/batch-0', '-o', 'again.jsonl', '--resume'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/1 lines of again\.jsonl are not threadlens records/);
  });
});
