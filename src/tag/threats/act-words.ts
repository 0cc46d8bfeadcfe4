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
  for (const pattern of patterns) for (const act of actAlternatives(pattern)) for (const w of act.words) words.add(w);
  return words;
}

/**
 * Each alternative of each `act=` capture of a pattern, with the words that complete it. When the
 * capture itself holds only closed-class words ("act=(make|let) #det* $target (suffer|pay)"), the
 * act is completed after it: the rest of the pattern is read up to the next top-level "|".
 * An alternative reading a meaning role ("act=@harm-verb") has no words (the role is checked apart).
 */
export function actAlternatives(pattern: string): { act: string; words: string[] }[] {
  const out: { act: string; words: string[] }[] = [];
  const tokens = tokenizePattern(pattern);
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (!token.startsWith('act=')) continue;
    const close = token === 'act=(' ? closing(tokens, k) : k;
    const tail = restOfAlternative(tokens, close + 1);
    const alts = token === 'act=(' ? alternatives(tokens.slice(k + 1, close)) : [[token.slice(4)]];
    for (const alternative of alts) {
      const act = alternative.join(' ');
      if (act.startsWith('@')) {
        out.push({ act, words: [] });
        continue;
      }
      const own = completing(alternative);
      out.push({ act, words: own.length > 0 ? own : completing(tail) });
    }
  }
  return out;
}

/** The tokens from `from` to the next "|" at the same depth (or the end of the enclosing group). */
function restOfAlternative(tokens: readonly string[], from: number): string[] {
  const out: string[] = [];
  let depth = 0;
  for (let k = from; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token === '|' && depth === 0) break;
    if (token.endsWith('(')) depth++;
    else if (token.startsWith(')') && --depth < 0) break;
    out.push(token);
  }
  return out;
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
