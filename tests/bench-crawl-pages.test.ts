/** The WARC bench's crawl (scripts/bench/sections/65-warc.ts): distinct tune pages only, the sources mixed in every slice. */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crawlPages } from '../scripts/bench/sections/65-warc.js';
import { partOf } from '../scripts/lib/parts.js';
import { SHARED_DATA } from '../scripts/lib/table.js';

// The crawl is read from ../shared, which a clone without the development data does not have (CI has it, so this never skips there).
const shared = existsSync(`${SHARED_DATA}splits.mjs`);
if (!shared) console.warn(`bench-crawl-pages: skipping: ${SHARED_DATA} (the development data) is not beside this checkout`);
const pages = shared ? crawlPages() : [];
/** The page's source (its URL's host) and its id in that source (file name without extension). */
const sourceOf = (url: string) => {
  const [, host, name] = /^https:\/\/([^/]+)\/(.+)$/u.exec(url)!;
  return { host: host!, id: name!.replace(/\.(html|txt)$/u, '') };
};

describe.skipIf(!shared)('crawlPages', () => {
  it('holds each page once', () => {
    expect(new Set(pages.map((page) => page.url)).size).toBe(pages.length);
  });

  it.each([
    // host, split set (null: a fixture page, whose check pages live under fixtures/check and are never read)
    ['dragnet.example', 'dragnet'],
    ['wcxb.example', 'wcxb'],
    ['fixtures.example', null],
    ['written.example', null],
  ] as const)('%s: present, tune pages only', (host, set) => {
    const ids = pages.map((page) => sourceOf(page.url)).filter((page) => page.host === host).map((page) => page.id);
    expect(ids.length).toBeGreaterThan(50);
    if (set) expect(ids.filter((id) => partOf(set, id) !== 'tune')).toEqual([]);
  });

  it('mixes the sources in the 1x WARC (every tenth page)', () => {
    const hosts = new Set(pages.filter((_, i) => i % 10 === 0).map((page) => sourceOf(page.url).host));
    expect([...hosts].sort()).toEqual(['dragnet.example', 'fixtures.example', 'wcxb.example', 'written.example']);
  });
});
