/** What an analyzer is made with, checked once when it is made. */
import * as z from 'zod';
import { ThreadlensError } from '../errors.js';
import type { TargetInput } from '../schema/index.js';
import type { ConspiracyOptions } from '../tag/conspiracy/options.js';
import type { AnyTagger } from '../tag/define.js';
import type { LexiconOptions } from '../tag/lexicon/options.js';
import type { IdentityOptions } from '../tag/identity-attacks/options.js';

export interface AnalyzerOptions<T extends readonly AnyTagger[] = readonly AnyTagger[]> {
  /** Stance targets for every text; when absent, each page's (or article's) salient people, organisations and places. */
  targets?: TargetInput[];
  /** Lexicon extension, allow-list or replacement (README, "Lexicons"); validated here. */
  lexicon?: LexiconOptions;
  /** Conspiracy cue options: threshold, extra or replacement cues and frames, ids to disable. */
  conspiracy?: ConspiracyOptions;
  /** Identity attacks and threats: extra protected groups, or built-in ones to leave out (validated here). */
  identity?: IdentityOptions;
  /**
   * Time budget per page (analyzePage, tagPage, analyzePages) or per call (tagComment,
   * tagComments), in milliseconds. Checked between stages and between comments; a page over
   * budget throws a ThreadlensError with code `time-budget` (analyzePages turns it into an error
   * record). Absent: no budget.
   */
  maxMs?: number;
  /** The taggers to run, in output order (default: every built-in tagger, src/tag/registry.ts). */
  taggers?: T;
}

const Budget = z.number().positive().finite().optional();

/** Throws `invalid-options` for a budget that is not a positive number of milliseconds. */
export function checkOptions(options: AnalyzerOptions<readonly AnyTagger[]>): void {
  if (options === null || typeof options !== 'object') throw new ThreadlensError('invalid-options', 'analyzer options must be an object');
  if (!Budget.safeParse(options.maxMs).success) {
    throw new ThreadlensError('invalid-options', `maxMs must be a positive number of milliseconds, not ${String(options.maxMs)}`);
  }
}
