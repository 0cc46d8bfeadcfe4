/**
 * The kind of a question: factual (asks for information), opinion (asks for views) or rhetorical
 * (asks nothing). Cue weights add up per kind; information-seeking is the default.
 */
import type { Segment } from '../../schema/index.js';
import { matchCues } from '../../text/cues.js';
import { sentimentSum } from '../../text/sentiment.js';
import type { TextView } from '../../text/view.js';
import { questionCues } from './cues.js';
import { questionOrder } from './word-order.js';

export type QuestionKind = 'factual' | 'rhetorical' | 'opinion';

/** Prior for the default reading: a question that shows no other cue asks for information. */
const FACTUAL_PRIOR = 0.4;
/**
 * Statement order alone stays below the prior: confirmation requests ("you are in Australia?") ask
 * too. A wh-word left in place ("…is what, half that?") outweighs it. Both chosen on the tune pages
 * and the tune events of RumourEval (query replies against support/deny replies with a question).
 */
const DECLARATIVE_WEIGHT = 0.3;
const WH_IN_PLACE_WEIGHT = 0.5;
const MID_ARGUMENT_WEIGHT = 0.3;

export interface KindDecision {
  kind: QuestionKind;
  confidence: number;
  /** Ids of the cues that decided it, for explanation. */
  cues: string[];
}

/**
 * The kind of the question `span` of `view`; `next` is the sentence after it, if any; `indirect`: it
 * was found by an indirect-question cue, not by its question mark.
 */
export function classifyQuestion(view: TextView, span: Segment, next: Segment | null, indirect = false): KindDecision {
  const sentence = span.text;
  const scores: Record<QuestionKind, number> = { factual: FACTUAL_PRIOR, rhetorical: 0, opinion: 0 };
  const fired: Record<QuestionKind, string[]> = { factual: [], rhetorical: [], opinion: [] };
  const add = (kind: QuestionKind, weight: number, id: string) => {
    scores[kind] += weight;
    fired[kind].push(id);
  };
  const seen = new Set<string>();
  for (const match of matchCues(questionCues().kinds, sentence)) {
    // One vote per cue: "stupid … stupid" is not twice as rhetorical.
    if (seen.has(match.cue.id)) continue;
    seen.add(match.cue.id);
    add(match.cue.label as QuestionKind, match.cue.weight, match.cue.id);
  }
  if (isShouted(sentence)) add('rhetorical', 0.9, 'rhet-shouted');
  if (/[?][!]|[!][?]/u.test(sentence)) add('rhetorical', 0.6, 'rhet-interrobang');
  if (next && answersItself(next.text)) add('rhetorical', 1.3, 'rhet-self-answered');
  if (isBareFragment(sentence)) add('rhetorical', 0.6, 'rhet-fragment');
  // A statement with a question mark, or a wh-word left in place, challenges more often than it asks.
  // An indirect question ("I wonder whether…") asks in statement order.
  const order = indirect ? 'unknown' : questionOrder(sentence);
  if (order === 'declarative') add('rhetorical', DECLARATIVE_WEIGHT, 'rhet-declarative');
  if (order === 'wh-in-place') add('rhetorical', WH_IN_PLACE_WEIGHT, 'rhet-wh-in-place');
  if (insideArgument(view, span)) add('rhetorical', MID_ARGUMENT_WEIGHT, 'rhet-mid-argument');
  if (/[?？]\s*[?？]/u.test(sentence)) add('rhetorical', 0.4, 'rhet-double-mark');
  // Hostile wording: people who want an answer rarely insult the person who might give it.
  if (sentimentSum(view.wordsIn(span.start, span.end), view.text) <= -3) add('rhetorical', 0.4, 'rhet-negative');
  const ranked = (Object.keys(scores) as QuestionKind[]).sort((a, b) => scores[b] - scores[a]);
  const kind = ranked[0]!;
  const total = scores.factual + scores.rhetorical + scores.opinion;
  // The constant keeps a lone prior from reading as certainty.
  const confidence = Math.min(0.95, Math.max(0.34, scores[kind] / (total + 0.5)));
  return { kind, confidence: round(confidence), cues: fired[kind] };
}

/**
 * A question with argument on both sides in a comment of four sentences or more: the writer goes on
 * without waiting for an answer (tune pages: 16 of 20 such questions make a point).
 */
function insideArgument(view: TextView, span: Segment): boolean {
  const { sentences } = view;
  if (sentences.length < 4) return false;
  const first = sentences[0]!;
  const last = sentences[sentences.length - 1]!;
  return first.end <= span.start && last.start >= span.end;
}

/** Mostly capitals over the last clause: "WHO NEEDS ENEMIES?". */
function isShouted(sentence: string): boolean {
  const clause = sentence.split(/[,;:–—-]\s/u).pop() ?? sentence;
  let letters = 0;
  let upper = 0;
  // Code point by code point, as /\p{L}/gu reads them, without a list of the letters.
  for (let k = 0; k < clause.length; ) {
    const cp = clause.codePointAt(k)!;
    k += cp > 0xffff ? 2 : 1;
    if (cp < 128) {
      if (cp >= 65 && cp <= 90) upper++;
      if ((cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122)) letters++;
      continue;
    }
    const ch = String.fromCodePoint(cp);
    if (!LETTER.test(ch)) continue;
    letters++;
    if (ch !== ch.toLowerCase()) upper++;
  }
  if (letters < 6) return false;
  return upper / letters > 0.8;
}
const LETTER = /\p{L}/u;

/** "… in six years ? None, all taken are shot": the writer answers straight away. */
function answersItself(next: string): boolean {
  return /^(?:none|nothing|nobody|no one|never|zero|nada|exactly|of course|obviously|because|simple|easy|answer)\b/iu.test(next.trim());
}

/** "Coincidence?", "Broken?" — a verbless scrap with nothing to ask about. */
function isBareFragment(sentence: string): boolean {
  if (!fewLetterRuns(sentence, 3)) return false; // no words, or too many to be a scrap
  const words = sentence.match(/\p{L}+/gu) ?? [];
  // A wh-word, an evidence word or an auxiliary verb makes it a real (if short) question.
  const asks = words.some((w) =>
    /^(?:why|how|what|where|when|who|which|whose|source|sources|link|proof|evidence|is|are|was|were|do|does|did|can|could|will|would|has|have|should)$/iu.test(w),
  );
  return words.length > 0 && words.length <= 3 && !asks;
}

/** One to `most` runs of letters (`/\p{L}+/gu` matches), counted without building the list. */
function fewLetterRuns(text: string, most: number): boolean {
  LETTER_RUN.lastIndex = 0;
  let runs = 0;
  while (LETTER_RUN.test(text)) {
    if (++runs > most) {
      LETTER_RUN.lastIndex = 0;
      return false;
    }
  }
  return runs > 0;
}
const LETTER_RUN = /\p{L}+/gu;

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
