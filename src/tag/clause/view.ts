/**
 * The clause view of one text: its words as units the clause patterns read, each with its
 * closed word classes, meaning roles and group, and an exact span of the original text. The
 * disguises a hateful comment uses are undone here, once, for every tagger that reads clauses:
 * leetspeak (by the tokenizer), contractions ("can't" is "can not"), spaced-out letters
 * ("w o m e n"), one-letter misspellings of vocabulary words ("despicble") and two words run
 * together ("sosickening").
 */
import { ForgettableWeakMap, MAX_KEY_CHARS, memoizeById } from '../../memo.js';
import { joins } from '../../normalize/index.js';
import type { LexicalToken as Token } from '../../text/tokens.js';
import { flatCopy, MAX_WORD_IDS } from '../../text/word-ids.js';
import type { TextView } from '../../text/view.js';
import type { CompiledGroups, GroupRef } from '../groups/index.js';
import { ROLE } from '../meaning/index.js';
import { bareContraction, contraction, expand, hasApostrophe, misspeltContraction } from './contractions.js';
import { fuzzyLookup } from './fuzzy.js';
import { maskedLookup } from './masked.js';
import { vocabulary, type VocabEntry, type Vocabulary } from './vocabulary.js';
import { lyAdverb, TAG, tagsOf } from './words.js';

export interface Unit {
  /** The word as the vocabulary spells it (a misspelling read as the word it disguises). */
  key: string;
  start: number;
  end: number;
  sentence: number;
  /** A comma, colon, semicolon, bracket or dash comes before this unit: a clause may end there. */
  pause: boolean;
  quoted: boolean;
  capital: boolean;
  tags: number;
  roles: number;
  classes: readonly string[];
  insult: boolean;
  profane: boolean;
  /** Read through a disguise (misspelt, spaced out, run together, leetspeak). */
  disguised: boolean;
  /** The group this word names, as a noun ("women") or an adjective ("gay"). */
  groupNoun?: GroupRef;
  groupAdjective?: GroupRef;
  /** Units [this, this + span) form the group term ("asylum seekers"); 1 for one word. */
  groupSpan: number;
}

const LETTERS = /^[a-z]+$/;
const PAUSE = /[,;:()\u2013\u2014]|\s-\s|"|\u201c|\u201d/;
const EMPTY: VocabEntry = { tags: 0, roles: 0, classes: [], insult: false, profane: false };

export interface ClauseView {
  text: string;
  units: Unit[];
}

/**
 * The clause view of a text, derived once from its TextView (its folded, leetspeak-read words),
 * so the identity-attack and threat taggers share one reading of a comment.
 */
export function clauseView(view: TextView, groups: CompiledGroups): ClauseView {
  return view.derive(`clause:${groups.id}`, () => build(view, groups));
}

function build(view: TextView, groups: CompiledGroups): ClauseView {
  const text = view.text;
  const vocab = vocabulary();
  const folded = view.folded;
  const tokens = view.lexical;
  const units: Unit[] = [];
  const facts = tokens.map(factsReader(groups));
  const spaced = spacedWords(tokens, facts, vocab, groups);
  for (let i = 0; i < tokens.length; i++) {
    const join = spaced.get(i);
    if (join) {
      const first = tokens[i]!;
      units.push(unit(join.key, first.start, tokens[join.to - 1]!.end, first, vocab, true));
      i = join.to - 1;
      continue;
    }
    const initial = i === 0 || tokens[i - 1]!.sentence !== tokens[i]!.sentence;
    readToken(tokens[i]!, facts[i]!, folded.start, folded.end, vocab, groups, units, initial);
  }
  mergePhrases(units, vocab);
  markGroups(units, groups);
  return { text, units };
}

function unit(key: string, start: number, end: number, token: Token, vocab: Vocabulary, disguised: boolean): Unit {
  const entry = vocab.words.get(key) ?? EMPTY;
  return unitOf(key, entry, unitTags(key, entry), start, end, token, disguised);
}

/** A unit's closed classes: its entry's, or an adverb's for an open word ending in -ly. */
function unitTags(key: string, entry: VocabEntry): number {
  return entry.tags || (entry.roles === 0 && !entry.insult && lyAdverb(key) ? TAG.adv : 0);
}

function unitOf(key: string, entry: VocabEntry, tags: number, start: number, end: number, token: Token, disguised: boolean): Unit {
  return {
    key,
    start,
    end,
    sentence: token.sentence,
    // Most gaps are one space, which no pause is.
    pause: token.gap !== ' ' && PAUSE.test(token.gap),
    quoted: token.quoted,
    capital: token.capital,
    tags,
    roles: entry.roles,
    classes: entry.classes,
    insult: entry.insult,
    profane: entry.profane,
    disguised,
    // Set by markGroups; present from the start so every unit has one shape (no map transitions).
    groupNoun: undefined,
    groupAdjective: undefined,
    groupSpan: 1,
  };
}

interface Reading {
  /** Where the word splits into words run together (if it is written as its key reads). */
  cuts: number[] | undefined;
  /** The vocabulary word it misspells. */
  fuzzy: string | undefined;
}

/**
 * Readings of unknown words, per group list: words repeat across comments, the searches need not.
 * Kept under a flat copy of the key (flatCopy: a slice of the page would keep the page alive).
 */
const readings = new ForgettableWeakMap<CompiledGroups, Map<string, Reading>>();
const MAX_READINGS = 200_000;

function readingOf(key: string, vocab: Vocabulary, groups: CompiledGroups): Reading {
  let cache = readings.get(groups);
  if (!cache || cache.size >= MAX_READINGS) readings.set(groups, (cache = new Map()));
  let reading = cache.get(key);
  if (!reading) {
    const cuts = key.length >= MIN_GLUED_LENGTH ? gluedSplit(key, vocab, groups) : undefined;
    reading = { cuts, fuzzy: cuts ? undefined : fuzzyLookup(vocab.fuzzy, key) };
    cache.set(flatCopy(key), reading);
  }
  return reading;
}

/**
 * Words spelled by joined letters or pieces ("w o m e n", "sh.it"), per group list: joins recur
 * (initials, "U.S."). Kept under a flat copy of the key, as `readings`; a join longer than
 * MAX_KEY_CHARS (a hostile run of spaced letters) is answered without being kept.
 */
const spellings = new ForgettableWeakMap<CompiledGroups, Map<string, string | null>>();

/** The word a join's letters spell: itself when known, else the word it misspells, else undefined. */
function spelled(key: string, vocab: Vocabulary, groups: CompiledGroups): string | undefined {
  if (key.length > MAX_KEY_CHARS) return knownWord(key, vocab, groups) ? key : fuzzyLookup(vocab.fuzzy, key);
  let cache = spellings.get(groups);
  if (!cache || cache.size >= MAX_READINGS) spellings.set(groups, (cache = new Map()));
  let word = cache.get(key);
  if (word === undefined) {
    const kept = flatCopy(key); // the key and, for a known word, the answer
    cache.set(kept, (word = knownWord(key, vocab, groups) ? kept : (fuzzyLookup(vocab.fuzzy, key) ?? null)));
  }
  return word ?? undefined;
}

/**
 * What the clause view asks of a token's key alone, kept per word id (src/text/word-ids.ts) and
 * group list: words recur across comments, and a token was asked up to a dozen string lookups
 * (known word, entry, closed classes, broken-word piece, contraction), twice over for the pairs
 * the broken-word reading tries. A key without an id is asked afresh.
 */
interface WordFacts {
  /** `knownWord(key)`. */
  known: boolean;
  /** The vocabulary entry (EMPTY if none) and the tags a unit of the key carries. */
  entry: VocabEntry;
  tags: number;
  /** `tagsOf(key)`: the closed classes. */
  closed: number;
  /** `isPiece(key)`. */
  piece: boolean;
  /** `bareContraction(key)`: what the key stands for typed without an apostrophe. */
  bare: string[] | undefined;
  /** The key is lower-case letters only: an unknown one may be a misspelling or words run together. */
  letters: boolean;
  /** `readingOf(key)`, asked on first need (most words are known, and need none). */
  reading: Reading | undefined;
}

const factsByGroups = new WeakMap<CompiledGroups, (token: Token) => WordFacts>();

/** The facts of a token's key, kept per word id for this group list (none kept for a key without an id). */
function factsReader(groups: CompiledGroups): (token: Token) => WordFacts {
  let read = factsByGroups.get(groups);
  if (!read) {
    const vocab = vocabulary();
    read = memoizeById(MAX_WORD_IDS, (token: Token) => wordFacts(token.key, vocab, groups));
    factsByGroups.set(groups, read);
  }
  return read;
}

function wordFacts(key: string, vocab: Vocabulary, groups: CompiledGroups): WordFacts {
  const entry = vocab.words.get(key) ?? EMPTY;
  return {
    known: knownWord(key, vocab, groups),
    entry,
    tags: unitTags(key, entry),
    closed: tagsOf(key),
    piece: isPiece(key, vocab, groups),
    bare: bareContraction(key),
    letters: LETTERS.test(key),
    reading: undefined,
  };
}

/** A word of the vocabulary or a group term: never read as a misspelling of another word. */
export const knownWord = (key: string, vocab: Vocabulary, groups: CompiledGroups) =>
  vocab.words.has(key) || groups.nouns.has(key) || groups.adjectives.has(key) || vocab.phrases.has(key);

function readToken(token: Token, facts: WordFacts, foldStart: Int32Array, foldEnd: Int32Array, vocab: Vocabulary, groups: CompiledGroups, out: Unit[], initial: boolean): void {
  const disguised = token.leet;
  // Typed without an apostrophe, a token is its bare contraction or none (readContraction's answer then).
  // A token whose raw form equals its key has no apostrophe (keys drop them, tokens.ts).
  const parts = token.raw !== token.key && hasApostrophe(token.raw) ? readContraction(token, vocab, groups, token.capital && !initial) : facts.bare;
  if (parts) {
    // "can't" → can + not: both carry the token's span; the second never starts a pause.
    parts.forEach((part, k) => {
      const u = unit(part, token.start, token.end, token, vocab, disguised);
      if (k > 0) u.pause = false;
      out.push(u);
    });
    return;
  }
  if (readGluedContraction(token, foldStart, foldEnd, vocab, groups, out)) return;
  const masked = readMasked(token, vocab);
  if (masked) {
    out.push(unit(masked.key, masked.start, masked.end, token, vocab, true));
    return;
  }
  let key = token.key;
  let known = facts.known;
  if (!known) {
    for (const reading of token.alt) {
      if (knownWord(reading, vocab, groups)) {
        key = reading;
        known = true;
        break;
      }
    }
  }
  const own = key === token.key;
  if (!known && (own ? facts.letters : LETTERS.test(key))) {
    // Kept on the facts of a key with an id: one array index per token instead of a string lookup.
    const reading = own && token.id >= 0 ? (facts.reading ??= readingOf(key, vocab, groups)) : readingOf(key, vocab, groups);
    // Known words run together first: "womenso" is women + so, not a misspelt "womens".
    // A hashtag is split only when a person or group is named inside it ("#KillAllMen"): without one
    // it is a label ("#RapeCulture"), read as written, so its first word cannot open an imperative.
    const cuts = token.raw === key && (!token.gap.endsWith('#') || namesTarget(key, reading.cuts, vocab, groups)) ? reading.cuts : undefined;
    if (cuts) {
      const bounds = [0, ...cuts, key.length];
      for (let p = 0; p + 1 < bounds.length; p++) {
        const part = unit(key.slice(bounds[p]!, bounds[p + 1]!), foldStart[token.fs + bounds[p]!]!, foldEnd[token.fs + bounds[p + 1]! - 1]!, token, vocab, true);
        if (p > 0) part.pause = false;
        out.push(part);
      }
      return;
    }
    const fuzzy = reading.fuzzy;
    if (fuzzy) {
      out.push(unit(fuzzy, token.start, token.end, token, vocab, true));
      return;
    }
  }
  out.push(own ? unitOf(key, facts.entry, facts.tags, token.start, token.end, token, disguised) : unit(key, token.start, token.end, token, vocab, disguised));
}

const PERSON_PRONOUN = TAG.second | TAG.third | TAG['plural-pronoun'];

/** A part of a split hashtag names a group or a person ("men", "immigrants", "them"). */
function namesTarget(key: string, cuts: number[] | undefined, vocab: Vocabulary, groups: CompiledGroups): boolean {
  if (!cuts) return false;
  const bounds = [0, ...cuts, key.length];
  for (let p = 0; p + 1 < bounds.length; p++) {
    const part = key.slice(bounds[p]!, bounds[p + 1]!);
    if (groups.nouns.has(part) || groups.adjectives.has(part) || (vocab.words.get(part)?.tags ?? 0) & PERSON_PRONOUN) return true;
  }
  return false;
}

/** The words a contraction stands for; a misspelt one ("cna't", "tehy're") when its head is no word. */
function readContraction(token: Token, vocab: Vocabulary, groups: CompiledGroups, capitalInside: boolean): string[] | undefined {
  const parts = expand(token.key, token.raw);
  if (parts && (parts.length < 2 || knownWord(parts[0]!, vocab, groups))) return parts;
  return misspeltContraction(token.key, token.raw, capitalInside) ?? parts;
}

/**
 * A contraction run into the word beside it ("can'tstand", "I'mgoing", "reallycan't"): one
 * apostrophe, and a cut where one side is a contraction and the other a word the matcher knows.
 */
function readGluedContraction(token: Token, foldStart: Int32Array, foldEnd: Int32Array, vocab: Vocabulary, groups: CompiledGroups, out: Unit[]): boolean {
  const key = token.key;
  // The length tests first: most tokens fail them, before any regex runs.
  if (token.raw.length !== key.length + 1 || key.length < 5) return false;
  const apostrophe = token.raw.search(/['\u2019]/);
  if (apostrophe < 0 || knownWord(key, vocab, groups)) return false;
  for (let cut = 2; cut <= key.length - 2; cut++) {
    const left = key.slice(0, cut);
    const right = key.slice(cut);
    const leftWords = contraction(left) ?? (knownWord(left, vocab, groups) ? [left] : undefined);
    const rightWords = contraction(right) ?? (knownWord(right, vocab, groups) ? [right] : undefined);
    if (!leftWords || !rightWords || (!contraction(left) && !contraction(right))) continue;
    const folded = (j: number) => token.fs + (j < apostrophe ? j : j + 1); // key index → folded index
    const sides = [
      { words: leftWords, start: foldStart[folded(0)]!, end: foldEnd[folded(cut - 1)]! },
      { words: rightWords, start: foldStart[folded(cut)]!, end: foldEnd[folded(key.length - 1)]! },
    ];
    let first = true;
    for (const side of sides) {
      for (const word of side.words) {
        const u = unit(word, side.start, side.end, token, vocab, true);
        if (!first) u.pause = false;
        first = false;
        out.push(u);
      }
    }
    return true;
  }
  return false;
}

/** A censored swear word ("sh*t", "f***ing", "a**"), with its edge stars in its span. */
function readMasked(token: Token, vocab: Vocabulary): { key: string; start: number; end: number } | undefined {
  const mask = token.masked ?? (token.key.includes('*') ? { key: token.key, start: token.start, end: token.end } : undefined);
  const key = mask && maskedLookup(vocab.masks, mask.key);
  return key ? { key, start: mask.start, end: mask.end } : undefined;
}

/** Content words: meaning classes, insults, profanity and group terms (not closed words). */
function isContent(key: string, vocab: Vocabulary, groups: CompiledGroups): boolean {
  const entry = vocab.words.get(key);
  return (entry !== undefined && ((entry.roles & ~ROLE.person) !== 0 || entry.insult || entry.profane)) || groups.nouns.has(key) || groups.adjectives.has(key);
}

const MAX_GLUED_LENGTH = 30;
/** Two words run together are four letters at least ("tobe", "isno"); real words that split so are guarded. */
export const MIN_GLUED_LENGTH = 4;

/** Closed words two of which may be run together with nothing else ("theyare", "iwill"). */
const GLUE_ALONE = TAG.first | TAG.second | TAG.third | TAG.be | TAG.modal;

/**
 * Where two or three words run together split ("sosickening" → so|sickening, "ihatewomen" →
 * i|hate|women): every part a vocabulary word (content words of 4+ letters, closed words of 2+,
 * or "i"/"a"), at least one of them content, or all of them pronouns and auxiliaries
 * ("theyare"). Ordinary words that happen to split ("therapist") are in the guard list.
 */
export function gluedSplit(key: string, vocab: Vocabulary, groups: CompiledGroups): number[] | undefined {
  // Three words run together are rarely longer than this; the search is cubic in the length.
  if (key.length > MAX_GLUED_LENGTH || vocab.fuzzy.guard.has(key)) return undefined;
  const n = key.length;
  // Two parts: any cut whose two sides are vocabulary words.
  for (let k = 1; k < n; k++) {
    const left = partKind(key.slice(0, k), vocab, groups);
    if (!left) continue;
    const right = partKind(key.slice(k), vocab, groups);
    if (right && acceptable([left, right])) return [k];
  }
  // Three parts ("i|hate|women", "fuck|all|women").
  for (let k = 1; k < n - 1; k++) {
    const first = partKind(key.slice(0, k), vocab, groups);
    if (!first) continue;
    for (let j = k + 1; j < n; j++) {
      const second = partKind(key.slice(k, j), vocab, groups);
      if (!second) continue;
      const third = partKind(key.slice(j), vocab, groups);
      if (third && acceptable([first, second, third])) return [k, j];
    }
  }
  return undefined;
}

type PartKind = 'content' | 'person' | 'closed' | 'glue' | 'word';

function partKind(part: string, vocab: Vocabulary, groups: CompiledGroups): PartKind | undefined {
  if (part.length >= 4 && isContent(part, vocab, groups)) return 'content';
  if (part.length === 3 && (groups.nouns.has(part) || groups.adjectives.has(part))) return 'content'; // "gaymen"
  const tags = tagsOf(part);
  if (tags === 0) {
    if (part.length >= 4 && ((vocab.words.get(part)?.roles ?? 0) & ROLE.person) !== 0) return 'person';
    return part.length >= 3 && vocab.words.has(part) ? 'word' : undefined; // a frame's word ("than", "place")
  }
  if (part.length < 2 && part !== 'i' && part !== 'a') return undefined;
  return tags & GLUE_ALONE ? 'glue' : 'closed';
}

/**
 * Parts that make a reading: one content word at least, only pronouns and auxiliaries, two words
 * one of which is an auxiliary or pronoun ("peopleare", "areso", "shouldnot"), or two open words
 * one of which a frame spells ("valuablethan", "deadrat"; not "to" + "string"). Real words that
 * split so are in the guard list.
 */
function acceptable(kinds: PartKind[]): boolean {
  if (kinds.includes('content') || kinds.every((kind) => kind === 'glue')) return true;
  return kinds.length === 2;
}

/**
 * Spaced-out or separated letters that spell a vocabulary word ("w o m e n", "k.i.l.l"), by first
 * token; a run of single letters that spells several words ("f u c k a l l w o m e n") is cut
 * where the words meet.
 */
function spacedWords(tokens: readonly Token[], facts: readonly WordFacts[], vocab: Vocabulary, groups: CompiledGroups): Map<number, { to: number; key: string }> {
  const found = new Map<number, { to: number; key: string }>();
  for (const join of joins(tokens)) {
    if (found.has(join.from)) continue;
    const key = spelled(join.key, vocab, groups);
    // Any word the matcher knows ("p e o p l e", "a r e", "s i c k"), not only content words: three
    // letters at least, so stray initials ("J R R") spell nothing.
    if (key && (isContent(key, vocab, groups) || (key.length >= 3 && knownWord(key, vocab, groups)))) {
      found.set(join.from, { to: join.to, key });
      continue;
    }
    if (join.key.length !== join.to - join.from || join.key.length < 5) continue; // not one letter per token
    const cuts = gluedSplit(join.key, vocab, groups);
    if (!cuts) continue;
    const bounds = [0, ...cuts, join.key.length];
    for (let p = 0; p + 1 < bounds.length; p++) {
      found.set(join.from + bounds[p]!, { to: join.from + bounds[p + 1]!, key: join.key.slice(bounds[p]!, bounds[p + 1]!) });
    }
  }
  splitWords(tokens, facts, vocab, groups, found);
  return found;
}

/**
 * A word broken by one space ("dis gusting", "wo men", "p eople", "Muslim s"): one piece is no
 * word ("gusting", "wo", "eople"), and the two together spell a word the matcher reads. Content
 * words need six letters or more, unless a piece is a single letter other than "a" and "i"
 * (no word at all); group terms and person nouns four or more; any other word the matcher knows
 * ("sh ould", "kitc hen") five or more when neither piece is a word. Two known words ("use less",
 * "worth less", "some men") are read as written.
 */
function splitWords(tokens: readonly Token[], facts: readonly WordFacts[], vocab: Vocabulary, groups: CompiledGroups, found: Map<number, { to: number; key: string }>): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const first = tokens[i]!;
    const second = tokens[i + 1]!;
    // A closed word is never half of another ("a rabs", "no thing"): it is read as written.
    if (second.gap !== ' ' || facts[i]!.closed !== 0 || facts[i + 1]!.closed !== 0 || (found.size > 0 && (found.has(i) || found.has(i + 1)))) continue;
    const pieces = Number(facts[i]!.piece) + Number(facts[i + 1]!.piece);
    if (pieces === 0) continue;
    const key = first.key + second.key;
    if (joinable(key, first.key, second.key, vocab, groups) || (pieces === 2 && key.length >= 5 && knownWord(key, vocab, groups))) found.set(i, { to: i + 2, key });
  }
}

/** A piece of a broken word: letters that are no word (the matcher's or the guard list's), or a stray letter. */
function isPiece(key: string, vocab: Vocabulary, groups: CompiledGroups): boolean {
  if (!/^[a-z]+$/.test(key)) return false;
  if (key.length === 1) return key !== 'a' && key !== 'i';
  return !knownWord(key, vocab, groups) && tagsOf(key) === 0 && !vocab.fuzzy.guard.has(key); // "worth" is a word
}

function joinable(key: string, left: string, right: string, vocab: Vocabulary, groups: CompiledGroups): boolean {
  if (key.length < 4) return false;
  if (groups.nouns.has(key) || groups.adjectives.has(key) || ((vocab.words.get(key)?.roles ?? 0) & ROLE.person) !== 0) return true;
  const stray = left.length === 1 || right.length === 1;
  return (key.length >= 6 || stray) && isContent(key, vocab, groups);
}

/** Multi-word vocabulary ("lesser beings", "can not stand", "wipe out") becomes one unit. */
function mergePhrases(units: Unit[], vocab: Vocabulary): void {
  for (let i = 0; i < units.length; i++) {
    const list = vocab.phrases.get(units[i]!.key);
    if (!list) continue;
    for (const phrase of list) {
      const n = phrase.words.length;
      if (i + n > units.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) ok = units[i + k]!.key === phrase.words[k] && !units[i + k]!.pause && units[i + k]!.sentence === units[i]!.sentence;
      if (!ok) continue;
      const first = units[i]!;
      // The phrase's last word is its head: "bloody idiots" (profanity) is still an insult.
      const head = units[i + n - 1]!;
      const merged: Unit = {
        ...first,
        key: phrase.words.join(' '),
        end: head.end,
        tags: phrase.entry.tags,
        roles: phrase.entry.roles | (head.roles & ~ROLE.person),
        classes: head.classes.length === 0 ? phrase.entry.classes : [...new Set([...phrase.entry.classes, ...head.classes])],
        insult: phrase.entry.insult || head.insult,
        profane: phrase.entry.profane,
        disguised: units.slice(i, i + n).some((u) => u.disguised),
      };
      units.splice(i, n, merged);
      break;
    }
  }
}

/** Group nouns and adjectives, multi-word ones included ("asylum seekers", "mentally ill"). */
function markGroups(units: Unit[], groups: CompiledGroups): void {
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const noun = sequenceAt(units, i, groups.nouns.get(u.key));
    if (noun) {
      u.groupNoun = noun.group;
      u.groupSpan = noun.words.length;
    }
    const adjective = sequenceAt(units, i, groups.adjectives.get(u.key));
    if (adjective) {
      u.groupAdjective = adjective.group;
      if (!noun) u.groupSpan = adjective.words.length;
    }
  }
}

function sequenceAt<T extends { words: string[] }>(units: Unit[], i: number, list: T[] | undefined): T | undefined {
  if (!list) return undefined;
  for (const item of list) {
    let ok = i + item.words.length <= units.length;
    for (let k = 1; k < item.words.length && ok; k++) ok = units[i + k]!.key === item.words[k];
    if (ok) return item;
  }
  return undefined;
}
