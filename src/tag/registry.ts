/**
 * Every tagger, one line each, in output order: fields appear in records, CSV columns, csv-long
 * rows and the schema in this order. Run order comes from each tagger's `needs`, not from here.
 * Adding a tagger: a folder under src/tag/ exporting `defineTagger({...})`, and one line below.
 */
import type { TagsOf } from './define.js';
import { attributesTagger } from './attributes/tagger.js';
import { conspiracyTagger } from './conspiracy/tagger.js';
import { identityAttacksTagger } from './identity-attacks/tagger.js';
import { questionsTagger } from './questions/tagger.js';
import { stanceTagger } from './stance/tagger.js';
import { threatsTagger } from './threats/tagger.js';
import { toxicityTagger } from './toxicity/tagger.js';

export const TAGGERS = [
  stanceTagger,
  conspiracyTagger,
  toxicityTagger,
  identityAttacksTagger,
  threatsTagger,
  attributesTagger,
  questionsTagger,
] as const;

/** The tag fields of an analysed comment with the built-in taggers. */
export type Tags = TagsOf<typeof TAGGERS>;
