/**
 * What the dictionary says stands against a target's subject or takes a side on it
 * (data/wordnet-sides.json, generated from WordNet 3.1 by scripts/build/stance-sides.ts): the
 * opposed doctrine and its holders (atheism: theism, theists, God), and adjectives defined by the
 * side they take (abortion: pro-choice for, pro-life against), whom a cause is for (feminism: women),
 * and where a side protects someone, the verbs of the subject (abortion: abort), which that side
 * uses with its words for harm (name-cards.json, protectedHarm).
 */
import * as z from 'zod';
import data from '../data/wordnet-sides.json' with { type: 'json' };
import { once } from '../../../memo.js';
import type { SideWords } from './sides.js';
import { nameCardRules } from './rules.js';

const Words = z.lazy(() =>
  z.array(z.string().min(1)),
);
const SideEntry = z.lazy(() =>
  z.object({ opponents: Words, titles: Words, beneficiaries: Words, favor: Words, against: Words, protected: Words, acts: Words }),
);
const WordnetSidesFile = z.lazy(() =>
  z.object({
    version: z.string().regex(/^\d+\.\d+\.\d+$/u),
    description: z.string(),
    provenance: z.object({ resource: z.string(), license: z.string(), generatedBy: z.string() }),
    entries: z.record(z.string(), SideEntry),
  }),
);

export const WORDNET_SIDES_SOURCE = `wordnet-sides@${data.version}`;
/**
 * Validated on first use, not at import. A Map, not the parsed object: a subject word such as
 * "constructor" must find nothing, not Object's own properties.
 */
const entries = once(() => new Map(Object.entries(WordnetSidesFile.parse(data).entries)));

export interface DictionarySides {
  opponents: string[];
  /** Whom the cause is for (feminism: women): what is said of them speaks to the target. */
  beneficiaries: string[];
  vocabulary: SideWords;
}

/**
 * The entries of every form of the subject, merged. A hyphenated side word is also written
 * joined, as hashtags write it (pro-life, #prolife).
 */
export function dictionarySides(forms: readonly string[]): DictionarySides {
  const out: DictionarySides = { opponents: [], beneficiaries: [], vocabulary: { favor: [], against: [] } };
  for (const form of forms) {
    const entry = entries().get(form.toLowerCase());
    if (!entry) continue;
    out.opponents.push(...entry.opponents);
    out.beneficiaries.push(...entry.beneficiaries);
    out.vocabulary.favor.push(...entry.favor.flatMap(withJoined));
    out.vocabulary.against.push(...entry.against.flatMap(withJoined));
    // The side that protects someone names the harm it protects them from (name-cards.json, protectedHarm).
    const protects = entry.protected.some((w) => entry.against.includes(w)) ? 'against' : entry.protected.some((w) => entry.favor.includes(w)) ? 'favor' : null;
    // With it, the act the subject names, said of them ("babies aborted"): WordNet's verbs of the subject.
    if (protects) out.vocabulary[protects].push(...nameCardRules().protectedHarm.words, ...entry.acts);
  }
  return out;
}

/** Every side word the dictionary gives, lower-cased, so a finding can name where its word came from. */
const dictionaryWords = once(() => new Set([...entries().values()].flatMap((entry) => [...entry.favor, ...entry.against, ...entry.acts].flatMap(withJoined).map((w) => w.toLowerCase()))));

export function isDictionarySideWord(word: string): boolean {
  return dictionaryWords().has(word.toLowerCase());
}

const harmWords = once(() => new Set([...nameCardRules().protectedHarm.words, ...[...entries().values()].flatMap((entry) => entry.acts)]));

/** A word for the harm a protecting side names ("kill", "murder", "aborted"): a negator before it does not turn its side. */
export function isProtectedHarmWord(word: string): boolean {
  return harmWords().has(word.toLowerCase());
}

/** Side words that name whom a side protects ("fetus", "unborn"), lower-cased: they speak for the side less surely than its own name. */
const protectedWords = once(() => new Set([...entries().values()].flatMap((entry) => entry.protected.map((w) => w.toLowerCase()))));

export function isProtectedSideWord(word: string): boolean {
  return protectedWords().has(word.toLowerCase());
}

/** Titles of a denied being that are also common words (Lord, Savior), lower-cased: see isTitle in scripts/build/stance-sides.ts. */
const titleWords = once(() => new Set([...entries().values()].flatMap((entry) => entry.titles.map((w) => w.toLowerCase()))));

/** A title of a denied being that is also a common word ("Lord", "Savior"): in lower case it names the being only beside its other names. */
export function isDictionaryTitle(word: string): boolean {
  return titleWords().has(word.toLowerCase());
}

function withJoined(word: string): string[] {
  return word.includes('-') ? [word, word.replaceAll('-', '')] : [word];
}
