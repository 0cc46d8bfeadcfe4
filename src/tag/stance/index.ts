/**
 * Stance: toward the parent (support, deny, query or comment, SDQC) and toward named targets
 * (favor, against or none). Both are cue-based and every label comes with the spans that decided it.
 */
import type { Question, Stance } from '../../schema/index.js';
import { tagQuestions } from '../questions/index.js';
import type { TargetInput } from '../types.js';
import { stanceToParent } from './parent.js';
import { stanceToTargets } from './targets.js';
import { namespaceRules } from '../rules.js';

export { findSalientTargets } from './salient.js';
export { STANCE_CUES_VERSION } from './cues.js';

export interface StanceContext {
  parent?: string;
  targets: TargetInput[];
  /** The comment's questions when the caller already has them (tagComment tags them first). */
  questions?: Question[];
}

export function tagStance(text: string, context: StanceContext): Stance {
  const input = typeof text === 'string' ? text : '';
  // Questions are parent-stance evidence: asking for a source is a query, a jab is a denial.
  const questions = context.questions ?? tagQuestions(input);
  const stance = {
    toParent: stanceToParent(input, context.parent, questions),
    targets: stanceToTargets(input, usableTargets(context.targets)),
  };
  return namespaceRules('stance', stance);
}

/** Targets arrive from JSON rows and files: drop nulls and nameless entries instead of throwing. */
function usableTargets(targets: StanceContext['targets'] | undefined): TargetInput[] {
  if (!Array.isArray(targets)) return [];
  return (targets as unknown[]).filter(
    (target): target is TargetInput =>
      (typeof target === 'string' && target.trim() !== '') ||
      (typeof target === 'object' && target !== null && typeof (target as { name?: unknown }).name === 'string'),
  );
}
