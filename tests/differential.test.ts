/**
 * The differential, in CI: the working tree's taggers on the split the base build made of each tune
 * fixture page give the tags the base build gave (after the intended renames), comment by comment.
 * The snapshot (tests/differential/base.json) holds offsets and digests only; it is written by
 * `npm run diff -- --write-snapshot`, which runs the base build. A page whose text the splitter now
 * renders differently (an HTML page after a renderer change) is skipped, and at most a quarter may
 * be: past that, the snapshot is stale and must be written again.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../src/analyzer/index.js';
import { SCHEMA_VERSION, type PageAnalysis } from '../src/schema/index.js';
import { splitPage } from '../src/split/index.js';
import { sha1, tagDigest, type Snapshot } from './differential/digest.js';

const ROOT = new URL('../', import.meta.url).pathname;
const snapshot = JSON.parse(readFileSync(new URL('./differential/base.json', import.meta.url), 'utf8')) as Snapshot;
const analyzer = createAnalyzer();

/** The base build's split of a page, rebuilt from offsets into the page's text. */
function baseSplit(text: string, page: Snapshot['pages'][number]): PageAnalysis {
  const segment = (start: number, end: number) => ({ text: text.slice(start, end), start, end });
  return {
    schemaVersion: SCHEMA_VERSION,
    inputType: page.file.endsWith('.txt') ? 'text' : 'html',
    text,
    title: null,
    body: page.body ? { ...segment(...page.body), paragraphs: [] } : null,
    comments: page.comments.map(([start, end, id, parentId, language], index) => ({
      ...segment(start, end),
      id,
      index,
      author: null,
      postedAt: null,
      parentId,
      depth: 0,
      language,
      header: null,
      paragraphs: [],
      replyEvidence: null,
    })),
    boilerplate: [],
    warnings: [],
  };
}

describe(`differential against the base build (${snapshot.base.slice(0, 12)})`, () => {
  it('covers the tune fixture pages', () => {
    expect(snapshot.pages.length).toBeGreaterThanOrEqual(40);
    expect(snapshot.pages.reduce((n, page) => n + page.comments.length, 0)).toBeGreaterThan(500);
  });

  // Ten minutes: a pass over every tune page takes ~9 s on an idle machine and minutes under load.
  it('gives every comment the tags the base build gave it', async () => {
    const differing: string[] = [];
    let skipped = 0;
    for (const page of snapshot.pages) {
      // Yield between pages: one synchronous pass over them all can block the worker past vitest's
      // 60 s RPC limit on a loaded machine ("Timeout calling onTaskUpdate").
      await new Promise((resolve) => setImmediate(resolve));
      const text = splitPage(readFileSync(`${ROOT}${page.file}`)).text;
      if (sha1(text) !== page.text) {
        skipped++;
        continue;
      }
      const tagged = analyzer.tagPage(baseSplit(text, page));
      tagged.comments.forEach((comment, i) => {
        if (tagDigest(comment as unknown as Record<string, unknown>) !== page.tags[i]) differing.push(`${page.file} ${comment.id}`);
      });
    }
    expect(differing).toEqual([]);
    expect(skipped, 'pages whose text changed: write the snapshot again (npm run diff -- --write-snapshot)').toBeLessThanOrEqual(snapshot.pages.length / 4);
  }, 600_000);
});
