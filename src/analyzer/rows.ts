/**
 * Tagging comment rows extracted elsewhere (a ConvoKit corpus, a moderation export): each row read
 * against its parent, answer links within each thread.
 */
import { ThreadlensError } from '../errors.js';
import { indexThreads } from '../batch/threads.js';
import { recordVersions } from '../batch/versions.js';
import type { CommentRecord, TargetInput } from '../schema/index.js';
import type { TagInput, ThreadEntry } from '../tag/define.js';
import { finishTags, linkThread, runTaggersOnEach } from '../tag/run.js';
import { TextView } from '../text/view.js';
import { targetsFor, type AnalyzerCore } from './core.js';
import type { Deadline } from './deadline.js';
import { threadRoots } from './roots.js';

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

/**
 * Each row's stance is read against its parent (found by `parentId` among the rows, else
 * `parentText`, else `articleText`), and a reply's also against its thread's source (the root of
 * its `parentId` chain among the rows, else `sourceText`); factual questions are linked to the later rows of the same
 * thread (rows joined by parentId, or sharing an articleText) that answer them. Records come back
 * in row order. Ids may repeat (per-article numbering): a `parentId` names the nearest earlier row
 * with that id (src/batch/threads.ts), and a row naming itself has no parent row. A row without an
 * id or text throws a `malformed-row` ThreadlensError, since there is nothing to key its record on.
 */
export function tagRows(core: AnalyzerCore, rows: Iterable<CommentRow>, given: TargetInput[] | undefined, deadline: Deadline): CommentRecord[] {
  const list = Array.from(rows, checkRow);
  const views = list.map((row) => new TextView(row.text));
  const { threads, parentOf } = indexThreads(list);
  const roots = threadRoots(parentOf);
  const inputs: TagInput[] = list.map((row, i) => {
    deadline.check(`before reading row ${i}`);
    const article = typeof row.articleText === 'string' ? core.views.of(row.articleText) : undefined;
    const byId = parentOf[i]! >= 0 ? parentOf[i] : undefined;
    const parent = typeof row.parentText === 'string' ? core.views.of(row.parentText) : byId !== undefined ? views[byId] : article;
    const targets = targetsFor(core, row.targets ?? given, article);
    // A reply's source is the root of its parentId chain among the rows, else the row's sourceText.
    const rootAt = byId !== undefined ? roots[byId] : undefined;
    const source = rootAt !== undefined ? views[rootAt] : typeof row.sourceText === 'string' && row.sourceText !== '' ? core.views.of(row.sourceText) : undefined;
    return { view: views[i]!, parent, source, article, targets };
  });
  // One tagger at a time over all the rows, as on a page (src/tag/run.ts).
  const tagged = runTaggersOnEach(core.prepared, inputs, deadline, list.map((_, i) => `row ${i}`));
  const entries: ThreadEntry[] = list.map((row, i) => {
    const named = row.parentId === undefined || row.parentId === null ? null : String(row.parentId);
    const parentId = named === String(row.id) ? null : named; // a row cannot reply to itself
    return { id: String(row.id), parentId, view: views[i]!, tags: tagged[i]! };
  });
  // Thread steps read the parent the index linked, which may be a later row.
  entries.forEach((entry, i) => (entry.parent = parentOf[i]! >= 0 ? entries[parentOf[i]!]! : null));
  // Answers can come after the question, so links are made once every row is tagged, per thread.
  deadline.check('before linking threads');
  for (const thread of threads) linkThread(core.prepared, thread.map((i) => entries[i]!));
  const versions = recordVersions();
  return entries.map((entry) => {
    finishTags(core.prepared, entry.tags, 0);
    return { id: entry.id, ...entry.tags, language: entry.view.language, ...versions } as CommentRecord;
  });
}

function checkRow(row: CommentRow, index: number): CommentRow {
  if (!row || typeof row !== 'object') throw new ThreadlensError('malformed-row', `row ${index}: not an object`);
  if (typeof row.id !== 'string' && typeof row.id !== 'number') {
    throw new ThreadlensError('malformed-row', `row ${index}: "id" must be a string or a number`);
  }
  if (typeof row.text !== 'string') throw new ThreadlensError('malformed-row', `row ${index}: "text" must be a string`);
  return row;
}

