/**
 * Answer links: a factual question is answered by a later comment in the same thread that replies
 * to the asker (or, where reply structure is unknown, comes right after it) and reads as an answer:
 * it opens with an answer ("Yes.", "No,", "Because…"), shares the question's key content words, or
 * is a short statement straight after a question that closed the asker's comment. An opinion
 * question ("Any thoughts?") is answered by any statement that replies to the asker: giving a view
 * is the answer. Rhetorical questions ask nothing, so nothing answers them.
 */
import type { Question } from '../../schema/index.js';
import { matchCues } from '../../text/cues.js';
import { contentStems } from '../../text/tokens.js';
import { ANSWER_OPENERS } from './cues.js';

export interface ThreadComment {
  id: string;
  text: string;
  parentId: string | null;
  questions?: Question[];
}

/** How far past the asker an unthreaded answer may be. */
const FOLLOW_WINDOW = 2;

/** How close a candidate sits to the asker: a reply to it, the next unthreaded comment, or nearby. */
type Closeness = 'reply' | 'next' | 'near';

export function linkAnswers<T extends ThreadComment>(comments: T[]): void {
  const index = new Map(comments.map((comment, i) => [comment.id, i]));
  // A candidate is weighed against every question before it: read its words once.
  const readings = new Map<string, Reading>();
  const read = (text: string): Reading => {
    let reading = readings.get(text);
    if (!reading) {
      reading = readAnswer(text);
      readings.set(text, reading);
    }
    return reading;
  };
  comments.forEach((asker, i) => {
    const asked = (asker.questions ?? []).filter((q) => q.kind !== 'rhetorical');
    if (asked.length === 0) return;
    const candidates = answerCandidates(comments, i, index);
    if (candidates.length === 0) return;
    for (const question of asked.filter((q) => q.kind === 'opinion')) {
      const views = candidates.filter(({ comment, closeness }) => closeness === 'reply' && !read(comment.text).asksBack);
      question.answeredBy = [...new Set([...question.answeredBy, ...views.map(({ comment }) => comment.id)])];
    }
    const factual = asked.filter((q) => q.kind === 'factual');
    if (factual.length === 0) return;
    const askerStems = contentStems(clip(asker.text));
    // A comment that is nothing but a question ("lol what did he say"): any statement replying to it answers it.
    const onlyAsks = isOnlyQuestions(asker);
    for (const question of factual) {
      const keys = contentStems(question.text);
      const answeredBy = new Set(question.answeredBy);
      for (const { comment, closeness } of candidates) {
        if (answers(read(comment.text), question.text, keys, askerStems, closeness, onlyAsks)) answeredBy.add(comment.id);
      }
      question.answeredBy = [...answeredBy];
    }
  });
}

function answerCandidates<T extends ThreadComment>(comments: T[], i: number, index: Map<string, number>) {
  const asker = comments[i]!;
  const out: { comment: T; closeness: Closeness }[] = [];
  for (let j = i + 1; j < comments.length; j++) {
    const comment = comments[j]!;
    if (comment.parentId === asker.id) {
      out.push({ comment, closeness: 'reply' });
      continue;
    }
    // Without reply structure only the comments right after the asker can be answers; a comment
    // replying to someone else is in another conversation.
    if (j - i > FOLLOW_WINDOW) continue;
    const parentIndex = comment.parentId ? index.get(comment.parentId) : undefined;
    const unthreaded = comment.parentId === null || comment.parentId === asker.parentId || (parentIndex !== undefined && parentIndex < i);
    if (unthreaded && comment.parentId === null) out.push({ comment, closeness: j === i + 1 ? 'next' : 'near' });
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

function readAnswer(text: string): Reading {
  const opening = firstSentence(text);
  const asksBack = opening.trim().endsWith('?');
  if (asksBack) return { opening, asksBack, opener: false, stems: new Set(), fragment: false };
  const opener = matchCues(ANSWER_OPENERS, opening.length > 200 ? opening.slice(0, 200) : opening).length > 0;
  const stems = contentStems(clip(text));
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

function clip(text: string): string {
  return text.length > 2000 ? text.slice(0, 2000) : text;
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
  let rest = asker.text.length > 2000 ? asker.text.slice(0, 2000) : asker.text;
  for (const q of asker.questions ?? []) rest = rest.replace(q.text, ' ');
  return (rest.match(/\p{L}{2,}/gu)?.length ?? 0) < 3;
}
