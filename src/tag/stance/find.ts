/** Stance of one text: toward its parent, its thread's source and each target, rules without their namespace. */
import type { ParentStance, Question, Stance } from '../../schema/index.js';
import type { TextView } from '../../text/view.js';
import { stanceToParent } from './parent.js';
import { stanceToTargets, type CompiledTarget } from './targets/index.js';

export function findStance(view: TextView, parent: TextView | undefined, targets: readonly CompiledTarget[], questions: Question[], source?: TextView, parentIsArticle = false): Stance {
  // Questions are parent-stance evidence: asking for a source is a query, a jab is a denial.
  const toParent = stanceToParent(view, parent, questions, {}, { parentIsArticle });
  const toSource = source && source.text.trim() !== '' ? towardSource(view, parent, source, toParent, questions) : undefined;
  return { toParent, ...(toSource ? { toSource } : {}), targets: stanceToTargets(view, targets) };
}

/**
 * A reply's stance toward the thread's source is read against the source itself: challenges
 * ("that's fake", "source?") speak to the claim however deep the reply sits, while a deeper
 * reply's openers and agreement ("Yes", "Exactly", "Nope") answer the reply it is under, not the
 * source. A reply to the source has read it already: a copy, since rule ids are prefixed in place.
 */
function towardSource(view: TextView, parent: TextView | undefined, source: TextView, toParent: ParentStance, questions: Question[]): ParentStance {
  if (parent && (parent === source || parent.text === source.text)) return { ...toParent, evidence: toParent.evidence.map((finding) => ({ ...finding })) };
  return stanceToParent(view, source, questions, {}, { sourceThroughReply: true });
}
