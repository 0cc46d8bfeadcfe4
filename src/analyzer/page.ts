/** Tagging a split page: every comment read against its parent, then the thread, then page offsets. */
import type { AnalyzedComment, AnalyzedPage, PageAnalysis, TargetInput } from '../schema/index.js';
import type { ThreadEntry } from '../tag/define.js';
import { finishTags, linkThread, runTaggers } from '../tag/run.js';
import { LEXICON_VERSION } from '../tag/versions.js';
import { TextView } from '../text/view.js';
import { THREADLENS_VERSION } from '../version.js';
import { targetsFor, type AnalyzerCore } from './core.js';
import type { Deadline } from './deadline.js';

export function tagSplitPage(core: AnalyzerCore, page: PageAnalysis, given: TargetInput[] | undefined, deadline: Deadline): AnalyzedPage {
  // The article is every top-level comment's parent and the source of default targets: one view.
  const article = new TextView(page.body?.text ?? '');
  deadline.check('before finding the article’s targets');
  const targets = targetsFor(core, given, article);
  const views = page.comments.map((comment) => new TextView(comment.text));
  // A reply is read against its parent comment; a top-level comment (or one whose parent is not on
  // the page) against the article.
  const byId = new Map(page.comments.map((comment, i) => [comment.id, i]));
  const entries: ThreadEntry[] = page.comments.map((comment, i) => {
    deadline.check(`before comment ${comment.id}`);
    const parentAt = comment.parentId ? byId.get(comment.parentId) : undefined;
    const parent = parentAt !== undefined ? views[parentAt]! : article;
    // A reply's thread starts at its root comment: the claim the thread argues about.
    const rootAt = parentAt !== undefined ? rootOf(parentAt, page.comments, byId) : undefined;
    const source = rootAt !== undefined ? views[rootAt] : undefined;
    const tags = runTaggers(core.prepared, { view: views[i]!, parent, source, article, targets }, deadline);
    return { id: comment.id, parentId: comment.parentId, view: views[i]!, tags };
  });
  // Answer links need the whole thread, so they come after every comment is tagged.
  deadline.check('before linking the thread');
  linkThread(core.prepared, entries);
  const comments = page.comments.map((comment, i) => {
    const tags = entries[i]!.tags;
    // Rules get their namespace and spans move from the comment onto the page, at one point.
    finishTags(core.prepared, tags, comment.start);
    return { ...comment, ...tags } as AnalyzedComment;
  });
  return { ...page, comments, threadlensVersion: THREADLENS_VERSION, lexiconVersion: LEXICON_VERSION };
}

/** Index of the comment a thread starts from, walking up from `at` by parentId; a parent cycle stops the walk. */
export function rootOf(at: number, comments: readonly { parentId: string | null }[], byId: ReadonlyMap<string, number>): number {
  let root = at;
  const seen = new Set<number>([at]);
  for (let up = parentIndex(root, comments, byId); up !== undefined && !seen.has(up); up = parentIndex(root, comments, byId)) {
    seen.add(up);
    root = up;
  }
  return root;
}

function parentIndex(at: number, comments: readonly { parentId: string | null }[], byId: ReadonlyMap<string, number>): number | undefined {
  const parentId = comments[at]!.parentId;
  return parentId ? byId.get(parentId) : undefined;
}
