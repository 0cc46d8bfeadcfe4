/** Stance of one text: toward its parent and toward each target, rules without their namespace. */
import type { Question, Stance } from '../../schema/index.js';
import type { TextView } from '../../text/view.js';
import { stanceToParent } from './parent.js';
import { stanceToTargets, type CompiledTarget } from './targets/index.js';

export function findStance(view: TextView, parent: TextView | undefined, targets: readonly CompiledTarget[], questions: Question[]): Stance {
  return {
    // Questions are parent-stance evidence: asking for a source is a query, a jab is a denial.
    toParent: stanceToParent(view, parent, questions),
    targets: stanceToTargets(view, targets),
  };
}
