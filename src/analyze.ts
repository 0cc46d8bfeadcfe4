import type { CommentTags, Finding, PageAnalysis } from './schema/index.js';
import { splitPage, type SplitOptions } from './split/index.js';
import { tagComment } from './tag/index.js';
import { LEXICON_VERSION } from './tag/versions.js';
import { linkAnswers } from './tag/questions/index.js';
import { findSalientTargets } from './tag/stance/index.js';
import type { TagContext } from './tag/types.js';
import { THREADLENS_VERSION } from './version.js';

export interface AnalyzeOptions extends SplitOptions, Pick<TagContext, 'targets' | 'lexicon' | 'conspiracy'> {}

/** Splits a page and tags every comment; all spans index the result's `text`. */
export function analyzePage(input: string | Uint8Array, options: AnalyzeOptions = {}): PageAnalysis {
  // Segments first: every tag hangs off a comment.
  const page = splitPage(input, options);
  const article = page.body?.text ?? '';
  // Default targets are found once per page, not once per comment.
  const targets = options.targets ?? findSalientTargets(article);
  const byId = new Map(page.comments.map((comment) => [comment.id, comment]));
  page.comments = page.comments.map((comment) => {
    // A reply's stance is toward its parent; a top-level comment's is toward the article.
    const parent = comment.parentId ? byId.get(comment.parentId)?.text : article;
    // A reply's thread starts at its root comment: the claim the thread argues about.
    const source = comment.parentId ? rootOf(comment, byId).text : undefined;
    const { lexicon, conspiracy } = options;
    const tags = tagComment(comment.text, { parent, source, article, targets, language: comment.language, lexicon, conspiracy });
    return { ...comment, ...shiftTags(tags, comment.start) };
  });
  // Answer links need the whole thread, so they come after every comment is tagged.
  linkAnswers(page.comments);
  return { ...page, threadlensVersion: THREADLENS_VERSION, lexiconVersion: LEXICON_VERSION };
}

/** The top-level comment a comment's thread starts from (itself when top-level); a parent cycle stops the walk. */
function rootOf<T extends { id: string; parentId: string | null }>(comment: T, byId: Map<string, T>): T {
  let root = comment;
  const seen = new Set<string>([comment.id]);
  for (let parent = comment.parentId ? byId.get(comment.parentId) : undefined; parent && !seen.has(parent.id); parent = parent.parentId ? byId.get(parent.parentId) : undefined) {
    seen.add(parent.id);
    root = parent;
  }
  return root;
}

/** Moves comment-relative spans onto the page text. */
function shiftTags(tags: CommentTags, offset: number): Omit<CommentTags, 'language'> {
  const shift = <T extends Finding>(finding: T): T => ({
    ...finding,
    start: finding.start + offset,
    end: finding.end + offset,
  });
  return {
    stance: {
      toParent: { ...tags.stance.toParent, evidence: tags.stance.toParent.evidence.map(shift) },
      ...(tags.stance.toSource ? { toSource: { ...tags.stance.toSource, evidence: tags.stance.toSource.evidence.map(shift) } } : {}),
      targets: tags.stance.targets.map((target) => ({ ...target, evidence: target.evidence.map(shift) })),
    },
    conspiracy: { ...tags.conspiracy, markers: tags.conspiracy.markers.map(shift) },
    slurs: tags.slurs.map(shift),
    insults: tags.insults.map(shift),
    profanity: tags.profanity.map(shift),
    questions: tags.questions.map(shift),
  };
}
