/** Page streams (--input jsonl) and --shard: N shards partition the input exactly, however it is read. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseShard, shardOf } from '../src/cli/identity/shard.js';
import { cli, parseJsonl, requireBuild, tempDir, tinyPage } from './cli-helpers.js';

let dir: string;
let cleanup: () => void;
const FILES = 40;
const LINES = 30;

/** SLURM, AWS and Kubernetes variables removed, so the tests see only what they set. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (/^(SLURM_|AWS_BATCH_|JOB_COMPLETION_INDEX)/.test(name)) delete env[name];
  return { ...env, ...extra };
}

beforeAll(() => {
  requireBuild();
  ({ dir, cleanup } = tempDir('shards'));
  mkdirSync(join(dir, 'corpus'));
  for (let i = 0; i < FILES; i++) writeFileSync(join(dir, 'corpus', `f${i}.txt`), tinyPage(i));
  const lines = Array.from({ length: LINES }, (_, i) => {
    if (i === 7) return '{"url": "https://example.org/broken", "html": ';
    if (i === 11) return JSON.stringify({ source: 'no-content' });
    if (i % 3 === 0) return JSON.stringify({ url: `https://example.org/${i}`, html: `<html><body><h1>Post ${i}</h1><p>${tinyPage(i)}</p></body></html>` });
    if (i % 3 === 1) return JSON.stringify({ source: `s${i}`, text: tinyPage(i) });
    return JSON.stringify({ id: i, content: tinyPage(i) });
  });
  writeFileSync(join(dir, 'stream.jsonl'), `${lines.join('\n')}\n`);
});

afterAll(() => cleanup?.());

describe('--input jsonl: a page stream', () => {
  it('reads one page per line from a file, named by source, url or id; a bad line gets an error record', async () => {
    const result = await cli(['pages', 'stream.jsonl', '--input', 'jsonl', '-q'], { cwd: dir });
    expect(result.status).toBe(1);
    const records = parseJsonl(result.stdout);
    expect(records).toHaveLength(LINES);
    expect(records[0]).toMatchObject({ source: 'https://example.org/0', inputType: 'html' });
    expect(records[1]).toMatchObject({ source: 's1', inputType: 'text' });
    expect(records[2]).toMatchObject({ source: '2' });
    expect(records[7]!.error.code).toBe('malformed-row');
    expect(records[7]!.source).toMatch(/stream\.jsonl:8$/);
    expect(records[11]).toMatchObject({ source: 'no-content', error: { code: 'malformed-row' } });
    // A line's page is analysed as that page on its own would be.
    const alone = parseJsonl((await cli(['pages', '-', '-q'], { input: tinyPage(1) })).stdout)[0]!;
    expect({ ...records[1], source: '-' }).toEqual(alone);
  });

  it('reads the same stream from stdin', async () => {
    const fromFile = parseJsonl((await cli(['pages', 'stream.jsonl', '--input', 'jsonl', '-q'], { cwd: dir })).stdout);
    const fromStdin = parseJsonl((await cli(['pages', '-', '--input', 'jsonl', '-q'], { input: readFileSync(join(dir, 'stream.jsonl')) })).stdout);
    const content = (records: Record<string, any>[]) => records.filter((r) => !r.error);
    expect(content(fromStdin)).toEqual(content(fromFile));
  });
});

describe('--shard I/N', () => {
  it('three shards of files and a stream hold every input exactly once between them', async () => {
    // Files and a stream in one run need two runs: --input applies to every input.
    const everything = [
      ...parseJsonl((await cli(['pages', 'corpus', '-q'], { cwd: dir })).stdout),
      ...parseJsonl((await cli(['pages', 'stream.jsonl', '--input', 'jsonl', '-q'], { cwd: dir })).stdout),
    ].map((r) => r.source);
    const shards: string[][] = [];
    for (let i = 0; i < 3; i++) {
      const files = parseJsonl((await cli(['pages', 'corpus', '--shard', `${i}/3`, '-q'], { cwd: dir })).stdout);
      const lines = parseJsonl((await cli(['pages', 'stream.jsonl', '--input', 'jsonl', '--shard', `${i}/3`, '-q'], { cwd: dir })).stdout);
      shards.push([...files, ...lines].map((r) => r.source));
    }
    const union = shards.flat();
    expect(union).toHaveLength(everything.length);
    expect(new Set(union)).toEqual(new Set(everything));
    // A real split, not everything in one shard.
    for (const shard of shards) expect(shard.length).toBeGreaterThan(5);
  });

  it('a shard takes the same inputs however the paths are spelled, and -o {shard} gives it its own file', async () => {
    const relative = await cli(['pages', 'corpus', '--shard', '1/3', '-o', 'rel-{shard}.jsonl', '-q'], { cwd: dir });
    const absolute = await cli(['pages', join(dir, 'corpus'), '--shard', '1/3', '-o', 'abs-{shard}.jsonl', '-q'], { cwd: dir });
    expect([relative.status, absolute.status]).toEqual([0, 0]);
    const names = (file: string) => parseJsonl(readFileSync(join(dir, file), 'utf8')).map((r) => r.source.split('/').pop());
    expect(names('abs-1.jsonl')).toEqual(names('rel-1.jsonl'));
    // Resuming the shard with the other spelling finds nothing left to do.
    const resumed = await cli(['pages', join(dir, 'corpus'), '--shard', '1/3', '-o', 'rel-{shard}.jsonl', '--resume'], { cwd: dir });
    expect(resumed.stderr).toMatch(/^threadlens: 0 pages/);
    expect(resumed.stderr).toMatch(/inputs belong to other shards/);
  });

  it('--shard auto reads SLURM array variables (relative to the first task id)', async () => {
    const byIndex = await cli(['pages', 'corpus', '--shard', '2/4', '-q'], { cwd: dir });
    const env = cleanEnv({ SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_COUNT: '4' });
    const auto = await cli(['pages', 'corpus', '--shard', 'auto', '-q'], { cwd: dir, env });
    expect(auto.status).toBe(0);
    expect(auto.stdout).toBe(byIndex.stdout);
  });

  it.each([
    [['--shard', 'auto'], {}, /needs an array job/],
    [['--shard', 'auto'], { AWS_BATCH_JOB_ARRAY_INDEX: '1' }, /--shards N/],
    [['--shard', '3/3'], {}, /outside 0\.\.2/],
    [['--shard', 'half'], {}, /I\/N/],
    [['-o', 'x-{shard}.jsonl'], {}, /no --shard/],
  ])('%j with %j is a usage error', async (args, env, message) => {
    const result = await cli(['pages', 'corpus', ...args], { cwd: dir, env: cleanEnv(env) });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

describe('parseShard and shardOf', () => {
  it('reads AWS Batch and Kubernetes indexes with the count from --shards', () => {
    expect(parseShard('auto', 5, { AWS_BATCH_JOB_ARRAY_INDEX: '4' })).toEqual({ index: 4, count: 5 });
    expect(parseShard('auto', 3, { JOB_COMPLETION_INDEX: '0' })).toEqual({ index: 0, count: 3 });
    expect(parseShard('auto', null, { SLURM_ARRAY_TASK_ID: '0', SLURM_ARRAY_TASK_COUNT: '2' })).toEqual({ index: 0, count: 2 });
    expect(parseShard('1/2', null, {})).toEqual({ index: 1, count: 2 });
    expect(parseShard(null, null, {})).toBeNull();
  });

  it('spreads keys evenly and stably', () => {
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[shardOf(`/data/page-${i}.html`, 4)]!++;
    for (const n of counts) expect(n).toBeGreaterThan(850);
    // Stable across runs and machines: md5's first 32 bits, not a per-process hash.
    expect(shardOf('https://example.org/a <urn:uuid:1>', 1000)).toBe(shardOf('https://example.org/a <urn:uuid:1>', 1000));
    expect(shardOf('x', 1)).toBe(0);
  });
});
