/**
 * What the kind of a question is decided from: binary features of the question sentence and of the
 * comment around it. Each feature is an id; the kind model (kind-model.ts) weighs them, and a
 * finding's rule names the ones that decided it. The features read shapes (word order, length,
 * position in the comment) and set phrases, never a topic.
 */
import type { Segment } from '../../schema/index.js';
import { matchCues } from '../../text/cues.js';
import { sentimentSum } from '../../text/sentiment.js';
import { lowerBound, type TextView } from '../../text/view.js';
import { questionCues } from './cues.js';
import { isScrap } from './scraps.js';
import { questionOrder } from './word-order.js';

/** The features read from the shape of a question and its place in the comment (the rest are cue ids). */
export const SHAPE_FEATURES = [
  'short-question',
  'rhet-wh-in-place',
  'opens-with-conjunction',
  'rhet-negative',
  'only-sentence',
] as const;
type ShapeFeature = (typeof SHAPE_FEATURES)[number];

/**
 * The features of the question `span` of `view`; `indirect`: it was found by an indirect-question
 * cue, not by its question mark.
 */
export function kindFeatures(view: TextView, span: Segment, indirect: boolean): string[] {
  const sentence = span.text;
  const fired = new Set<string>();
  const fire = (id: ShapeFeature, when: boolean) => {
    if (when) fired.add(id);
  };
  // Set phrases (questions.json): one feature per cue, however many of its phrases match.
  for (const match of matchCues(questionCues().kinds, sentence)) fired.add(match.cue.id);
  // Length: a bare scrap makes a point more often than a full question does.
  fire('short-question', isScrap(sentence, 5, NOTHING));
  // Word order: a wh-word left in place challenges more often than it asks; an indirect question
  // ("I wonder whether…") is in statement order and is not read for it.
  fire('rhet-wh-in-place', !indirect && questionOrder(sentence) === 'wh-in-place');
  fire('opens-with-conjunction', /^(?:and|but|so|or)\b/iu.test(sentence.trim()));
  // Hostile wording: people who want an answer rarely insult the person who might give it.
  fire('rhet-negative', sentimentSum(view.wordsIn(span.start, span.end), view.text) <= -3);
  // The question is the whole comment: a lone question waits for an answer.
  fire('only-sentence', isWholeComment(view, span));
  return [...fired];
}

/** No other sentence before or after `span` (sentences are in text order: two binary searches). */
function isWholeComment(view: TextView, span: Segment): boolean {
  const { sentences } = view;
  const before = lowerBound(sentences, (s) => s.end > span.start);
  const after = sentences.length - lowerBound(sentences, (s) => s.start >= span.end);
  return before === 0 && after === 0;
}

const NOTHING: ReadonlySet<string> = new Set();
