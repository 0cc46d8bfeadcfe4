/**
 * The words a threat cannot do without, read off the threat frames themselves, so the tagger's
 * cheap pre-check ("does this text hold any act of harm?") can never disagree with the frames.
 * Each `act=` capture is a list of alternatives; the word that completes an alternative's act is
 * its last required literal that is not a closed-class word: "slit … throat", "make … suffer",
 * "put an end to", "be wiped out". An alternative that reads a meaning role (@harm-verb) needs
 * no word here: the role is checked apart.
 */
import { splitElement, tokenizePattern } from '../clause/pattern.js';
import { tagsOf } from '../clause/words.js';

const LITERAL = /^[a-z'*_]+(\|[a-z'*_]+)*$/;

/** Every act word of a set of patterns (macros already expanded). */
export function actWords(patterns: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const pattern of patterns) {
    const tokens = tokenizePattern(pattern);
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k]!;
      if (!token.startsWith('act=')) continue;
      if (token === 'act=(') {
        const close = closing(tokens, k);
        for (const alternative of alternatives(tokens.slice(k + 1, close))) for (const w of completing(alternative)) words.add(w);
      } else for (const w of completing([token.slice(4)])) words.add(w);
    }
  }
  return words;
}

/** Index of the ")" closing the group opened at `open`. */
function closing(tokens: readonly string[], open: number): number {
  let depth = 0;
  for (let k = open; k < tokens.length; k++) {
    if (tokens[k]!.endsWith('(')) depth++;
    else if (tokens[k]!.startsWith(')') && --depth === 0) return k;
  }
  throw new Error('act words: unclosed group');
}

/** A group's body split at its own top-level "|". */
function alternatives(body: readonly string[]): string[][] {
  const out: string[][] = [[]];
  let depth = 0;
  for (const token of body) {
    if (token === '|' && depth === 0) {
      out.push([]);
      continue;
    }
    if (token.endsWith('(')) depth++;
    else if (token.startsWith(')')) depth--;
    out[out.length - 1]!.push(token);
  }
  return out;
}

/** The words of the last required, open-class literal element of one alternative (none if it has none). */
function completing(alternative: readonly string[]): string[] {
  let found: string[] = [];
  let optionalDepth = 0;
  const optional: boolean[] = [];
  for (let k = 0; k < alternative.length; k++) {
    const token = alternative[k]!;
    if (token.endsWith('(')) {
      const close = closing(alternative, k);
      const isOptional = /^\)(\?|\*|\{0,\d+\})$/.test(alternative[close]!);
      optional.push(isOptional);
      if (isOptional) optionalDepth++;
      continue;
    }
    if (token.startsWith(')')) {
      if (optional.pop()) optionalDepth--;
      continue;
    }
    if (optionalDepth > 0) continue;
    const { body, quantifier } = splitElement(token);
    if ((quantifier && quantifier !== '+') || !LITERAL.test(body)) continue;
    const parts = body.split('|').map((w) => w.replace(/_/g, ' '));
    if (parts.every((w) => tagsOf(w.replace(/'/g, '')) !== 0)) continue; // "to", "down", "be": in every other comment
    found = parts;
  }
  return found;
}
