/**
 * Stance read from the thread's shape, once every comment has its own reading (the tagger's thread
 * step). Two readings depend on what the parent did:
 * - a reply whose support rests only on an opening "yes" under a factual question answers it: comment;
 * - a reply with no stance of its own under a reply that denied its parent carries the dispute on: deny.
 * Labels are read as each comment's own words decided them, so neither reading travels further down.
 */
import type { ParentStance, Question, TagFinding } from '../../schema/index.js';
import type { ThreadEntry } from '../define.js';
import { openingOffset } from '../../text/cues.js';
import type { TextView } from '../../text/view.js';
import { CODE_SOURCE } from '../sources.js';
import { scoreTokens } from '../../text/sentiment.js';

/** As much of the reply as stance toward the parent reads (parent.ts). */
const SCAN_LIMIT = 1500;
/** Confidence of a label read from the thread's shape: the reply's words alone did not decide it. */
const THREAD_CONFIDENCE = 0.5;

interface StanceTags {
  stance: { toParent: ParentStance; toSource?: ParentStance };
  questions?: readonly Question[];
}

interface Placed {
  entry: ThreadEntry;
  tags: Partial<StanceTags>;
  /** The label the comment's own words gave it, before any thread reading. */
  own: string | undefined;
  parent: Placed | undefined;
}

export function readThreadStance(comments: readonly ThreadEntry[]): void {
  const placed = placeComments(comments);
  for (const comment of placed) {
    const stance = comment.tags.stance;
    const parent = comment.parent;
    if (!stance || !parent) continue;
    let reading: ParentStance | null = null;
    if (answersQuestion(comment, parent)) reading = { label: 'comment', confidence: THREAD_CONFIDENCE, evidence: [] };
    else if (continuesDispute(comment, parent)) {
      const evidence = openingSentence(comment.entry.view);
      if (evidence) reading = { label: 'deny', confidence: THREAD_CONFIDENCE, evidence: [evidence] };
    }
    if (!reading) continue;
    stance.toParent = reading;
    // A reply to the thread's root reads the source as its parent: toSource was toParent's copy.
    if (stance.toSource && !parent.parent) stance.toSource = { ...reading, evidence: reading.evidence.map((e) => ({ ...e })) };
  }
}

/**
 * Each comment with its parent: the nearest earlier comment with the parent's id (ids may repeat
 * in a row export), as the analyzer reads it. A parent not in the thread leaves none.
 */
function placeComments(comments: readonly ThreadEntry[]): Placed[] {
  const latest = new Map<string, Placed>();
  const out: Placed[] = [];
  for (const entry of comments) {
    const tags = entry.tags as Partial<StanceTags>;
    const parent = entry.parentId === null ? undefined : latest.get(entry.parentId);
    const comment: Placed = { entry, tags, own: tags.stance?.toParent.label, parent };
    latest.set(entry.id, comment);
    out.push(comment);
  }
  return out;
}

/**
 * 'Yes, it swivels all the way round.' under 'Does the base swivel?': support resting only on an
 * opening yes answers the parent's question, it does not back a claim. On the tune fixture threads
 * eight of twelve such replies were comments (four support: a yes that also confirms a guess).
 */
const ANSWER_PARTICLE = /^(?:yes|yeah|yep|yup)$/iu;

function answersQuestion(comment: Placed, parent: Placed): boolean {
  const stance = comment.tags.stance!.toParent;
  if (comment.own !== 'support' || !stance.evidence.every((e) => e.rule === 'support-opener' && ANSWER_PARTICLE.test(e.text))) return false;
  return parent.tags.questions?.some((q) => q.kind === 'factual') ?? false;
}

/**
 * Whoever answers a rebuttal without agreeing, asking or conceding is mostly rebutting it back (the
 * first writer defending the point, or a third taking their side): on the tune fixture threads 12 of
 * 18 such replies were denials (class prior 0.30). A denial of the article is not a dispute between
 * commenters (replies to it agree as often as they dispute it), so the parent must be a reply; and
 * thanks or praise for the rebuttal ('Perfect, thanks.') take it.
 */
function continuesDispute(comment: Placed, parent: Placed): boolean {
  if (comment.own !== 'comment' || parent.own !== 'deny' || !parent.parent) return false;
  return !welcomes(comment.entry.view);
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
