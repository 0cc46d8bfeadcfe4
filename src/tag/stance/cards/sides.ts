/** The pro-/anti- and Stop/Yes/No patterns of a word (data/name-cards.json, sidePatterns). */
import { nameCardRules } from './rules.js';

export interface SideWords {
  favor: string[];
  against: string[];
}

/**
 * Patterns filled with each key word; a target against its subject swaps the sides, and a claim
 * that the subject is a problem takes only the patterns that fight it, as agreement.
 */
export function sidePatterns(words: string[], side: 'favor' | 'against', concern = false): SideWords {
  const fill = (patterns: string[]) =>
    words.filter((w) => !w.includes(' ')).flatMap((w) => patterns.map((p) => p.replaceAll('{w}', w.toLowerCase()).replaceAll('{W}', capital(w))));
  if (concern) return { favor: fill(nameCardRules().sidePatterns.concern), against: [] };
  const forIt = fill(nameCardRules().sidePatterns.favor);
  const againstIt = fill(nameCardRules().sidePatterns.against);
  return side === 'favor' ? { favor: forIt, against: againstIt } : { favor: againstIt, against: forIt };
}

function capital(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}
