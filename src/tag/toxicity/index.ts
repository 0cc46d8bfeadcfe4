/** Slurs, insults and profanity: the word lexicons matched on the obfuscation-undone reading of a text. */
import { TextView, viewOf } from '../../text/view.js';
import { compileLexicon } from '../lexicon/index.js';
import type { LexiconOptions } from '../lexicon/options.js';
import { boundedByOptions } from '../options-cache.js';
import { namespaceRules } from '../rules.js';
import { findToxicity, type ToxicityTags } from './find.js';

export { findToxicity, type ToxicityTags } from './find.js';
export { toxicityTagger } from './tagger.js';

/** Compiled lexicons per options, kept for the last few distinct option sets (explicit and bounded). */
const lexiconFor = boundedByOptions(8, (options: LexiconOptions | undefined) => compileLexicon(options));

/** One text's slurs, insults and profanity as `tagComment` returns them (rules namespaced by list). */
export function tagToxicity(text: string | TextView, lexicon?: LexiconOptions): ToxicityTags {
  const view = text instanceof TextView ? text : viewOf(typeof text === 'string' ? text : String(text ?? ''));
  const tags = findToxicity(view, lexiconFor(lexicon));
  // Each list is its own rule namespace: slurs/slur.x, insults/insult.x, profanity/prof.x.
  namespaceRules('slurs', tags.slurs);
  namespaceRules('insults', tags.insults);
  namespaceRules('profanity', tags.profanity);
  return tags;
}
