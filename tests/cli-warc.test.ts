/** WARC input: HTML responses only, identity by URI and record id, charset from HTTP, bad records reported. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWarc, warcRecordBytes, type WarcPage } from '../scripts/lib/warc-build.js';
import { cli, parseJsonl, requireBuild, tempDir, tinyPage } from './cli-helpers.js';

let dir: string;
let cleanup: () => void;

const html = (i: number) => `<html><head><title>Post ${i}</title></head><body><article><h1>Post ${i}</h1><p>The council voted on budget ${i} on Tuesday after a long debate about the plan.</p></article><section class="comments"><div class="comment"><span class="author">Anna</span><p>Why did they vote for budget ${i}?</p></div></section></body></html>`;
const PAGES: WarcPage[] = Array.from({ length: 12 }, (_, i) => ({ url: `https://news.example/${i}`, body: html(i) }));

beforeAll(async () => {
  requireBuild();
  ({ dir, cleanup } = tempDir('warc'));
  mkdirSync(join(dir, 'crawl'));
  const parts = [await buildWarc(PAGES.slice(0, 6), { withRequests: true })];
  parts.push(Buffer.from(await warcRecordBytes({ url: 'https://news.example/logo.png', body: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), contentType: 'image/png' })));
  parts.push(Buffer.from(await warcRecordBytes({ url: 'https://news.example/meta', body: 'via: test' }, { type: 'metadata' })));
  // The same URL captured twice: two records, told apart by their record ids.
  parts.push(await buildWarc([PAGES[0]!]));
  writeFileSync(join(dir, 'crawl', 'a.warc.gz'), Buffer.concat(parts));
  writeFileSync(join(dir, 'crawl', 'b.warc'), await buildWarc(PAGES.slice(6), { gzip: false }));
  writeFileSync(join(dir, 'crawl', 'notes.txt'), tinyPage(1));
});

afterAll(() => cleanup?.());

describe('threadlens pages on WARC files', () => {
  it('reads every HTML response of .warc.gz and .warc files in a folder, skipping other records', async () => {
    const result = await cli(['pages', 'crawl'], { cwd: dir });
    expect(result.status).toBe(0);
    const records = parseJsonl(result.stdout);
    const sources = records.map((r) => r.source);
    expect(sources).toEqual([...PAGES.slice(0, 6).map((p) => p.url), PAGES[0]!.url, ...PAGES.slice(6).map((p) => p.url), 'crawl/notes.txt']);
    expect(result.stderr).toMatch(/WARC records that are not HTML responses, skipped: 8/); // 6 requests, an image, a metadata record
    const warc = records.filter((r) => r.source.startsWith('https:'));
    for (const record of warc) {
      // Identity fields come right after source, where --resume reads them.
      expect(Object.keys(record).slice(0, 3)).toEqual(['source', 'warcRecordId', 'warcDate']);
      expect(record.warcRecordId).toMatch(/^<urn:uuid:/);
      expect(record.inputType).toBe('html');
      expect(record.title.text).toMatch(/^Post \d+$/);
    }
    expect(new Set(warc.map((r) => r.warcRecordId)).size).toBe(warc.length);
  });

  it('decodes with the HTTP charset when the page declares none', async () => {
    // "Привет" in windows-1251: without the header these bytes would be read as windows-1252.
    const privet = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]);
    const body = Buffer.concat([Buffer.from('<html><body><h1>'), privet, Buffer.from(' news</h1><p>'), privet, Buffer.from(', the mayor said on Monday.</p></body></html>')]);
    writeFileSync(join(dir, 'cp1251.warc.gz'), await buildWarc([{ url: 'https://ru.example/', body, contentType: 'text/html; charset=windows-1251' }]));
    const [record] = parseJsonl((await cli(['pages', 'cp1251.warc.gz', '-q'], { cwd: dir })).stdout);
    expect(record!.title.text).toBe('Привет news');
  });

  it('a corrupt record and a truncated end get corrupt-record errors; the records around them are read', async () => {
    const members = await Promise.all(PAGES.slice(0, 5).map((page) => warcRecordBytes(page)));
    const whole = Buffer.concat(members);
    const corrupt = Buffer.from(whole);
    const second = members[0]!.length;
    for (let k = 30; k < 60; k++) corrupt[second + k]! ^= 0xff; // inside the second record's compressed data
    writeFileSync(join(dir, 'bad.warc.gz'), corrupt.subarray(0, corrupt.length - 40)); // and the last one cut short
    const result = await cli(['pages', 'bad.warc.gz'], { cwd: dir });
    expect(result.status).toBe(1);
    const records = parseJsonl(result.stdout);
    expect(records.map((r) => r.error?.code ?? r.source)).toEqual([PAGES[0]!.url, 'corrupt-record', PAGES[2]!.url, PAGES[3]!.url, 'corrupt-record']);
    expect(records[1]!.source).toMatch(new RegExp(`bad\\.warc\\.gz#offset=${second}$`));
    expect(records[4]!.error.message).toMatch(/truncated/);
  });

  it('writes the same bytes with --jobs 1 and --jobs 2, one record per input, error records included', async () => {
    const members = await Promise.all(PAGES.map((page) => warcRecordBytes(page)));
    const damaged = Buffer.concat(members);
    const third = members[0]!.length + members[1]!.length;
    for (let k = 30; k < 60; k++) damaged[third + k]! ^= 0xff; // the third record is unreadable
    writeFileSync(join(dir, 'order.warc.gz'), damaged);
    const one = await cli(['pages', 'order.warc.gz', '--jobs', '1', '-q'], { cwd: dir });
    const two = await cli(['pages', 'order.warc.gz', '--jobs', '2', '-q'], { cwd: dir });
    expect(two.stdout).toBe(one.stdout);
    const records = parseJsonl(one.stdout);
    expect(records.map((r) => r.error?.code ?? r.source)).toEqual(PAGES.map((p, i) => (i === 2 ? 'corrupt-record' : p.url)));
  });

  it('a record over --max-bytes is an input-too-large record named by URI, also when its gzip member is too large to inflate whole', async () => {
    const over = (size: number) => `<html><body><p>${'The council met again. '.repeat(size / 23)}</p></body></html>`;
    // 100 KB is over the limit; 400 KB is also over the four times the limit a member is inflated to whole.
    const members = [await warcRecordBytes({ url: 'https://news.example/long', body: over(100_000) }), await warcRecordBytes({ url: 'https://news.example/huge', body: over(400_000) })];
    writeFileSync(join(dir, 'big.warc.gz'), Buffer.concat([...members, await warcRecordBytes(PAGES[1]!)]));
    const records = parseJsonl((await cli(['pages', 'big.warc.gz', '--max-bytes', '1000', '-q'], { cwd: dir })).stdout);
    expect(records.map((r) => [r.source, r.error?.code ?? 'ok'])).toEqual([
      ['https://news.example/long', 'input-too-large'],
      ['https://news.example/huge', 'input-too-large'],
      [PAGES[1]!.url, 'ok'],
    ]);
  });

  it.each([
    ['small enough to inflate whole', 0],
    ['too large to inflate whole (a 300 KB image inside)', 300_000],
  ])('reads a .warc.gz gzipped as one stream, not per record: %s', async (_, imageBytes) => {
    const image = { url: 'https://news.example/photo.png', body: new Uint8Array(imageBytes), contentType: 'image/png' };
    const plain = await buildWarc([PAGES[0]!, image, PAGES[1]!, PAGES[2]!], { gzip: false });
    writeFileSync(join(dir, 'whole.warc.gz'), gzipSync(plain));
    const records = parseJsonl((await cli(['pages', 'whole.warc.gz', '--max-bytes', '1000', '-q'], { cwd: dir })).stdout);
    expect(records.map((r) => [r.source, r.error?.code ?? 'ok'])).toEqual(PAGES.slice(0, 3).map((p) => [p.url, 'ok']));
  });

  it('--input warc reads a WARC from stdin', async () => {
    const result = await cli(['pages', '-', '--input', 'warc', '-q'], { input: readFileSync(join(dir, 'crawl', 'b.warc')) });
    expect(parseJsonl(result.stdout).map((r) => r.source)).toEqual(PAGES.slice(6).map((p) => p.url));
  });

  it('--input warc: a stream that ends inside a record ends with a corrupt-record error, not a hang', async () => {
    const cut = Buffer.from('WARC/1.1\r\nWARC-Type: metadata\r\nContent-Length: 99999\r\n\r\nshort');
    const result = await cli(['pages', '-', '--input', 'warc', '-q'], { input: Buffer.concat([readFileSync(join(dir, 'crawl', 'b.warc')), cut]) });
    const records = parseJsonl(result.stdout);
    expect(records.map((r) => r.error?.code ?? r.source)).toEqual([...PAGES.slice(6).map((p) => p.url), 'corrupt-record']);
    expect(records.at(-1)!.error.message).toMatch(/truncated/);
  }, 20_000);

  it('--resume tells two captures of one URL apart by record id', async () => {
    const full = (await cli(['pages', 'crawl/a.warc.gz', '-q'], { cwd: dir })).stdout;
    const lines = full.split('\n');
    // Everything but the second capture of page 0, and half of its line.
    writeFileSync(join(dir, 'resumed.jsonl'), `${lines.slice(0, 6).join('\n')}\n${lines[6]!.slice(0, 50)}`);
    const result = await cli(['pages', join(dir, 'crawl/a.warc.gz'), '-o', 'resumed.jsonl', '--resume'], { cwd: dir });
    expect(result.stderr).toMatch(/skipped \(already in output\): 6/);
    expect(readFileSync(join(dir, 'resumed.jsonl'), 'utf8')).toBe(full);
  });

  it('--resume on WARC input with CSV output is a usage error', async () => {
    const result = await cli(['pages', 'crawl', '--format', 'csv', '-o', 'x.csv', '--resume'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--resume on WARC input needs --format jsonl/);
  });

  it('shards split the records of one WARC file, each exactly once', async () => {
    const all: string[] = [];
    for (let i = 0; i < 3; i++) {
      const records = parseJsonl((await cli(['pages', 'crawl/a.warc.gz', '--shard', `${i}/3`, '-q'], { cwd: dir })).stdout);
      all.push(...records.map((r) => r.warcRecordId));
    }
    expect(all).toHaveLength(7);
    expect(new Set(all).size).toBe(7);
  });
});

describe('warcio, an optional peer dependency', () => {
  it('is a typed missing-dependency error that says how to install it when absent', async () => {
    const absent = Object.assign(new Error("Cannot find package 'warcio' imported from /x/dist/cli.js"), { code: 'ERR_MODULE_NOT_FOUND' });
    const { loadWarcio } = await import('../src/cli/sources/warc.js');
    await expect(loadWarcio(() => Promise.reject(absent))).rejects.toMatchObject({ name: 'ThreadlensError', code: 'missing-dependency', message: expect.stringContaining('npm install warcio') });
    // Any other failure is not dressed up as a missing package.
    const other = Object.assign(new Error("Cannot find package 'zod'"), { code: 'ERR_MODULE_NOT_FOUND' });
    await expect(loadWarcio(() => Promise.reject(other))).rejects.toBe(other);
    expect(typeof (await loadWarcio()).WARCParser).toBe('function');
  });
});
