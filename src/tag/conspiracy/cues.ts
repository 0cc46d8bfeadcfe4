/**
 * Conspiracy cue lists: the JSON files in ./data, validated with zod and compiled into a
 * token-keyed index. Cues are data, not code: each entry says which role it marks, how much it
 * weighs towards a plot claim, why (note) and where the knowledge comes from (source).
 *
 * Term syntax (kept deliberately small so every cue is a plain phrase lookup, never a regex):
 * - words separated by spaces; matched on word tokens, case-insensitive unless `caseSensitive`
 * - `(a|b c|)` alternatives, which may be multi-word; an empty alternative makes the group optional
 * - a trailing `*` makes a word a prefix (`globalist*` matches globalists, globalism...)
 * - `_` matches any one word (not allowed first)
 */
import * as z from 'zod';
import { ConspiracyRole } from '../../schema/tags.js';
import agents from './data/agents.json';
import antisemitism from './data/antisemitism.json';
import campaigners from './data/campaigners.json';
import critical from './data/critical.json';
import effects from './data/effects.json';
import facilitators from './data/facilitators.json';
import objectives from './data/objectives.json';
import rhetoric from './data/rhetoric.json';
import victims from './data/victims.json';
import { prefixHead } from '../../text/prefix-head.js';
import { scanCueWords } from '../../text/tokens.js';

/** Bump on any change to the cue data; results are only comparable within one version. */
export const CONSPIRACY_CUES_VERSION = '1.1.0';

/** `critical` cues mark opposition without a plot claim; they produce no markers. */
export const CueRole = z.union([ConspiracyRole, z.literal('critical')]);
export type CueRole = z.infer<typeof CueRole>;

export const CueEntry = z.lazy(() =>
  z
    .object({
      id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case'),
      terms: z.array(z.string().trim().min(1)).optional(),
      patterns: z.array(z.string().min(1)).optional(),
      role: CueRole,
      weight: z.number().min(0).max(2).describe('Contribution to the plot score (critical cues: to the opposition score)'),
      caseSensitive: z.boolean().optional(),
      note: z.string().min(1),
      source: z.string().min(1),
    })
    .strict()
    .refine((entry) => (entry.terms?.length ?? 0) + (entry.patterns?.length ?? 0) > 0, 'an entry needs terms or patterns')
    .refine((entry) => (entry.patterns ?? []).every(isSafePattern), 'pattern does not compile or may backtrack'),
);
export type CueEntry = z.infer<typeof CueEntry>;

export const CueFile = z.lazy(() =>
  z
    .object({ file: z.string(), description: z.string(), cues: z.array(CueEntry) })
    .strict(),
);

/** One word of a compiled phrase. */
type WordMatcher = { kind: 'exact'; word: string } | { kind: 'prefix'; stem: string } | { kind: 'any' };

export interface Phrase {
  words: WordMatcher[];
  cue: CueEntry;
}

export interface CompiledCues {
  /** Phrases keyed by their exact first word (lower-cased). */
  byWord: Map<string, Phrase[]>;
  /** Phrases whose first word is a prefix, keyed by its first PREFIX_KEY characters. */
  byPrefix: Map<string, Phrase[]>;
  patterns: { re: RegExp; cue: CueEntry }[];
  cues: CueEntry[];
  /**
   * The first two characters of each `byPrefix` key as one number (`prefixHead`): most words are
   * ruled out before any slicing. One character ruled out few: the keys start with 25 letters.
   */
  prefixStarts: Set<number>;
  /** For phrase lists long enough to be worth it: the phrases by their second word (see match.ts). */
  secondWords: Map<Phrase[], SecondWordIndex>;
}

/** Lists shorter than this are cheaper to scan than to index. */
export const INDEX_FROM = 8;

export interface SecondWordIndex {
  /** Positions (ascending) of phrases whose second word is this exact lower-case word. */
  byNext: Map<string, number[]>;
  /** Positions (ascending) of every other phrase: one word, or a prefix, wildcard or case-sensitive second word. */
  other: number[];
}

export const PREFIX_KEY = 3;

const MAX_EXPANSIONS = 4096;

/** The shipped cue files, in a stable order. */
export const DEFAULT_CUE_FILES = [rhetoric, antisemitism, agents, facilitators, victims, objectives, effects, campaigners, critical];

/** Validates cue entries (throws with the entry id on a bad field or a duplicate). */
export function parseCues(input: unknown[]): CueEntry[] {
  const entries = input.map((raw, i) => {
    const parsed = CueEntry.safeParse(raw);
    if (!parsed.success) {
      const id = (raw as { id?: unknown })?.id ?? `#${i}`;
      throw new Error(`conspiracy cue ${String(id)}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`);
    }
    return parsed.data;
  });
  rejectDuplicates(entries);
  return entries;
}

export function loadDefaultCues(): CueEntry[] {
  return parseCues(DEFAULT_CUE_FILES.flatMap((file) => CueFile.parse(file).cues));
}

/**
 * Duplicate ids anywhere, and the same phrase twice within one dimension, are errors: a phrase
 * listed under two roles would make the marker's role depend on file order. Critical cues form
 * their own dimension, so a phrase may be both a role cue and a critical cue.
 */
function rejectDuplicates(entries: CueEntry[]): void {
  const ids = new Set<string>();
  const phrases = new Map<string, string>();
  for (const entry of entries) {
    if (ids.has(entry.id)) throw new Error(`conspiracy cue ${entry.id}: duplicate id`);
    ids.add(entry.id);
    const dimension = entry.role === 'critical' ? 'critical' : 'marker';
    for (const term of entry.terms ?? []) {
      for (const phrase of expandTerm(term)) {
        const key = `${dimension}|${entry.caseSensitive ? phrase.join(' ') : phrase.join(' ').toLowerCase()}`;
        const other = phrases.get(key);
        if (other !== undefined) throw new Error(`conspiracy cue ${entry.id}: phrase "${phrase.join(' ')}" duplicates ${other}`);
        phrases.set(key, entry.id);
      }
    }
  }
}

/** Expands `(a|b)` groups into word lists. Words keep their case; `*` and `_` stay as written. */
export function expandTerm(term: string): string[][] {
  let variants: string[] = [''];
  let i = 0;
  while (i < term.length) {
    const open = term.indexOf('(', i);
    if (open < 0) {
      variants = variants.map((v) => v + term.slice(i));
      break;
    }
    const close = term.indexOf(')', open);
    if (close < 0) throw new Error(`unclosed group in term "${term}"`);
    const literal = term.slice(i, open);
    const options = term.slice(open + 1, close).split('|');
    const next: string[] = [];
    for (const v of variants) for (const option of options) next.push(v + literal + option);
    if (next.length > MAX_EXPANSIONS) throw new Error(`term "${term}" expands to too many phrases`);
    variants = next;
    i = close + 1;
  }
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const v of variants) {
    const words = v.split(/\s+/).filter(Boolean);
    const key = words.join(' ');
    if (words.length === 0 || seen.has(key)) continue;
    seen.add(key);
    out.push(words);
  }
  return out;
}

/** Splits one written word into matchers: "don't" stays one token, "covid-19" becomes two. */
function compileWord(word: string, caseSensitive: boolean): WordMatcher[] {
  if (word === '_') return [{ kind: 'any' }];
  const prefix = word.endsWith('*');
  const body = prefix ? word.slice(0, -1) : word;
  const tokens = scanCueWords(body);
  if (tokens.length === 0) throw new Error(`word "${word}" has no letters or digits`);
  return tokens.map((token, index) => {
    const form = caseSensitive ? token.raw : token.norm;
    return prefix && index === tokens.length - 1 ? { kind: 'prefix', stem: form } : { kind: 'exact', word: form };
  });
}

export function compileCues(entries: CueEntry[]): CompiledCues {
  const byWord = new Map<string, Phrase[]>();
  const byPrefix = new Map<string, Phrase[]>();
  const patterns: CompiledCues['patterns'] = [];
  const add = (map: Map<string, Phrase[]>, key: string, phrase: Phrase) => {
    const list = map.get(key);
    if (list) list.push(phrase);
    else map.set(key, [phrase]);
  };
  const index = (phrase: Phrase) => {
    const first = phrase.words[0]!;
    if (first.kind === 'any') throw new Error(`cue ${phrase.cue.id}: a term may not start with _`);
    if (first.kind === 'exact') add(byWord, first.word.toLowerCase(), phrase);
    else if (first.stem.length < PREFIX_KEY) throw new Error(`cue ${phrase.cue.id}: prefix "${first.stem}*" is too short`);
    else add(byPrefix, first.stem.slice(0, PREFIX_KEY).toLowerCase(), phrase);
  };
  for (const cue of entries) {
    const caseSensitive = cue.caseSensitive === true;
    for (const term of cue.terms ?? []) {
      for (const written of expandTerm(term)) {
        const words = written.flatMap((word) => compileWord(word, caseSensitive));
        index({ words, cue });
        const joined = hashtagForm(words);
        if (joined) index({ words: [joined], cue });
      }
    }
    for (const source of cue.patterns ?? []) patterns.push({ re: new RegExp(source, 'giu'), cue });
  }
  const prefixStarts = new Set([...byPrefix.keys()].map((key) => prefixHead(key)));
  const secondWords = new Map<Phrase[], SecondWordIndex>();
  for (const list of byWord.values()) if (list.length >= INDEX_FROM) secondWords.set(list, secondWordIndex(list));
  for (const list of byPrefix.values()) if (list.length >= INDEX_FROM) secondWords.set(list, secondWordIndex(list));
  return { byWord, byPrefix, patterns, cues: entries, prefixStarts, secondWords };
}

/** A common first word ("they", "the") heads hundreds of phrases: index them by their second word. */
function secondWordIndex(phrases: Phrase[]): SecondWordIndex {
  const index: SecondWordIndex = { byNext: new Map(), other: [] };
  phrases.forEach((phrase, k) => {
    const second = phrase.words[1];
    if (!second || second.kind !== 'exact' || phrase.cue.caseSensitive) {
      index.other.push(k);
      return;
    }
    const list = index.byNext.get(second.word);
    if (list) list.push(k);
    else index.byNext.set(second.word, [k]);
  });
  return index;
}

/** "great reset" is also written #GreatReset: index the joined form of multi-word phrases. */
function hashtagForm(words: WordMatcher[]): WordMatcher | undefined {
  if (words.length < 2) return undefined;
  let joined = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.kind === 'any') return undefined;
    if (word.kind === 'prefix' && i < words.length - 1) return undefined;
    joined += word.kind === 'exact' ? word.word.replace(/'/g, '') : word.stem;
  }
  if (joined.length < 6) return undefined;
  return words[words.length - 1]!.kind === 'prefix' ? { kind: 'prefix', stem: joined } : { kind: 'exact', word: joined };
}

/**
 * Patterns run on raw text, so they must stay linear: compile, and no quantified group that
 * itself contains a quantifier (the shape behind catastrophic backtracking).
 */
function isSafePattern(source: string): boolean {
  try {
    new RegExp(source, 'giu');
  } catch {
    return false;
  }
  return !/\([^)]*[+*}][^)]*\)[+*{]/.test(source);
}
