/**
 * What the CSV formats and the summary know about tags: nothing of their own. Columns, long rows
 * and counts come from each tagger in the registry, in registry order, so a new tagger shows up in
 * every format without touching this folder.
 */
import type { AnyTagger, LongRow } from '../../tag/define.js';
import { TAGGERS } from '../../tag/registry.js';

type Tagged = Record<string, unknown>;

/** The tag columns of the one-row-per-comment CSV, in order. */
export function tagColumns(taggers: readonly AnyTagger[] = TAGGERS): string[] {
  return taggers.flatMap((tagger) => Object.keys(tagger.columns));
}

/** A comment's tag cells by column; a comment without its tags (a row of a failed input) has none. */
export function tagCells(comment: Tagged, taggers: readonly AnyTagger[] = TAGGERS): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  for (const tagger of taggers) {
    if (!hasFields(comment, tagger)) continue;
    for (const [column, cell] of Object.entries(tagger.columns)) cells[column] = cell(comment);
  }
  return cells;
}

/** A comment's csv-long rows, tagger by tagger. */
export function tagLongRows(comment: Tagged, taggers: readonly AnyTagger[] = TAGGERS): LongRow[] {
  const rows: LongRow[] = [];
  for (const tagger of taggers) if (hasFields(comment, tagger)) for (const row of tagger.longRows(comment)) rows.push(row);
  return rows;
}

/** A comment's counts for the run summary ("insults", "stance deny"…), zeros left out. */
export function tagCounts(comment: Tagged, taggers: readonly AnyTagger[] = TAGGERS): [string, number][] {
  const counts: [string, number][] = [];
  for (const tagger of taggers) if (hasFields(comment, tagger)) for (const [kind, n] of tagger.summary(comment)) if (n > 0) counts.push([kind, n]);
  return counts;
}

function hasFields(comment: Tagged, tagger: AnyTagger): boolean {
  return Object.keys(tagger.fields).every((field) => comment[field] !== undefined);
}
