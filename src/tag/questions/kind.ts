/**
 * The kind of a question: factual (asks for information), opinion (asks for views) or rhetorical
 * (asks nothing). Each kind scores its bias plus the learnt weights of the features that fire
 * (kind-model.ts); the highest score wins, and the finding names the features that decided it.
 */
import { kindModel, QUESTION_KINDS, type KindModel, type QuestionKind } from './kind-model.js';

export type { QuestionKind } from './kind-model.js';

export interface KindDecision {
  kind: QuestionKind;
  confidence: number;
  /** Ids of the features that decided it, for explanation. */
  cues: string[];
}

/** A feature named in the rule must favour the chosen kind over the runner-up by this much. */
const DECIDING_MARGIN = 0.1;
/** At most this many features are named, the strongest first. */
const NAMED_FEATURES = 4;

/** The kind the model gives a question with these features (the fitting script passes its own model). */
export function decideKind(features: readonly string[], model: KindModel = kindModel()): KindDecision {
  const scores = QUESTION_KINDS.map((kind) => features.reduce((sum, id) => sum + (model.weights[id]?.[kind] ?? 0), model.bias[kind]));
  const ranked = QUESTION_KINDS.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const kind = QUESTION_KINDS[ranked[0]!]!;
  const runnerUp = QUESTION_KINDS[ranked[1]!]!;
  return { kind, confidence: round(clampedProbability(scores, ranked[0]!)), cues: decidingFeatures(features, model, kind, runnerUp) };
}

/** The features that favour `kind` over `runnerUp` most, strongest first. */
function decidingFeatures(features: readonly string[], model: KindModel, kind: QuestionKind, runnerUp: QuestionKind): string[] {
  return features
    .map((id) => ({ id, margin: (model.weights[id]?.[kind] ?? 0) - (model.weights[id]?.[runnerUp] ?? 0) }))
    .filter(({ margin }) => margin >= DECIDING_MARGIN)
    .sort((a, b) => b.margin - a.margin || (a.id < b.id ? -1 : 1))
    .slice(0, NAMED_FEATURES)
    .map(({ id }) => id);
}

/** Softmax probability of the winner, kept within [0.34, 0.95]: a model fitted on a few hundred questions is never sure. */
function clampedProbability(scores: number[], winner: number): number {
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const p = exp[winner]! / exp.reduce((a, b) => a + b, 0);
  return Math.min(0.95, Math.max(0.34, p));
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
