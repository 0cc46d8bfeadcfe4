/**
 * Answer links: a factual question is answered by a later comment in the same thread that replies
 * to the asker (or, where reply structure is unknown, comes right after it) and reads as an answer:
 * it opens with an answer ("Yes.", "No,", "Because…"), shares the question's key content words, or
 * is a short statement straight after a question that closed the asker's comment. An opinion
 * question ("Any thoughts?") is answered by any statement that replies to the asker: giving a view
 * is the answer. Rhetorical questions ask nothing, so nothing answers them.
 *
 * Linear in the thread: each comment is a candidate only for its parent and for the two comments
 * before it, so a page of fifty thousand comments costs fifty thousand readings, not their square.
 */
import type { Question } from '../../schema/index.js';
import { matchCues } from '../../text/cues.js';
import { countWordRuns } from '../../text/letters.js';
import { contentStems } from '../../text/stems.js';
import { scanWords } from '../../text/tokens.js';
import { viewOf, type TextView } from '../../text/view.js';
import { questionCues } from './cues.js';

export interface ThreadComment {
  id: string;
  text: string;
  parentId: string | null;
  questions?: Question[];
  /** The comment's text view, when the caller has one (the analyzer does); made on demand otherwise. */
  view?: TextView;
}

/** How far past the asker an unthreaded answer may be. */
const FOLLOW_WINDOW = 2;
/** Only this much of a long comment is read for its content words. */
const CLIP = 2000;

/** How close a candidate sits to the asker: a reply to it, the next unthreaded comment, or nearby. */
type Closeness = 'reply' | 'next' | 'near';

export function linkAnswers<T extends ThreadComment>(comments: T[]): void {
  const views = comments.map((comment) => comment.view ?? viewOf(comment.text));
  const index = new Map(comments.map((comment, i) => [comment.id, i]));
  const replies = repliesByParent(comments);
  comments.forEach((asker, i) => {
    const asked = (asker.questions ?? []).filter((q) => q.kind !== 'rhetorical');
    if (asked.length === 0) return;
    const candidates = answerCandidates(comments, i, index, replies);
    if (candidates.length === 0) return;
    const read = (j: number) => views[j]!.derive('answer-reading', () => readAnswer(views[j]!));
    for (const question of asked.filter((q) => q.kind === 'opinion')) {
      const repliers = candidates.filter(({ at, closeness }) => closeness === 'reply' && !read(at).asksBack);
      question.answeredBy = [...new Set([...question.answeredBy, ...repliers.map(({ at }) => comments[at]!.id)])];
    }
    const factual = asked.filter((q) => q.kind === 'factual');
    if (factual.length === 0) return;
    const askerStems = views[i]!.stemsUpTo(CLIP);
    // A comment that is nothing but a question ("lol what did he say"): any statement replying to it answers it.
    const onlyAsks = isOnlyQuestions(asker);
    for (const question of factual) {
      const keys = contentStems(scanWords(question.text));
      const answeredBy = new Set(question.answeredBy);
      for (const { at, closeness } of candidates) {
        if (answers(read(at), question.text, keys, askerStems, closeness, onlyAsks)) answeredBy.add(comments[at]!.id);
      }
      question.answeredBy = [...answeredBy];
    }
  });
}

/** Indices of the comments replying to each id, in thread order. */
function repliesByParent(comments: readonly ThreadComment[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  comments.forEach((comment, j) => {
    if (comment.parentId === null) return;
    const list = out.get(comment.parentId);
    if (list) list.push(j);
    else out.set(comment.parentId, [j]);
  });
  return out;
}

/**
 * The later comments that may answer comment `i`, in thread order: replies to it anywhere after it,
 * and unthreaded comments among the next FOLLOW_WINDOW. Without reply structure only the comments
 * right after the asker can be answers; a comment replying to someone else is in another conversation.
 */
function answerCandidates(
  comments: readonly ThreadComment[],
  i: number,
  index: Map<string, number>,
  replies: Map<string, number[]>,
): { at: number; closeness: Closeness }[] {
  const asker = comments[i]!;
  const out: { at: number; closeness: Closeness }[] = [];
  const nearby: { at: number; closeness: Closeness }[] = [];
  for (let j = i + 1; j < comments.length && j - i <= FOLLOW_WINDOW; j++) {
    const comment = comments[j]!;
    if (comment.parentId === asker.id) continue; // a reply: listed below
    const parentIndex = comment.parentId ? index.get(comment.parentId) : undefined;
    const unthreaded = comment.parentId === null || comment.parentId === asker.parentId || (parentIndex !== undefined && parentIndex < i);
    if (unthreaded && comment.parentId === null) nearby.push({ at: j, closeness: j === i + 1 ? 'next' : 'near' });
  }
  const after = (replies.get(asker.id) ?? []).filter((j) => j > i);
  // Merge the two ascending lists so candidates stay in thread order.
  let a = 0;
  let b = 0;
  while (a < after.length || b < nearby.length) {
    if (b >= nearby.length || (a < after.length && after[a]! < nearby[b]!.at)) out.push({ at: after[a++]!, closeness: 'reply' });
    else out.push(nearby[b++]!);
  }
  return out;
}

/** What a candidate answer says, independent of the question. */
interface Reading {
  opening: string;
  /** The opening is a question back, which is never an answer. */
  asksBack: boolean;
  opener: boolean;
  stems: Set<string>;
  fragment: boolean;
}

function readAnswer(view: TextView): Reading {
  const text = view.text;
  const opening = firstSentence(text);
  const asksBack = opening.trim().endsWith('?');
  if (asksBack) return { opening, asksBack, opener: false, stems: new Set(), fragment: false };
  const opener = matchCues(questionCues().answerOpeners, opening.length > 200 ? opening.slice(0, 200) : opening).length > 0;
  const stems = view.stemsUpTo(CLIP);
  // "Logistics apparently." straight after "What is the target of this offensive?"
  const words = opening.match(/\p{L}+/gu) ?? [];
  const fragment = words.length > 0 && words.length <= 3;
  return { opening, asksBack, opener, stems, fragment };
}

function answers(
  reading: Reading,
  question: string,
  keys: Set<string>,
  askerStems: Set<string>,
  closeness: Closeness,
  onlyAsks: boolean,
): boolean {
  const { opening, asksBack, opener, stems, fragment } = reading;
  if (asksBack) return false; // a question back is not an answer
  const sharedQuestion = overlap(keys, stems);
  // "How much did you make?" → "About $4,200/month": a quantity question answered with a number.
  const quantity = /\bhow (?:much|many|long|far|old|often)\b/iu.test(question) && /\d/u.test(opening);
  switch (closeness) {
    case 'reply':
      return opener || quantity || onlyAsks || sharedQuestion >= 1 || fragment || overlap(askerStems, stems) >= 2;
    case 'next':
      return opener || quantity || sharedQuestion >= 1 || fragment;
    case 'near':
      return (opener && sharedQuestion >= 1) || sharedQuestion >= 2;
  }
}

function firstSentence(text: string): string {
  const m = /^[\s\S]*?(?:[.!?](?=\s|\p{Lu}|$)|\n|$)/u.exec(text.length > 400 ? text.slice(0, 400) : text);
  return m ? m[0] : text;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

function isOnlyQuestions(asker: ThreadComment): boolean {
  let rest = asker.text.length > CLIP ? asker.text.slice(0, CLIP) : asker.text;
  for (const q of asker.questions ?? []) rest = rest.replace(q.text, ' ');
  // Counted only as far as the answer needs, not listed: this runs for every asking comment.
  return countWordRuns(rest, 2) < 3;
}
