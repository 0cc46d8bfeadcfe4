/**
 * Stance read from the thread's shape, once every comment has its own reading. A reply with no
 * stance of its own, answering a reply that disputed its parent, carries the dispute on: whoever
 * answers a rebuttal without agreeing, asking or conceding is mostly rebutting it back (the first
 * writer defending the point, or a third taking their side). On the tune fixture threads 12 of 18
 * such replies were denials (class prior 0.30). A denial of the article is not a dispute between
 * commenters: replies to it agree with it as often as they dispute it, so the parent must be a reply.
 */
import type { ParentStance, TagFinding } from '../../schema/index.js';
import type { ThreadEntry } from '../define.js';
import { openingOffset } from '../../text/cues.js';
import type { TextView } from '../../text/view.js';
import { CODE_SOURCE } from '../sources.js';
import { scoreTokens } from '../../text/sentiment.js';

/** As much of the reply as stance toward the parent reads (parent.ts). */
const SCAN_LIMIT = 1500;

/** Confidence of a label read from the thread alone: no words of the reply decided it. */
const CONTINUES_CONFIDENCE = 0.5;

interface StanceTags {
  stance: { toParent: ParentStance };
}

export function continueDisputes(comments: readonly ThreadEntry[]): void {
  const byId = new Map<string, ThreadEntry>();
  for (const comment of comments) byId.set(comment.id, comment);
  // Labels as each comment's own words decided them: a reading made here does not travel further down.
  const own = new Map(comments.map((comment) => [comment.id, labelOf(comment)]));
  for (const comment of comments) {
    if (own.get(comment.id) !== 'comment' || comment.parentId === null) continue;
    const parent = byId.get(comment.parentId);
    if (!parent || parent.parentId === null || !byId.has(parent.parentId)) continue;
    if (own.get(parent.id) !== 'deny') continue;
    // Thanks or praise for the rebuttal ('Perfect, thanks.', 'Fair, good to know.') takes it, it does not answer it.
    if (welcomes(comment.view)) continue;
    const evidence = openingSentence(comment.view);
    if (!evidence) continue;
    (comment.tags as unknown as StanceTags).stance.toParent = { label: 'deny', confidence: CONTINUES_CONFIDENCE, evidence: [evidence] };
  }
}

/** Whether the reply's scored words are all warm (AFINN, thanks included): it takes what it answers. */
function welcomes(view: TextView): boolean {
  let warm = false;
  for (const token of scoreTokens(view.wordsIn(0, SCAN_LIMIT), view.text)) {
    if (token.score < 0) return false;
    if (token.score > 0) warm = true;
  }
  return warm;
}

function labelOf(comment: ThreadEntry): string | undefined {
  return (comment.tags as Partial<StanceTags>).stance?.toParent.label;
}

/** The reply's first sentence past leading @handles: what answers the rebuttal. */
function openingSentence(view: TextView): TagFinding | null {
  const from = openingOffset(view.text);
  const sentence = view.sentencesUpTo(400).find((s) => s.end > from);
  if (!sentence) return null;
  const start = Math.max(from, sentence.start);
  const end = Math.min(sentence.end, start + 160);
  const text = view.text.slice(start, end).trimEnd();
  if (text.length === 0) return null;
  return { text, start, end: start + text.length, rule: 'continues-dispute', source: CODE_SOURCE };
}
