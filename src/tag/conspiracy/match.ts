/**
 * Finds cue phrases in a token stream (hash lookups keyed by the first word, so the cost is linear
 * in the text and independent of the number of cues) plus the few raw-text patterns.
 */
import { PREFIX_KEY, type CompiledCues, type CueEntry, type Phrase } from './cues.js';
import type { Token } from './tokens.js';

export interface CueHit {
  start: number;
  end: number;
  cue: CueEntry;
}

export function findHits(text: string, tokens: Token[], compiled: CompiledCues): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const exact = compiled.byWord.get(token.norm);
    if (exact) collect(tokens, i, exact, hits);
    if (token.norm.length >= PREFIX_KEY) {
      const prefixed = compiled.byPrefix.get(token.norm.slice(0, PREFIX_KEY));
      if (prefixed) collect(tokens, i, prefixed, hits);
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

function collect(tokens: Token[], at: number, phrases: Phrase[], hits: CueHit[]): void {
  for (const phrase of phrases) {
    const last = matchAt(tokens, at, phrase);
    if (last >= 0) hits.push({ start: tokens[at]!.start, end: tokens[last]!.end, cue: phrase.cue });
  }
}

/** Index of the phrase's last token when it matches at `at`, else -1. */
function matchAt(tokens: Token[], at: number, phrase: Phrase): number {
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
  if (hits.length < 2) return hits;
  const ranked = [...hits].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.cue.weight - a.cue.weight || a.start - b.start,
  );
  const taken = new Uint8Array(length);
  const kept: CueHit[] = [];
  for (const hit of ranked) {
    let free = true;
    for (let c = hit.start; c < hit.end; c++) {
      if (taken[c]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, hit.start, hit.end);
    kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** `extra` hits that overlap none of `kept` (nor each other), merged into `kept` in text order. */
export function addFree(kept: CueHit[], extra: CueHit[], length: number): CueHit[] {
  if (extra.length === 0) return kept;
  const taken = new Uint8Array(length);
  for (const hit of kept) taken.fill(1, hit.start, hit.end);
  const free: CueHit[] = [];
  for (const hit of extra) {
    let clear = true;
    for (let c = hit.start; c < hit.end; c++) {
      if (taken[c]) {
        clear = false;
        break;
      }
    }
    if (!clear) continue;
    taken.fill(1, hit.start, hit.end);
    free.push(hit);
  }
  return free.length ? [...kept, ...free].sort((a, b) => a.start - b.start) : kept;
}
