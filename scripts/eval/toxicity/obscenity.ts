/** The peer: obscenity with its English dataset and recommended transformers, as its README shows. */
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';

let matcher: RegExpMatcher | undefined;

function get(): RegExpMatcher {
  matcher ??= new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  return matcher;
}

/** obscenity's matches as [start, end) spans (its endIndex is inclusive). */
export function obscenitySpans(text: string): { start: number; end: number }[] {
  return get()
    .getAllMatches(text, true)
    .map((m) => ({ start: m.startIndex, end: m.endIndex + 1 }));
}

export const obscenityHasMatch = (text: string): boolean => get().hasMatch(text);
