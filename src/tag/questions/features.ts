/**
 * What the kind of a question is decided from: binary features of the question sentence and of the
 * comment around it. Each feature is an id; the kind model (kind-model.ts) weighs them, and a
 * finding's rule names the ones that decided it. The features read shapes (word order, position,
 * what follows), never a topic.
 */
import type { Segment } from '../../schema/index.js';
import { matchCues } from '../../text/cues.js';
import { sentimentSum } from '../../text/sentiment.js';
import { lowerBound, type TextView } from '../../text/view.js';
import { questionCues } from './cues.js';
import { ASKING_WORDS, isScrap } from './scraps.js';
import { isShouted } from './shouting.js';
import { questionOrder } from './word-order.js';

/**
 * The features of the question `span` of `view`; `next` is the sentence after it, if any;
 * `indirect`: it was found by an indirect-question cue, not by its question mark.
 */
export function kindFeatures(view: TextView, span: Segment, next: Segment | null, indirect: boolean): string[] {
  const sentence = span.text;
  const fired = new Set<string>();
  const fire = (id: string, when: boolean) => {
    if (when) fired.add(id);
  };
  // Set phrases (questions.json): one feature per cue, however many of its phrases match.
  for (const match of matchCues(questionCues().kinds, sentence)) fired.add(match.cue.id);
  // Marks of the question itself.
  fire('rhet-shouted', isShouted(sentence));
  fire('rhet-interrobang', /[?][!]|[!][?]/u.test(sentence));
  fire('rhet-double-mark', /[?？]\s*[?？]/u.test(sentence));
  fire('rhet-fragment', isScrap(sentence, 3, FRAGMENT_ASKING));
  fire('short-question', !isScrap(sentence, 3, FRAGMENT_ASKING) && isScrap(sentence, 5, NOTHING));
  fire('long-question', wordCount(sentence) >= 16);
  // Word order: statement order or a wh-word left in place challenge more often than they ask; an
  // indirect question ("I wonder whether…") asks in statement order.
  const order = indirect ? 'unknown' : questionOrder(sentence);
  fire('indirect', indirect);
  fire('rhet-declarative', order === 'declarative');
  fire('rhet-wh-in-place', order === 'wh-in-place');
  // Polarity and modality (Han 2002): a negated auxiliary expects agreement; wh + modal and the
  // minimisers "even", "at all" lean towards an answer the writer already holds.
  fire('negated-auxiliary', NEGATED_AUXILIARY_START.test(sentence));
  fire('wh-modal', WH_MODAL.test(sentence));
  fire('npi-even', /\beven\b/iu.test(sentence));
  fire('npi-minimiser', MINIMISER.test(sentence));
  fire('second-person', SECOND_PERSON.test(sentence));
  fire('opens-with-conjunction', /^(?:and|but|so|or)\b/iu.test(sentence.trim()));
  // Hostile wording: people who want an answer rarely insult the person who might give it.
  fire('rhet-negative', sentimentSum(view.wordsIn(span.start, span.end), view.text) <= -3);
  for (const id of contextFeatures(view, span, next)) fired.add(id);
  return [...fired];
}

/** Where the question stands in its comment and what the writer does next. */
function contextFeatures(view: TextView, span: Segment, next: Segment | null): string[] {
  const { sentences } = view;
  // Sentences are in text order: two binary searches, not a scan per question.
  const before = lowerBound(sentences, (s) => s.end > span.start);
  const after = sentences.length - lowerBound(sentences, (s) => s.start >= span.end);
  const out: string[] = [];
  if (before === 0 && after === 0) out.push('only-sentence');
  else if (before === 0) out.push('opens-comment');
  else if (after === 0) out.push('closes-comment');
  // Argument on both sides in a comment of four sentences or more: the writer goes on without
  // waiting for an answer.
  if (before > 0 && after > 0 && sentences.length >= 4) out.push('rhet-mid-argument');
  const following = next?.text.trim() ?? '';
  if (following) out.push(...followingFeatures(following));
  return out;
}

/** What the sentence after the question does: answers it, gives a reason, asks again, asserts. */
function followingFeatures(following: string): string[] {
  if (SELF_ANSWER.test(following)) return ['rhet-self-answered'];
  if (REASON.test(following)) return ['next-reason'];
  if (/[?？][\s"'”’)]*$/u.test(following)) return ['next-question'];
  if (/!\s*$/u.test(following)) return ['next-exclaims'];
  return wordCount(following) >= 4 ? ['next-assertion'] : [];
}

/** "… in six years ? None, all taken are shot": the writer answers straight away. */
const SELF_ANSWER = /^(?:none|nothing|nobody|no one|never|zero|nada|exactly|of course|obviously|because|simple|easy|answer)\b/iu;
/** A reason or an evident truth right after the question: the question was the writer's point. */
const REASON = /^(?:since|cause|'cause|clearly|that(?:'s|’s| is) why|it(?:'s|’s| is) (?:because|obvious|clear)|as if|the (?:answer|truth|fact|reason) is)\b/iu;
/** "Isn't that…", "Shouldn't they…", after a discourse opener at most. */
const NEGATED_AUXILIARY_START =
  /^(?:(?:so|and|but|well|oh|then),?\s+)?(?:isn|aren|wasn|weren|don|doesn|didn|haven|hasn|hadn|can|couldn|won|wouldn|shouldn|mustn)(?:'|’)?t\b/iu;
const WH_MODAL = /\b(?:who|what|why|how|where|when)\s+(?:\w+\s+)?(?:would|could|should|can|will|might|must)\b/iu;
const MINIMISER = /\b(?:at all|a single|whatsoever|one bit|a (?:damn|shit|thing)|lift a finger|a red cent)\b/iu;
const SECOND_PERSON = /\b(?:you|your|yours|yourself|u|ya|y'all)\b/iu;

/**
 * A wh-word, an auxiliary or an evidence word makes a scrap a real (if short) question: "Source?".
 * Not "had": "Had enough yet?" taunts.
 */
const FRAGMENT_ASKING: ReadonlySet<string> = new Set(
  [...ASKING_WORDS, 'source', 'sources', 'link', 'proof', 'evidence'].filter((word) => word !== 'had'),
);
const NOTHING: ReadonlySet<string> = new Set();

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
