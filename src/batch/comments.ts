import { ThreadlensError } from '../errors.js';
import type { CommentRecord } from '../schema/index.js';
import type { CommentTags } from '../schema/index.js';
import { tagComment } from '../tag/index.js';
import type { LexiconOptions } from '../tag/lexicon/options.js';
import { linkAnswers } from '../tag/questions/index.js';
import { findSalientTargets } from '../tag/stance/index.js';
import type { TargetInput } from '../tag/types.js';
import { threadsOf } from './threads.js';
import { recordVersions, type RecordVersions } from './versions.js';

/** A comment extracted elsewhere, e.g. a ConvoKit utterance or a row of a moderation export. */
export interface CommentRow {
  id: string | number;
  text: string;
  /** Id of another row in the same input that this one replies to. */
  parentId?: string | number | null;
  /** The parent's text, when the parent is not among the rows. */
  parentText?: string | null;
  /** The thread's source (its root post), when the root is not among the rows; gives `stance.toSource`. */
  sourceText?: string | null;
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
 * of the same thread (rows joined by parentId, or sharing an articleText) that answer them. Records come back in row order. A row without an id or text throws a
 * `malformed-row` ThreadlensError, since there is nothing to key its record on.
 */
export function tagComments(rows: Iterable<CommentRow>, options: TagCommentsOptions = {}): CommentRecord[] {
  const list = Array.from(rows, checkRow);
  const textById = new Map<string, string>();
  const parentById = new Map<string, string | null>();
  for (const row of list) {
    if (textById.has(String(row.id))) continue;
    textById.set(String(row.id), row.text);
    parentById.set(String(row.id), row.parentId === undefined || row.parentId === null ? null : String(row.parentId));
  }
  const salient = new Map<string, TargetInput[]>();
  const tagged = list.map((row) => {
    const parentId = row.parentId === undefined || row.parentId === null ? null : String(row.parentId);
    const article = row.articleText ?? undefined;
    const parent = row.parentText ?? (parentId !== null ? textById.get(parentId) : undefined) ?? article;
    const targets = row.targets ?? options.targets ?? targetsOf(article, salient);
    // A reply's source is the root of its parentId chain among the rows, else the row's sourceText.
    const root = parentId !== null ? rootId(parentId, parentById) : null;
    const source = (root !== null ? textById.get(root) : undefined) ?? row.sourceText ?? undefined;
    const tags = tagComment(row.text, { parent, source, article, targets, lexicon: options.lexicon });
    return { id: String(row.id), text: row.text, parentId, tags };
  });
  // Answers can come after the question, so links are made once every row is tagged, per thread.
  const linked = tagged.map((entry) => ({ id: entry.id, text: entry.text, parentId: entry.parentId, questions: entry.tags.questions }));
  for (const thread of threadsOf(list)) linkAnswers(thread.map((i) => linked[i]!));
  const versions = recordVersions();
  return tagged.map(({ id, tags }, i) => ({ id, ...tags, questions: linked[i]!.questions, ...versions }));
}

/** The first id of a parentId chain among the rows that has no parent there; a cycle stops the walk. */
function rootId(start: string, parentById: Map<string, string | null>): string | null {
  if (!parentById.has(start)) return null;
  let id = start;
  const seen = new Set<string>([id]);
  for (let next = parentById.get(id); next != null && parentById.has(next) && !seen.has(next); next = parentById.get(id)) {
    seen.add(next);
    id = next;
  }
  return id;
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
