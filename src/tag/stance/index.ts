/**
 * Stance: toward the parent (support, deny, query or comment, SDQC) and toward named targets
 * (favor, against or none). Both are cue-based and every label comes with the spans that decided it.
 */
import type { Question, Stance } from '../../schema/index.js';
import { TextView, viewOf } from '../../text/view.js';
import { findQuestions } from '../questions/find.js';
import { namespaceRules } from '../rules.js';
import type { TargetInput } from '../types.js';
import { findStance } from './find.js';
import { compileTargets } from './targets/index.js';

export { findSalientTargets } from './salient.js';
export { STANCE_CUES_VERSION } from './cues.js';
export { compileTargets, type CompiledTarget } from './targets/index.js';
export { findStance } from './find.js';
export { stanceTagger } from './tagger.js';

export interface StanceContext {
  parent?: string;
  /** The thread's source (its root comment), when the text is a reply inside a thread. */
  source?: string;
  targets: TargetInput[];
  /** The comment's questions when the caller already has them (tagComment tags them first). */
  questions?: Question[];
}

/**
 * The stance of one text as `tagComment` returns it (rules namespaced `stance/…`); targets are
 * compiled per call. A reply also given its thread's `source` gets `toSource`.
 */
export function tagStance(text: string | TextView, context: StanceContext): Stance {
  const view = text instanceof TextView ? text : viewOf(typeof text === 'string' ? text : '');
  const questions = context.questions ?? findQuestions(view);
  const parent = typeof context.parent === 'string' ? viewOf(context.parent) : undefined;
  const source = typeof context.source === 'string' ? viewOf(context.source) : undefined;
  return namespaceRules('stance', findStance(view, parent, compileTargets(context.targets), questions, source));
}
