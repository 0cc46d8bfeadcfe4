import { CONSPIRACY_CUES_VERSION } from './conspiracy/cues.js';
import { WORD_LEXICON_VERSION } from './lexicon/options.js';
import { QUESTION_CUES_VERSION } from './questions/cues.js';
import { STANCE_CUES_VERSION } from './stance/cues.js';

/**
 * One string naming every rule set that made a record: the word lexicons, then the conspiracy,
 * stance and question cue lists. Any data change bumps its part, so `lexiconVersion` changes too.
 */
export const LEXICON_VERSION = `${WORD_LEXICON_VERSION}+conspiracy.${CONSPIRACY_CUES_VERSION}+stance.${STANCE_CUES_VERSION}+questions.${QUESTION_CUES_VERSION}`;
