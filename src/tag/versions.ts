import { ATTRIBUTE_WEIGHTS_VERSION } from './attributes/index.js';
import { CLAUSE_WORDS_VERSION } from './clause/words.js';
import { CONSPIRACY_CUES_VERSION } from './conspiracy/cues.js';
import { GROUPS_VERSION } from './groups/index.js';
import { IDENTITY_FRAMES_VERSION } from './identity-attacks/index.js';
import { MEANING_CLASSES_VERSION } from './meaning/index.js';
import { THREAT_FRAMES_VERSION } from './threats/index.js';
import { WORD_LEXICON_VERSION } from './lexicon/options.js';
import { QUESTION_CUES_VERSION } from './questions/cues.js';
import { STANCE_CUES_VERSION } from './stance/cues.js';

/**
 * One string naming every rule set that made a record: the word lexicons, then the conspiracy,
 * stance and question cue lists, then the clause data (meaning classes, groups, closed words,
 * identity-attack and threat frames, attribute weights). Any data change bumps its part, so
 * `lexiconVersion` changes too.
 */
export const LEXICON_VERSION =
  `${WORD_LEXICON_VERSION}+conspiracy.${CONSPIRACY_CUES_VERSION}+stance.${STANCE_CUES_VERSION}+questions.${QUESTION_CUES_VERSION}` +
  `+meaning.${MEANING_CLASSES_VERSION}+groups.${GROUPS_VERSION}+clause.${CLAUSE_WORDS_VERSION}+identity.${IDENTITY_FRAMES_VERSION}` +
  `+threats.${THREAT_FRAMES_VERSION}+attributes.${ATTRIBUTE_WEIGHTS_VERSION}`;
