/**
 * The differential snapshot (tests/differential/base.json): for each tune fixture page, the split
 * the base build made (offsets only, never text) and a digest of each comment's tags, so the
 * working tree's taggers can be run on exactly the same split and compared without ../shared.
 */
import { createHash } from 'node:crypto';
import { TAGGERS } from '../../src/tag/registry.js';

/** Every tag field, from the registry, so a new tagger's output is compared too. */
export const TAG_FIELDS = TAGGERS.flatMap((tagger) => Object.keys(tagger.fields));

export interface SnapshotPage {
  file: string;
  /** sha1 of the page's `text`: the split below indexes it. */
  text: string;
  body: [number, number] | null;
  /** [start, end, id, parentId, language] per comment. */
  comments: [number, number, string, string | null, string][];
  /** Digest of each comment's tag fields, in comment order. */
  tags: string[];
}

export interface Snapshot {
  base: string;
  note: string;
  pages: SnapshotPage[];
}

export function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** JSON with object keys sorted and finding `source`s left out (checked by tests/rule-ids.test.ts). */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) {
    if (key === 'source' && typeof record.rule === 'string') continue;
    out[key] = canonical(record[key]);
  }
  return out;
}

export function tagDigest(comment: Record<string, unknown>): string {
  return sha1(JSON.stringify(TAG_FIELDS.map((field) => canonical(comment[field]))));
}
