/**
 * The hate-detector reading of threadlens findings (issue 15): a comment is flagged as hate when
 * it holds a slur USE, or a dehumanisation use. Insults and profanity alone are not hate: they
 * attack a person or nobody, not a group. The same verdict is read on every data set, so the
 * HateCheck table and any later section agree on what "flagged" means.
 */
import { tagToxicity } from '../../../src/tag/toxicity/index.js';

export interface HateVerdict {
  /** Flagged as hate: any of the reasons below. */
  hate: boolean;
  /** A slur (not a dehumanisation pattern) used, not mentioned or reclaimed. */
  slurUse: boolean;
  /** A dehumanisation pattern used (toxicity tagger, any group). */
  dehumanisation: boolean;
  /** Any slur, insult or profanity finding at all. */
  anyToxic: boolean;
}

export function judgeHate(text: string): HateVerdict {
  const toxic = tagToxicity(text);
  const slurUse = toxic.slurs.some((f) => f.use === 'use' && f.category !== 'dehumanization');
  const dehumanisation = toxic.slurs.some((f) => f.use === 'use' && f.category === 'dehumanization');
  return {
    hate: slurUse || dehumanisation,
    slurUse,
    dehumanisation,
    anyToxic: toxic.slurs.length + toxic.insults.length + toxic.profanity.length > 0,
  };
}
