/** Tagging a split page: every comment read against its parent, then the thread, then page offsets. */
import type { AnalyzedComment, AnalyzedPage, PageAnalysis, TargetInput } from '../schema/index.js';
import type { TagInput, ThreadEntry } from '../tag/define.js';
import { finishTags, linkThread, runTaggersOnEach } from '../tag/run.js';
import { LEXICON_VERSION } from '../tag/versions.js';
import { TextView } from '../text/view.js';
import { THREADLENS_VERSION } from '../version.js';
import { targetsFor, type AnalyzerCore } from './core.js';
import type { Deadline } from './deadline.js';
import { parentIndexes, threadRoots } from './roots.js';

/**
 * `splitHere`: the page comes straight from splitPage, so each comment's language is
 * detectLanguage of its text and its view need not guess again. A page given to tagPage may carry
 * languages of the caller's own, which the taggers do not read.
 */
export function tagSplitPage(core: AnalyzerCore, page: PageAnalysis, given: TargetInput[] | undefined, deadline: Deadline, splitHere = false): AnalyzedPage {
  // The article is every top-level comment's parent and the source of default targets: one view.
  const article = new TextView(page.body?.text ?? '');
  deadline.check('before finding the article’s targets');
  const targets = targetsFor(core, given, article);
  const views = page.comments.map((comment) => new TextView(comment.text, splitHere ? comment.language : undefined));
  // A reply is read against its parent comment; a top-level comment (or one whose parent is not on
  // the page) against the article.
  const byId = new Map(page.comments.map((comment, i) => [comment.id, i]));
  const roots = threadRoots(parentIndexes(page.comments, byId));
  const inputs: TagInput[] = page.comments.map((comment, i) => {
    const parentAt = comment.parentId ? byId.get(comment.parentId) : undefined;
    const parent = parentAt !== undefined ? views[parentAt]! : article;
    // A reply's thread starts at its root comment: the claim the thread argues about.
    const rootAt = parentAt !== undefined ? roots[parentAt] : undefined;
    const source = rootAt !== undefined ? views[rootAt] : undefined;
    return { view: views[i]!, parent, source, article, targets };
  });
  deadline.check('before tagging the comments');
  const names = page.comments.map((comment) => `comment ${comment.id}`);
  const tagged = runTaggersOnEach(core.prepared, inputs, deadline, names);
  const entries: ThreadEntry[] = page.comments.map((comment, i) => ({ id: comment.id, parentId: comment.parentId, view: views[i]!, tags: tagged[i]! }));
  // Thread steps read the same parent the taggers did.
  page.comments.forEach((comment, i) => {
    const parentAt = comment.parentId ? byId.get(comment.parentId) : undefined;
    entries[i]!.parent = parentAt !== undefined ? entries[parentAt]! : null;
  });
  // Answer links need the whole thread, so they come after every comment is tagged.
  deadline.check('before linking the thread');
  linkThread(core.prepared, entries);
  deadline.check('before finishing the tags');
  const comments = page.comments.map((comment, i) => {
    // Checked every 256 comments: finishing is cheap per comment, but a page of 50,000 adds up.
    if (i % 256 === 255) deadline.check('finishing the tags', names[i]);
    const tags = entries[i]!.tags;
    // Rules get their namespace and spans move from the comment onto the page, at one point.
    finishTags(core.prepared, tags, comment.start);
    // Object.assign, not a spread: comment objects come in many shapes (text and HTML splitters,
    // null or present fields), and V8's spread over many shapes took ~10 µs per comment, assign ~0.4.
    return Object.assign({}, comment, tags) as AnalyzedComment;
  });
  return { ...page, comments, threadlensVersion: THREADLENS_VERSION, lexiconVersion: LEXICON_VERSION };
}
