/**
 * Claim-sized markers. PAN 2024 marks an objective or a negative effect as the claim that states
 * it ("the vaccines are killing us", "to weaken us physically"), not as the one cue word in it.
 * So markers of those roles grow word by word to the surrounding clause: never across punctuation
 * (a clause break), never into a neighbouring marker, and at most `maxWords` words each way.
 * Agents, victims and the other roles stay the noun phrase the cue matched.
 */
import type { CueHit } from './match.js';
import { searchEdge } from '../../text/spans.js';
import type { CueToken as Token } from '../../text/tokens.js';

const CLAIM_ROLES = new Set(['negative-effect', 'objective']);
export const CLAIM_MAX_WORDS = 6;
const EDGE_WORDS = new Set(['and', 'or', 'but', 'of', 'the', 'a', 'an', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'through', 'into', 'via', 'about', 'over', 'after', 'before', 'that', 'which', 'who', 'because', 'so', 'if', 'when', 'while', 'than', 'then', 'is', 'are', 'was', 'were', 'be', 'its', "it's", 'their', 'his', 'her', 'our', 'your', 'this', 'these', 'those']);

/** `hits` sorted by start and non-overlapping; returns the same hits, claims widened. */
export function widenClaims(hits: CueHit[], tokens: readonly Token[], maxWords = CLAIM_MAX_WORDS): CueHit[] {
  if (!hits.some((hit) => CLAIM_ROLES.has(hit.cue.role))) return hits;
  const out: CueHit[] = [];
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    if (!CLAIM_ROLES.has(hit.cue.role)) {
      out.push(hit);
      continue;
    }
    const first = tokenAt(tokens, hit.start);
    const last = tokenEndingAt(tokens, hit.end);
    if (first < 0 || last < 0) {
      out.push(hit);
      continue;
    }
    const floor = out.length ? out[out.length - 1]!.end : 0;
    const ceiling = h + 1 < hits.length ? hits[h + 1]!.start : Infinity;
    let from = first;
    for (let step = 0; step < maxWords && from > 0 && !tokens[from]!.breakBefore && tokens[from - 1]!.start >= floor; step++) from--;
    let to = last;
    for (let step = 0; step < maxWords && to + 1 < tokens.length && !tokens[to + 1]!.breakBefore && tokens[to + 1]!.end <= ceiling; step++) to++;
    // A claim does not start or end on a joining word ("... and", "of ...").
    while (from < first && EDGE_WORDS.has(tokens[from]!.norm)) from++;
    while (to > last && EDGE_WORDS.has(tokens[to]!.norm)) to--;
    out.push({ ...hit, start: Math.min(hit.start, tokens[from]!.start), end: Math.max(hit.end, tokens[to]!.end) });
  }
  return out;
}

/** Index of the token starting exactly at `offset`, else -1. */
function tokenAt(tokens: readonly Token[], offset: number): number {
  return searchEdge(tokens, offset, 'start');
}

/** Index of the token ending exactly at `offset`, else -1. */
function tokenEndingAt(tokens: readonly Token[], offset: number): number {
  return searchEdge(tokens, offset, 'end');
}
