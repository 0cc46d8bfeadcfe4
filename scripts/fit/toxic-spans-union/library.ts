/**
 * The shippable form of the union, measured out of fold: the induced words as a lexicon entry the
 * caller extends the bundled lexicon with (no aim frame, so they fire un-aimed; negation and
 * self-talk checks still apply), threadlens's own taggers run with it on the held-out fold.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tagIdentityAttacks } from '../../../src/tag/identity-attacks/index.js';
import { tagThreats } from '../../../src/tag/threats/index.js';
import { tagToxicity } from '../../../src/tag/toxicity/index.js';
import { offsets, type SpanPost } from '../../eval/toxicity/toxic-spans.js';

const CACHE = new URL('../../../node_modules/.cache/toxic-spans-union/attack-threat-train.json', import.meta.url); // delete after changing a tagger

/** Identity-attack and threat spans per post (the lexicon does not move them), cached. */
export function attackAndThreatSpans(posts: readonly SpanPost[]): number[][] {
  if (existsSync(CACHE)) return JSON.parse(readFileSync(CACHE, 'utf8')) as number[][];
  const out = posts.map((p) => [...offsets([...tagIdentityAttacks(p.text), ...tagThreats(p.text)])]);
  mkdirSync(new URL('.', CACHE), { recursive: true });
  writeFileSync(CACHE, JSON.stringify(out));
  return out;
}

/** threadlens's spans on one post with `terms` added as an un-aimed insult entry. */
export function spansWith(text: string, terms: readonly string[], others: readonly number[]): Set<number> {
  const lexicon = terms.length === 0 ? undefined : { extend: [{ id: 'insult.marked-unaimed', terms: [...terms], category: 'insult' as const, severity: 1, source: 'toxic-spans-train (CC0), out of fold', note: 'induced on the other folds' }] };
  const t = tagToxicity(text, lexicon);
  const out = offsets([...t.slurs, ...t.insults, ...t.profanity]);
  for (const k of others) out.add(k);
  return out;
}
