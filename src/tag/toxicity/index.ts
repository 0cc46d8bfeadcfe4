// PLACEHOLDER until issue 3 lands.
import type { InsultFinding, ProfanityFinding, SlurFinding } from '../../schema/index.js';
import type { LexiconOptions } from '../lexicon/options.js';

export interface ToxicityTags {
  slurs: SlurFinding[];
  insults: InsultFinding[];
  profanity: ProfanityFinding[];
}

export function tagToxicity(_text: string, _lexicon?: LexiconOptions): ToxicityTags {
  return { slurs: [], insults: [], profanity: [] };
}
