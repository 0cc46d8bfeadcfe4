// PLACEHOLDER until issue 4 lands.
import type { Stance } from '../../schema/index.js';
import type { TargetInput } from '../types.js';

export interface StanceContext {
  parent?: string;
  targets: TargetInput[];
}

export function tagStance(_text: string, context: StanceContext): Stance {
  return {
    toParent: { label: 'comment', confidence: 0, evidence: [] },
    targets: context.targets.map((t) => ({
      target: typeof t === 'string' ? t : t.name,
      label: 'none' as const,
      confidence: 0,
      evidence: [],
    })),
  };
}

/** The article's salient actors (people, organisations, places), used when the caller names none. */
export function findSalientTargets(_article: string): TargetInput[] {
  return [];
}
