import type { TargetInput } from '../schema/index.js';
import type { ConspiracyOptions } from './conspiracy/options.js';
import type { LexiconOptions } from './lexicon/options.js';

export type { TargetInput };

/** Context `tagComment` can use; every field is optional. */
export interface TagContext {
  /** Text of the comment this one replies to; when absent, the article. */
  parent?: string;
  /** The thread's source, the root comment a reply's thread starts from: gives `stance.toSource`. */
  source?: string;
  /** The article body: the parent of a top-level comment, and its salient actors are the default stance targets. */
  article?: string;
  /** Stance targets; when absent, the article's salient actors (none without an article). */
  targets?: TargetInput[];
  /** Lexicon extension, allow-list or replacement (see README, "Lexicons"). */
  lexicon?: LexiconOptions;
  /** The text's language when the caller already knows it (the splitter detects it per comment). */
  language?: string;
  /** Conspiracy cue options: threshold, extra or replacement cues, ids to disable. */
  conspiracy?: ConspiracyOptions;
  /** Identity-attack and threat options: the caller's own protected groups, or built-in ones to leave out. */
  identity?: import('./identity-attacks/options.js').IdentityOptions;
  /** Time budget for this call in milliseconds (see `AnalyzerOptions.maxMs`). */
  maxMs?: number;
}
