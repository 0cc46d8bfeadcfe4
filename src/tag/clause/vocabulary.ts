/**
 * Everything the clause matcher knows about a word, in one map: its closed word classes, its
 * meaning roles (WordNet classes), whether the word lexicons list it as an insult or profanity,
 * and whether it is a person noun. Built once. Multi-word entries ("lesser beings", "can't
 * stand", "wipe out") are phrases keyed by their first word, their words spelt as the view spells
 * them (contractions split).
 */
import { builtinLexicon } from '../lexicon/index.js';
import { builtinGroups, getGroups, groupKey } from '../groups/index.js';
import { meaningClasses, ROLE } from '../meaning/index.js';
import { expand } from './contractions.js';
import { frameWords } from './frame-words.js';
import { buildFuzzyIndex, type FuzzyIndex } from './fuzzy.js';
import { buildMaskIndex, type MaskIndex, type MaskWord } from './masked.js';
import realWordsJson from './data/real-words.json';
import { closedWords, TAG, tagsOf } from './words.js';

export interface VocabEntry {
  tags: number;
  roles: number;
  /** Meaning classes the word is in ("vermin", "harm"). */
  classes: readonly string[];
  /** Listed by the word lexicons (insults.json, profanity.json). */
  insult: boolean;
  profane: boolean;
}

export interface Phrase {
  words: string[];
  entry: VocabEntry;
}

export interface Vocabulary {
  words: Map<string, VocabEntry>;
  phrases: Map<string, Phrase[]>;
  fuzzy: FuzzyIndex;
  /** Swear words by shape, for censored ones ("f***ing"). */
  masks: MaskIndex;
}

const NO_CLASSES: readonly string[] = [];

/** Spells a vocabulary term the way the view spells text: contractions split, apostrophes dropped. */
export function spell(term: string): string[] {
  return term
    .toLowerCase()
    .split(/[\s-]+/)
    .flatMap((word) => {
      const key = word.replace(/['\u2019]/g, '');
      return expand(key, word) ?? [key];
    })
    .filter(Boolean);
}

/** A swear word for a person ("wankers"), not a verb, adjective or exclamation ("fucking", "shitty"). */
function personNoun(term: string): boolean {
  return !/(ing|in|ed|y|ish|s\b.*\s)$/.test(term) && !['fuck', 'fucks', 'shit', 'shits', 'cum', 'wank', 'suck', 'sucks'].includes(term);
}

let built: Vocabulary | undefined;

export function vocabulary(): Vocabulary {
  if (built) return built;
  const words = new Map<string, VocabEntry>();
  const phrases = new Map<string, Phrase[]>();
  const entryFor = (key: string): VocabEntry => {
    let entry = words.get(key);
    if (!entry) {
      entry = { tags: tagsOf(key), roles: 0, classes: NO_CLASSES, insult: false, profane: false };
      words.set(key, entry);
    }
    return entry;
  };
  const addTerm = (term: string, update: (entry: VocabEntry) => void) => {
    const spelt = spell(term);
    if (spelt.length === 0) return;
    if (spelt.length === 1) {
      update(entryFor(spelt[0]!));
      return;
    }
    const list = phrases.get(spelt[0]!) ?? [];
    let phrase = list.find((p) => p.words.join(' ') === spelt.join(' '));
    if (!phrase) {
      phrase = { words: spelt, entry: { tags: 0, roles: 0, classes: NO_CLASSES, insult: false, profane: false } };
      list.push(phrase);
      list.sort((a, b) => b.words.length - a.words.length);
      phrases.set(spelt[0]!, list);
    }
    update(phrase.entry);
  };
  for (const word of closedWords()) entryFor(word);
  for (const word of frameWords()) entryFor(word); // the frames' own words: read through misspellings and glue too
  for (const [word, meaning] of meaningClasses().words) {
    addTerm(word, (entry) => {
      entry.roles |= meaning.roles;
      entry.classes = entry.classes === NO_CLASSES ? [...meaning.classes] : [...entry.classes, ...meaning.classes];
    });
  }
  for (const entry of builtinLexicon().entries) {
    if (entry.category !== 'insult' && entry.category !== 'profanity') continue;
    for (const term of entry.terms) {
      // Swearing that names a person ("assholes", "dickheads") insults whoever it is said of.
      const insult = entry.category === 'insult' || (entry.aimable === true && personNoun(term));
      addTerm(term, (e) => {
        if (insult) e.insult = true;
        if (entry.category === 'profanity') e.profane = true;
      });
    }
  }
  for (const noun of getGroups().personNouns) addTerm(noun, (e) => (e.roles |= ROLE.person));
  // A phrase's words are words the matcher knows ("stand" of "can't stand"): split where run together.
  for (const list of [...phrases.values()]) for (const phrase of list) for (const word of phrase.words) if (word.length >= 3 && /^[a-z]+$/.test(word)) entryFor(word);
  built = { words, phrases, fuzzy: fuzzyIndex(words, phrases), masks: buildMaskIndex(maskWords()) };
  return built;
}

/** The single-word insults and profanity of the bundled lexicon, for censored words. */
function maskWords(): MaskWord[] {
  const out: MaskWord[] = [];
  for (const entry of builtinLexicon().entries) {
    if (entry.category !== 'insult' && entry.category !== 'profanity') continue;
    const rank = entry.category === 'profanity' ? 0 : 1;
    for (const term of entry.terms) if (!/[\s-]/.test(term)) out.push({ word: term.toLowerCase().replace(/['\u2019]/g, ''), entry: entry.id, rank });
  }
  return out;
}

/** Content words (and the built-in group terms) can be read through a misspelling; closed words cannot. */
function fuzzyIndex(words: Map<string, VocabEntry>, phrases: Map<string, Phrase[]>): FuzzyIndex {
  return buildFuzzyIndex(fuzzyTargets(words, phrases), (realWordsJson as { words: string[] }).words);
}

const NOT_FUZZY_TARGETS = TAG.report | TAG['report-noun'] | TAG.condemn | TAG.whoever;

/** The words a misspelling may be read as (scripts/build/fuzzy-guard.ts guards them too). */
export function fuzzyTargets(words: Map<string, VocabEntry>, phrases: Map<string, Phrase[]>): string[] {
  const content: string[] = [];
  for (const [key, entry] of words) if ((entry.roles & ~ROLE.person) !== 0 || entry.insult || entry.profane) content.push(key);
  for (const group of builtinGroups()) for (const term of [...group.nouns, ...group.adjectives]) content.push(...groupKey(term));
  content.push(...getGroups().personNouns);
  // Closed words of four letters or more ("shoudl", "wiht", "alwyas"): a frame's glue misspelt
  // breaks the frame as surely as its predicate.
  // Statement nouns and reporting verbs ("lies", "claims") stay out: "livs" is "lives", not "lies".
  for (const word of closedWords()) if (word.length >= 4 && /^[a-z]+$/.test(word) && (tagsOf(word) & NOT_FUZZY_TARGETS) === 0) content.push(word);
  // Indefinite subjects of six letters or more ("somenoe", "smoebody"): "others", "folks" stay out.
  for (const word of closedWords()) if (word.length >= 6 && /^[a-z]+$/.test(word) && tagsOf(word) === TAG.whoever) content.push(word);
  // The frames' open words ("place", "than", "difference") and the words of phrases ("can't
  // stand") likewise: glue of a frame.
  for (const list of phrases.values()) for (const phrase of list) content.push(...phrase.words.filter((w) => w.length >= 4 && /^[a-z]+$/.test(w)));
  for (const word of frameWords()) if (word.length >= 4 && /^[a-z]+$/.test(word) && (tagsOf(word) & NOT_FUZZY_TARGETS) === 0) content.push(word);
  return content;
}
