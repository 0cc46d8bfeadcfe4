/**
 * What the kind of a question is decided from: binary features of the question sentence and of the
 * comment around it. Each feature is an id; the kind model (kind-model.ts) weighs them, and a
 * finding's rule names the ones that decided it. The features read shapes (word order), the writer's
 * own abuse and set phrases, never a topic.
 */
import type { Segment } from '../../schema/index.js';
import { matchCues } from '../../text/cues.js';
import type { TextView } from '../../text/view.js';
import { compileLexicon } from '../lexicon/index.js';
import { sharedToxicity } from '../toxicity/shared.js';
import { questionCues } from './cues.js';
import { questionOrder } from './word-order.js';

/** The features read from the shape of a question and its place in the comment (the rest are cue ids). */
export const SHAPE_FEATURES = ['rhet-wh-in-place', 'rhet-hostile'] as const;
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
  // Word order: a wh-word left in place challenges more often than it asks; an indirect question
  // ("I wonder whether…") is in statement order and is not read for it.
  fire('rhet-wh-in-place', !indirect && questionOrder(sentence) === 'wh-in-place');
  // Hostile wording: people who want an answer rarely insult the person who might give it. Hostile
  // means the library's own slur, insult or profanity findings inside the question, not negative
  // words: "killed", "crash" or "lose" are what a news story is about, not how the reader speaks.
  fire('rhet-hostile', isHostile(view, span));
  return [...fired];
}

/**
 * A slur, insult or profanity finding of the built-in word lists overlaps `span`. The comment's
 * findings are read once and shared with the toxicity tagger when it uses the built-in lists
 * (toxicity/shared.ts); the caller's lexicon options are not read here.
 */
function isHostile(view: TextView, span: Segment): boolean {
  const found = sharedToxicity(view, compileLexicon());
  const overlaps = (s: { start: number; end: number }) => s.start < span.end && s.end > span.start;
  return found.slurs.some(overlaps) || found.insults.some(overlaps) || found.profanity.some(overlaps);
}
