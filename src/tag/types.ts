import type { TargetInput } from '../schema/index.js';

export type { TargetInput };

/** Context `tagComment` can use; every field is optional. */
export interface TagContext {
  /** Text of the comment this one replies to, or the article when it is top-level. */
  parent?: string;
  /** The article body, used for default stance targets and as the parent of top-level comments. */
  article?: string;
  /** Stance targets; when absent, the article's salient actors are used. */
  targets?: TargetInput[];
  /** Lexicon extension, allow-list or replacement (see README, "Lexicons"). */
  lexicon?: import('./lexicon/options.js').LexiconOptions;
  /** The text's language when the caller already knows it (the splitter detects it per comment). */
  language?: string;
  /** Conspiracy cue options: threshold, extra or replacement cues, ids to disable. */
  conspiracy?: import('./conspiracy/index.js').ConspiracyOptions;
  /** Identity-attack and threat options: the caller's own protected groups, or built-in ones to leave out. */
  identity?: import('./identity-attacks/index.js').IdentityOptions;
}
