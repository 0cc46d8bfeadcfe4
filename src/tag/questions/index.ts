// PLACEHOLDER until issue 4 lands.
import type { Question } from '../../schema/index.js';

export function tagQuestions(_text: string): Question[] {
  return [];
}

/** Fills `answeredBy` for factual questions from later comments in the same thread. */
export function linkAnswers<T extends { id: string; text: string; parentId: string | null; questions?: Question[] }>(
  _comments: T[],
): void {}
