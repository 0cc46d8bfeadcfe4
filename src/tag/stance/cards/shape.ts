/**
 * What a target's name says about the target, before any word forms: the words that carry it
 * ("Legalization of Abortion" → abortion), whether the target is for or against what those words
 * name ("Ban on Fracking" → against fracking), and whether it is a claim that something is a
 * problem ("Climate Change is a Real Concern").
 */
import { nameCardRules } from './rules.js';

export interface NameShape {
  /** The name's words that name what the target is about, as written. */
  subject: string[];
  /** favor: the target is for the subject; against: the target opposes it (a ban, an abolition). */
  side: 'favor' | 'against';
  /** The name claims the subject is a problem. */
  concern: boolean;
  /** The subject is a group named by a modifier before a group head ("Feminist Movement"). */
  groupHead: boolean;
  /** An acronym the name brings in brackets ("Black Lives Matter (BLM)"). */
  bracketed: string | null;
}

const COPULA = new Set(['is', 'are', "isn't", 'was', 'remains']);
const DEGREE = new Set(['a', 'an', 'the', 'real', 'serious', 'big', 'growing', 'major', 'genuine', 'true', 'global', 'very']);

export function readNameShape(name: string): NameShape {
  const bracket = /\(([A-Z][A-Za-z0-9]{1,7})\)\s*$/u.exec(name);
  const words = name.replace(/\([^)]*\)\s*$/u, '').split(/\s+/u).filter(Boolean);
  const claim = readClaim(words);
  const framed = readFrame(claim.subject);
  const groupHead = framed.subject.length >= 2 && nameCardRules().groupHeads.words.includes(framed.subject.at(-1)!.toLowerCase());
  return { ...framed, concern: claim.concern, groupHead, bracketed: bracket?.[1] ?? null };
}

/** "X is a real concern": the subject is X, and the claim is that X is a problem. */
function readClaim(words: string[]): { subject: string[]; concern: boolean } {
  const verb = words.findIndex((w, k) => k > 0 && COPULA.has(w.toLowerCase()));
  if (verb < 0) return { subject: words, concern: false };
  const predicate = words.slice(verb + 1).map((w) => w.toLowerCase()).filter((w) => !DEGREE.has(w));
  const concern = predicate.length === 1 && nameCardRules().concernPredicates.words.includes(predicate[0]!);
  return { subject: words.slice(0, verb), concern };
}

/** "Legalization of X", "Ban on X": the frame word says the side, the rest is the subject. */
function readFrame(words: string[]): { subject: string[]; side: 'favor' | 'against' } {
  const first = words[0]?.toLowerCase() ?? '';
  const frame = nameCardRules().frames.find((f) => f.words.includes(first));
  if (!frame || words.length < 2) return { subject: words, side: 'favor' };
  let k = 1;
  while (k < words.length - 1 && nameCardRules().frameConnectors.words.includes(words[k]!.toLowerCase())) k++;
  return { subject: words.slice(k), side: frame.side };
}
