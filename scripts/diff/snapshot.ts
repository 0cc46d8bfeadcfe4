/**
 * `npm run diff -- --write-snapshot`: writes tests/differential/base.json from the base build's
 * analyzePage on every tune fixture page (after the intended renames), for the differential test
 * that CI runs without ../shared.
 */
import { writeFileSync } from 'node:fs';
import { sha1, tagDigest, type Snapshot } from '../../tests/differential/digest.js';
import { asJson } from './compare.js';
import type { CaseSet, PageCase } from './inputs.js';
import { renamePage } from './renames.js';

const OUT = new URL('../../tests/differential/base.json', import.meta.url).pathname;

export function writeSnapshot(commit: string, base: Record<string, any>, fixtures: CaseSet<PageCase>): number {
  const pages = fixtures.cases
    .filter((page) => page.part === 'tune')
    .map((page) => {
      const result = renamePage(asJson(base.analyzePage(page.bytes))) as unknown as {
        text: string;
        body: { start: number; end: number } | null;
        comments: (Record<string, unknown> & { start: number; end: number; id: string; parentId: string | null; language: string })[];
      };
      return {
        file: page.id,
        text: sha1(result.text),
        body: result.body ? ([result.body.start, result.body.end] as [number, number]) : null,
        comments: result.comments.map((c) => [c.start, c.end, c.id, c.parentId, c.language] as [number, number, string, string | null, string]),
        tags: result.comments.map(tagDigest),
      };
    });
  const snapshot: Snapshot = {
    base: commit,
    note: 'Written by `npm run diff -- --write-snapshot` from the base build; offsets and digests only. See tests/differential.test.ts.',
    pages,
  };
  writeFileSync(OUT, `${JSON.stringify(snapshot)}\n`);
  return pages.length;
}
