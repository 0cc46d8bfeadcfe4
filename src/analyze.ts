import type { CommentTags, Finding, PageAnalysis, Segment } from './schema/index.js';
import { splitPage, type SplitOptions } from './split/index.js';
import { tagComment } from './tag/index.js';
import { LEXICON_VERSION } from './tag/versions.js';
import { linkAnswers } from './tag/questions/index.js';
import { findSalientTargets } from './tag/stance/index.js';
import type { TagContext } from './tag/types.js';
import { THREADLENS_VERSION } from './version.js';

export interface AnalyzeOptions extends SplitOptions, Pick<TagContext, 'targets' | 'lexicon' | 'conspiracy' | 'identity'> {}

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
    const { lexicon, conspiracy, identity } = options;
    const tags = tagComment(comment.text, { parent, article, targets, language: comment.language, lexicon, conspiracy, identity });
    return { ...comment, ...shiftTags(tags, comment.start) };
  });
  // Answer links need the whole thread, so they come after every comment is tagged.
  linkAnswers(page.comments);
  return { ...page, threadlensVersion: THREADLENS_VERSION, lexiconVersion: LEXICON_VERSION };
}

/** Moves comment-relative spans onto the page text. */
function shiftTags(tags: CommentTags, offset: number): Omit<CommentTags, 'language'> {
  const shift = <T extends Finding>(finding: T): T => ({
    ...finding,
    start: finding.start + offset,
    end: finding.end + offset,
  });
  const shiftTarget = <T extends Finding & { target: Segment }>(finding: T): T => ({
    ...shift(finding),
    target: { ...finding.target, start: finding.target.start + offset, end: finding.target.end + offset },
  });
  return {
    stance: {
      toParent: { ...tags.stance.toParent, evidence: tags.stance.toParent.evidence.map(shift) },
      targets: tags.stance.targets.map((target) => ({ ...target, evidence: target.evidence.map(shift) })),
    },
    conspiracy: { ...tags.conspiracy, markers: tags.conspiracy.markers.map(shift) },
    slurs: tags.slurs.map(shift),
    insults: tags.insults.map(shift),
    profanity: tags.profanity.map(shift),
    identityAttacks: tags.identityAttacks.map(shiftTarget),
    threats: tags.threats.map(shiftTarget),
    attributes: tags.attributes,
    questions: tags.questions.map(shift),
  };
}
