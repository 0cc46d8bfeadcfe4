import { prefixHead } from '../../text/prefix-head.js';
import type { LexiconEntry, PatternSet } from './schema.js';
import type { DehumanizationData } from './schema.js';

/** A lexicon entry ready for matching. `canonical` is the entry's first term. */
export interface CompiledEntry extends LexiconEntry {
  kind: 'slur' | 'insult' | 'profanity';
  /** The finding `source`: the bundled lexicon or the caller's, with its version. */
  origin: string;
  canonical: string;
  /** The terms as written, to tell a literal match from a disguised one. */
  termSet: Set<string>;
  homonymNear?: Set<string>;
  homonymPrev?: Set<string>;
  homonymNext?: Set<string>;
}

export interface Form {
  entry: CompiledEntry;
  /** The term as written in the data ("camel fucker"). */
  term: string;
}

export interface Phrase extends Form {
  keys: string[];
}

export interface CompiledDehumanization {
  /** The finding `source` of every dehumanization match. */
  origin: string;
  groupNouns: Map<string, string[][]>; // first key → key sequences
  groupAdjectives: Set<string>;
  personNouns: Set<string>;
  predicates: Map<string, PatternSet>;
  swarm: Map<string, string[][]>;
  swarmSet: PatternSet;
  worthless: Map<string, string[][]>;
  worthlessSet: PatternSet;
}

export interface CompiledLexicon {
  entries: CompiledEntry[];
  /** Single-word forms by match key ("shemale" for "she-male", "camelfucker" for "camel fucker"). */
  single: Map<string, Form>;
  /** Multi-word forms by the key of their first word. */
  phrases: Map<string, Phrase[]>;
  /** Forms whose compounds also match, by their first 4 letters, longest first. */
  prefixes: Map<string, Form[]>;
  /** The first two characters of every prefix key, as one number (-1 for a shorter key): most words are ruled out before any slicing. */
  prefixHeads: Set<number>;
  /** Single-word forms by `${length}:${first letter}`, for "f*ck". */
  byShape: Map<string, Form[]>;
  dehumanization: CompiledDehumanization | undefined;
}

/** The key a word of a term is matched on: what tokenize() makes of the same word. */
export const wordKey = (word: string): string => word.replace(/['\u2019-]/g, '');
const termWords = (term: string): string[] => term.split(/\s+/).map(wordKey).filter(Boolean);

export function kindOf(entry: LexiconEntry): CompiledEntry['kind'] {
  return entry.category === 'insult' ? 'insult' : entry.category === 'profanity' ? 'profanity' : 'slur';
}

/** `originOf(entry)` names where each entry came from (the bundled lexicon or the caller's file). */
export function compileEntries(
  entries: LexiconEntry[],
  dehum: DehumanizationData | undefined,
  originOf: (entry: LexiconEntry) => string,
  dehumOrigin: string,
): CompiledLexicon {
  const compiled: CompiledEntry[] = entries.map((entry) => ({
    ...entry,
    origin: originOf(entry),
    kind: kindOf(entry),
    canonical: entry.terms[0]!,
    termSet: new Set(entry.terms),
    homonymNear: entry.homonym?.near ? new Set(entry.homonym.near.map(wordKey)) : undefined,
    homonymPrev: entry.homonym?.prev ? new Set(entry.homonym.prev.map(wordKey)) : undefined,
    homonymNext: entry.homonym?.next ? new Set(entry.homonym.next.map(wordKey)) : undefined,
  }));
  const single = new Map<string, Form>();
  const phrases = new Map<string, Phrase[]>();
  const prefixes = new Map<string, Form[]>();
  const byShape = new Map<string, Form[]>();
  for (const entry of compiled) {
    for (const term of entry.terms) {
      const words = termWords(term);
      const joined = words.join('');
      // First writer wins, so an `extend` entry placed first overrides a built-in form.
      if (!single.has(joined)) single.set(joined, { entry, term });
      if (words.length > 1) {
        const list = phrases.get(words[0]!) ?? [];
        list.push({ entry, term, keys: words });
        phrases.set(words[0]!, list);
      } else {
        const shape = `${joined.length}:${joined[0]}`;
        const list = byShape.get(shape) ?? [];
        list.push({ entry, term });
        byShape.set(shape, list);
      }
      if (entry.prefix && words.length === 1 && joined.length >= 4) {
        const list = prefixes.get(joined.slice(0, 4)) ?? [];
        list.push({ entry, term });
        prefixes.set(joined.slice(0, 4), list);
      }
    }
  }
  for (const list of phrases.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  for (const list of prefixes.values()) list.sort((a, b) => b.term.length - a.term.length);
  const prefixHeads = new Set([...prefixes.keys()].map((key) => (key.length < 2 ? -1 : prefixHead(key))));
  return { entries: compiled, single, phrases, prefixes, prefixHeads, byShape, dehumanization: dehum && compileDehum(dehum, dehumOrigin) };
}

function sequences(terms: string[]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const term of terms) {
    const words = termWords(term);
    const list = map.get(words[0]!) ?? [];
    list.push(words);
    map.set(words[0]!, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
}

function compileDehum(data: DehumanizationData, origin: string): CompiledDehumanization {
  const predicates = new Map<string, PatternSet>();
  for (const set of data.predicates) for (const term of set.terms) predicates.set(wordKey(term), set);
  return {
    origin,
    groupNouns: sequences(data.groupNouns),
    groupAdjectives: new Set(data.groupAdjectives.map(wordKey)),
    personNouns: new Set(data.personNouns.map(wordKey)),
    predicates,
    swarm: sequences(data.swarmVerbs.terms),
    swarmSet: data.swarmVerbs,
    worthless: sequences(data.worthlessLives.terms),
    worthlessSet: data.worthlessLives,
  };
}
