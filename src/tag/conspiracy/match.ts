/**
 * Finds cue phrases in a token stream (hash lookups keyed by the first word, so the cost is linear
 * in the text and independent of the number of cues) plus the few raw-text patterns.
 */
import type { CueToken as Token } from '../../text/tokens.js';
import { claimInOrder } from '../../text/spans.js';
import { prefixHead } from '../../text/prefix-head.js';
import { PREFIX_KEY, type CompiledCues, type CueEntry, type Phrase } from './cues.js';

export interface CueHit {
  start: number;
  end: number;
  cue: CueEntry;
}

export function findHits(text: string, tokens: readonly Token[], compiled: CompiledCues): CueHit[] {
  const hits: CueHit[] = [];
  const { prefixStarts } = compiled;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const exact = compiled.byWord.get(token.norm);
    if (exact) collect(tokens, i, exact, compiled, hits);
    // Few prefix keys exist: their first two characters rule most words out before any slicing.
    if (token.norm.length >= PREFIX_KEY && prefixStarts.has(prefixHead(token.norm))) {
      const prefixed = compiled.byPrefix.get(token.norm.slice(0, PREFIX_KEY));
      if (prefixed) collect(tokens, i, prefixed, compiled, hits);
    }
  }
  for (const { re, cue } of compiled.patterns) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      if (m[0].length > 0) hits.push({ start: m.index, end: m.index + m[0].length, cue });
    }
  }
  return hits;
}

function collect(tokens: readonly Token[], at: number, phrases: Phrase[], compiled: CompiledCues, hits: CueHit[]): void {
  const index = compiled.secondWords.get(phrases);
  if (!index) {
    for (const phrase of phrases) tryPhrase(tokens, at, phrase, hits);
    return;
  }
  // A common first word ("they", "the") heads hundreds of phrases: only those whose second word is
  // the next token can match, so try those plus the ones the index cannot rule out, in list order.
  const next = tokens[at + 1];
  const keyed = next && !next.breakBefore ? index.byNext.get(next.norm) : undefined;
  const other = index.other;
  if (!keyed) {
    for (const k of other) tryPhrase(tokens, at, phrases[k]!, hits);
    return;
  }
  let a = 0;
  let b = 0;
  while (a < keyed.length || b < other.length) {
    const k = b >= other.length || (a < keyed.length && keyed[a]! < other[b]!) ? keyed[a++]! : other[b++]!;
    tryPhrase(tokens, at, phrases[k]!, hits);
  }
}

function tryPhrase(tokens: readonly Token[], at: number, phrase: Phrase, hits: CueHit[]): void {
  const last = matchAt(tokens, at, phrase);
  if (last >= 0) hits.push({ start: tokens[at]!.start, end: tokens[last]!.end, cue: phrase.cue });
}

/** Index of the phrase's last token when it matches at `at`, else -1. */
function matchAt(tokens: readonly Token[], at: number, phrase: Phrase): number {
  const { words, cue } = phrase;
  if (at + words.length > tokens.length) return -1;
  for (let k = 0; k < words.length; k++) {
    const token = tokens[at + k]!;
    if (k > 0 && token.breakBefore) return -1;
    const word = words[k]!;
    if (word.kind === 'any') continue;
    const form = cue.caseSensitive ? token.raw : token.norm;
    if (word.kind === 'exact' ? form !== word.word : !form.startsWith(word.stem)) return -1;
  }
  return at + words.length - 1;
}

/**
 * Overlapping hits: the longest wins (then the heavier, then the earlier), so "globalist cabal"
 * beats "globalist" and each character carries at most one marker.
 */
export function resolveOverlaps(hits: CueHit[], length: number): CueHit[] {
  return claimInOrder(hits, length, (a, b) => b.end - b.start - (a.end - a.start) || b.cue.weight - a.cue.weight || a.start - b.start);
}
