/**
 * What the kind of a question is decided from: binary features of the question sentence. Each
 * feature is an id; the kind model (kind-model.ts) weighs them, and a
 * finding's rule names the ones that decided it. The features read the writer's own abuse and set
 * phrases, never a topic. (A wh-word left in place was a feature up to kind weights 1.2.0: it did
 * nothing on tune pages held out.)
 */
import type { Segment } from '../../schema/index.js';
import { matchCues } from '../../text/cues.js';
import type { TextView } from '../../text/view.js';
import { compileLexicon } from '../lexicon/index.js';
import { sharedToxicity } from '../toxicity/shared.js';
import { questionCues } from './cues.js';

/**
 * The features read from the question's wording beyond set phrases (the rest are cue ids). The
 * kind model's weights file must weigh exactly these and the kind cues (tests/question-kind-model).
 */
export const SHAPE_FEATURES = ['rhet-hostile'] as const;
type ShapeFeature = (typeof SHAPE_FEATURES)[number];

/** The features of the question `span` of `view`. */
export function kindFeatures(view: TextView, span: Segment): string[] {
  const sentence = span.text;
  const fired = new Set<string>();
  // Set phrases (questions.json): one feature per cue, however many of its phrases match.
  for (const match of matchCues(questionCues().kinds, sentence)) fired.add(match.cue.id);
  // Hostile wording: people who want an answer rarely insult the person who might give it. Hostile
  // means the library's own slur, insult or profanity findings inside the question, not negative
  // words: "killed", "crash" or "lose" are what a news story is about, not how the reader speaks.
  if (isHostile(view, span)) fired.add('rhet-hostile' satisfies ShapeFeature);
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
