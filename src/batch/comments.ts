import { ThreadlensError } from '../errors.js';
import type { CommentRecord } from '../schema/index.js';
import type { CommentTags } from '../schema/index.js';
import { tagComment } from '../tag/index.js';
import type { LexiconOptions } from '../tag/lexicon/options.js';
import { linkAnswers } from '../tag/questions/index.js';
import { findSalientTargets } from '../tag/stance/index.js';
import type { TargetInput } from '../tag/types.js';
import { indexThreads } from './threads.js';
import { recordVersions, type RecordVersions } from './versions.js';

/** A comment extracted elsewhere, e.g. a ConvoKit utterance or a row of a moderation export. */
export interface CommentRow {
  id: string | number;
  text: string;
  /** Id of another row in the same input that this one replies to. */
  parentId?: string | number | null;
  /** The parent's text, when the parent is not among the rows. */
  parentText?: string | null;
  articleText?: string | null;
  targets?: TargetInput[] | null;
}

export interface TagCommentsOptions {
  /** Stance targets for rows that name none; otherwise the salient actors of each row's article. */
  targets?: TargetInput[];
  lexicon?: LexiconOptions;
}

/** One tagged row (the zod `CommentRecord`); spans index the row's own `text`. */
export type { CommentRecord };

/**
 * Tags a thread dataset. Each row's stance is read against its parent (found by `parentId` among
 * the rows, else `parentText`, else `articleText`); factual questions are linked to the later rows
 * of the same thread (rows joined by parentId, or sharing an articleText) that answer them.
 * Records come back in row order. Ids may repeat (per-article numbering): a `parentId` names the
 * nearest earlier row with that id (see threads.ts), and a row naming itself has no parent row.
 * A row without an id or text throws a `malformed-row` ThreadlensError, since there is nothing
 * to key its record on.
 */
export function tagComments(rows: Iterable<CommentRow>, options: TagCommentsOptions = {}): CommentRecord[] {
  const list = Array.from(rows, checkRow);
  const { threads, parentOf } = indexThreads(list);
  const salient = new Map<string, TargetInput[]>();
  const tagged = list.map((row, i) => {
    const named = row.parentId === undefined || row.parentId === null ? null : String(row.parentId);
    const parentId = named === String(row.id) ? null : named; // a row cannot reply to itself
    const article = row.articleText ?? undefined;
    const parentRow = parentOf[i]! >= 0 ? list[parentOf[i]!]!.text : undefined;
    const parent = row.parentText ?? parentRow ?? article;
    const targets = row.targets ?? options.targets ?? targetsOf(article, salient);
    const tags = tagComment(row.text, { parent, article, targets, lexicon: options.lexicon });
    return { id: String(row.id), text: row.text, parentId, tags };
  });
  // Answers can come after the question, so links are made once every row is tagged, per thread.
  const linked = tagged.map((entry) => ({ id: entry.id, text: entry.text, parentId: entry.parentId, questions: entry.tags.questions }));
  for (const thread of threads) linkAnswers(thread.map((i) => linked[i]!));
  const versions = recordVersions();
  return tagged.map(({ id, tags }, i) => ({ id, ...tags, questions: linked[i]!.questions, ...versions }));
}

/** An article's salient actors are found once per article, not once per row. */
function targetsOf(article: string | undefined, cache: Map<string, TargetInput[]>): TargetInput[] {
  if (!article) return [];
  let targets = cache.get(article);
  if (!targets) {
    targets = findSalientTargets(article);
    cache.set(article, targets);
  }
  return targets;
}

function checkRow(row: CommentRow, index: number): CommentRow {
  if (!row || typeof row !== 'object') throw new ThreadlensError('malformed-row', `row ${index}: not an object`);
  if (typeof row.id !== 'string' && typeof row.id !== 'number') {
    throw new ThreadlensError('malformed-row', `row ${index}: "id" must be a string or a number`);
  }
  if (typeof row.text !== 'string') throw new ThreadlensError('malformed-row', `row ${index}: "text" must be a string`);
  return row;
}
