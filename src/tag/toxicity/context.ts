import type { LexicalToken as Token } from '../../text/tokens.js';
import type { CompiledEntry } from '../lexicon/compile.js';
import { wordLists } from '../word-lists.js';
import { meaningClasses, ROLE } from '../meaning/index.js';
import contextWordsJson from './data/context-words.json';
import {
  ABUSIVE_BEFORE,
  CONTEMPT_BEFORE,
  COPULA,
  DEGREE,
  DETERMINERS,
  FIRST_PERSON,
  FUNCTION,
  IN_GROUP,
  MENTION_AFTER,
  MENTION_BEFORE,
  POSITIVE,
  SECOND_PERSON,
  SPEAKER,
  TARGET_BEFORE,
  THIRD_PERSON,
} from './cues.js';

const NEAR_WINDOW = 10;
const SELF_DESCRIPTION = new Set(['im', 'my', 'our', 'myself', 'ourselves']);
const SENTENCE_WINDOW = 30;
/** A comma, colon, dash or bracket between two words: a clause may end there. */
const CLAUSE_BREAK = /[,:()\u2013\u2014]|\s-\s/;
/** The context rules' word lists (data/context-words.json). */
const contextWords = wordLists(contextWordsJson, ['before-verb', 'predicate-fillers', 'list-joins', 'demonstratives']);

/** Keys of up to `n` tokens before `from` in the same sentence, nearest first. */
export function before(tokens: readonly Token[], from: number, n: number): string[] {
  const out: string[] = [];
  const sentence = tokens[from]!.sentence;
  for (let k = from - 1; k >= 0 && out.length < n && tokens[k]!.sentence === sentence; k--) out.push(tokens[k]!.key);
  return out;
}

/** Keys of up to `n` tokens from `to` on in the same sentence. */
export function after(tokens: readonly Token[], to: number, n: number): string[] {
  const out: string[] = [];
  const sentence = tokens[to - 1]!.sentence;
  for (let k = to; k < tokens.length && out.length < n && tokens[k]!.sentence === sentence; k++) out.push(tokens[k]!.key);
  return out;
}

/** The ordinary sense: garden "hoe", raccoon "coon", "chink in the armour". */
export function isHomonym(entry: CompiledEntry, tokens: readonly Token[], from: number, to: number): boolean {
  const prev = tokens[from - 1]?.key;
  const next = tokens[to]?.key;
  if (entry.homonymPrev && prev !== undefined && entry.homonymPrev.has(prev)) return true;
  if (entry.homonymNext && next !== undefined && entry.homonymNext.has(next)) return true;
  if (entry.homonymNear) {
    const lo = Math.max(0, from - NEAR_WINDOW);
    const hi = Math.min(tokens.length, to + NEAR_WINDOW);
    for (let k = lo; k < hi; k++) if ((k < from || k >= to) && entry.homonymNear.has(tokens[k]!.key)) return true;
  }
  return false;
}

const TITLES = new Set(['sen', 'senator', 'rep', 'mr', 'mrs', 'ms', 'dr', 'gov', 'governor', 'president', 'judge', 'justice', 'gen', 'general', 'col', 'capt', 'st', 'saint', 'van', 'von', 'de']);

/** Titlecase ("Coons"), not all-caps shouting ("TRANNY"). */
function isTitlecase(input: string, token: Token): boolean {
  const first = input[token.start] ?? '';
  const rest = input.slice(token.start + 1, token.end);
  return first !== first.toLowerCase() && rest !== rest.toUpperCase();
}

/**
 * Part of a proper name: "Sen. Coons", "Van Dyke Transmission", "Dick Cheney". The word is
 * Titlecase and sits next to another Titlecase word mid-sentence, or after a title.
 */
export function isProperName(tokens: readonly Token[], input: string, from: number, to: number): boolean {
  const first = tokens[from]!;
  if (!isTitlecase(input, first)) return false;
  const prev = tokens[from - 1];
  if (prev && TITLES.has(prev.key) && isTitlecase(input, prev)) return true;
  const prevIsName = prev !== undefined && prev.sentence === first.sentence && isTitlecase(input, prev) &&
    tokens[from - 2]?.sentence === first.sentence;
  const next = tokens[to];
  const nextIsName = next !== undefined && next.sentence === first.sentence && isTitlecase(input, next) && /^\s+$/.test(next.gap);
  return prevIsName || nextIsName;
}

/** Followed by a content word: an adjective ("jihadi groups", "a queer feeling"), not a name for a person. */
export function isAdjectiveUse(tokens: readonly Token[], to: number): boolean {
  const next = tokens[to];
  if (!next || next.sentence !== tokens[to - 1]!.sentence || /[,:()"]/.test(next.gap)) return false;
  return !FUNCTION.has(next.key);
}

export const isVerbUse = (tokens: readonly Token[], to: number): boolean => {
  const next = tokens[to];
  return next !== undefined && next.sentence === tokens[to - 1]!.sentence && DETERMINERS.has(next.key);
};

/** The word just before is one of contempt ("typical", "filthy"): a slur after it is no description. */
export const isHostileModifier = (tokens: readonly Token[], from: number): boolean =>
  from > 0 && CONTEMPT_BEFORE.has(tokens[from - 1]!.key) && tokens[from - 1]!.sentence === tokens[from]!.sentence;

export const afterDegreeWord = (tokens: readonly Token[], from: number): boolean =>
  from > 0 && DEGREE.has(tokens[from - 1]!.key) && tokens[from - 1]!.sentence === tokens[from]!.sentence;

/** "you are just a X to me", "too many Xs", "filthy X": a hostile frame around the word. */
export function isAbusiveFrame(tokens: readonly Token[], from: number, to: number): boolean {
  const back = before(tokens, from, 4);
  if (back.some((key) => SECOND_PERSON.has(key) || ABUSIVE_BEFORE.has(key))) return true;
  const ahead = after(tokens, to, 2);
  return (ahead[0] === 'like' && ahead[1] === 'you') || (ahead[0] === 'to' && ahead[1] === 'me');
}

/** Aimed at someone: "you idiot", "what a moron", "he is a clown", "idiots like you". */
export function isTargeted(tokens: readonly Token[], from: number, to: number): boolean {
  const back = before(tokens, from, 3);
  if (back.some((key) => TARGET_BEFORE.has(key))) return true;
  const b0 = back[0];
  const b1 = back[1];
  if (b0 !== undefined && COPULA.has(b0)) return true;
  if ((b0 === 'a' || b0 === 'an') && b1 !== undefined && (COPULA.has(b1) || b1 === 'what' || b1 === 'such')) return true;
  if (isPredicative(tokens, from)) return true;
  if (inPredicateList(tokens, from) || afterDemonstrative(tokens, from)) return true;
  const ahead = after(tokens, to, 2);
  return ahead[0] === 'like' && (ahead[1] === 'you' || ahead[1] === 'him' || ahead[1] === 'her' || ahead[1] === 'them');
}

/** Open-class words (adjectives, a noun) one member of a predicate list may hold. */
const OPEN_MAX = 3;
const MAX_LIST_REACH = 10;
/** Words that deny the whole predicate list after them ("isn't a cheat, a crook or a fraud", "neither … nor …"). */
const LIST_NEGATORS = new Set(['not', 'never', 'no', 'neither', 'nor', 'isnt', 'arent', 'wasnt', 'werent', 'aint']);
/** Copulas with their subject in them ("he's", "you're"): a person is the subject. */
const PERSON_COPULAS = new Set(['im', 'youre', 'hes', 'shes', 'theyre']);
/** Personal pronouns that may stand as a copula's subject. */
const PERSON_SUBJECTS = new Set(['i', 'you', 'u', 'he', 'she', 'we', 'they', 'yall', 'who']);
/** Pronouns for things and states of affairs: "it was a great joke", "what matters is …". */
const THING_SUBJECTS = new Set(['it', 'there', 'what', 'which', 'everything', 'something', 'anything', 'nothing', 'one']);
/**
 * In a predicate after a copula, past adjectives and the members of a list before it: "is a greedy
 * crook, shameless cheat and habitual fraud", "are lazy, spiteful cowards". Only when the copula's
 * subject is a person ("The best part is the bad joke" says nothing of anyone) and nothing on the
 * way denies the list ("he isn't a crook, a cheat or a fraud").
 */
function inPredicateList(tokens: readonly Token[], from: number): boolean {
  const k = listCopula(tokens, from);
  return k !== undefined && k >= 0 && personSubject(tokens, k);
}

/**
 * Denied as a member of a list after a negated copula: "she wasn't a crook, a cheat or a fraud",
 * "he was neither a coward nor a fraud" (the first member is read by isNegated).
 */
export function inDeniedList(tokens: readonly Token[], from: number): boolean {
  return listCopula(tokens, from) === DENIED;
}

const DENIED = -1;
/** Words that put an asserted member after a denied one ("not a hero, just a fraud", "no saint but a crook"). */
const CONTRAST = new Set(['just', 'but', 'only', 'merely', 'simply', 'rather', 'instead', 'more']);
/**
 * Walks back from a word through the members of a predicate list to its copula: the copula's
 * index, DENIED when a negator comes first, or undefined when the word is in no such list.
 */
function listCopula(tokens: readonly Token[], from: number): number | undefined {
  const fillers = contextWords()['predicate-fillers'];
  const joins = contextWords()['list-joins'];
  const sentence = tokens[from]!.sentence;
  let open = 0;
  let contrast = false;
  for (let k = from - 1; k >= 0 && from - k <= MAX_LIST_REACH && tokens[k]!.sentence === sentence; k--) {
    const gap = tokens[k + 1]!.gap;
    if (CLAUSE_BREAK.test(gap)) {
      if (!/^,\s*$/.test(gap)) return undefined;
      open = 0; // a list member ends at its comma
    }
    const key = tokens[k]!.key;
    if (key === 'nor') {
      open = 0; // "neither a coward nor a fraud": the list goes on, denied by "neither"
      continue;
    }
    if (LIST_NEGATORS.has(key)) {
      if (k >= from - 1 || !deniedCopula(tokens, k)) return undefined;
      // "he is no hero, just a fraud": what the contrast says instead is asserted
      return contrast ? (COPULA.has(tokens[k]!.key) ? k : k - 1) : DENIED;
    }
    if (COPULA.has(key)) return k < from - 1 ? k : undefined;
    if (CONTRAST.has(key)) contrast = true;
    if (joins.has(key)) open = 0;
    if (fillers.has(key) || joins.has(key) || /..ly$/.test(key)) continue;
    if (FUNCTION.has(key) || SECOND_PERSON.has(key) || THIRD_PERSON.has(key) || FIRST_PERSON.has(key)) return undefined;
    if (++open > OPEN_MAX) return undefined;
  }
  return undefined;
}

/** The negator at `k` is a negated copula or sits right after one ("isn't", "is not", "was never", "is neither"). */
function deniedCopula(tokens: readonly Token[], k: number): boolean {
  if (COPULA.has(tokens[k]!.key)) return true;
  const prev = tokens[k - 1];
  return prev !== undefined && prev.sentence === tokens[k]!.sentence && COPULA.has(prev.key);
}

/** The subject just before the copula at `k` is a person: a personal pronoun, a person noun or a name. */
function personSubject(tokens: readonly Token[], k: number): boolean {
  const copula = tokens[k]!;
  if (PERSON_COPULAS.has(copula.key)) return true;
  const subject = tokens[k - 1];
  if (!subject || subject.sentence !== copula.sentence || CLAUSE_BREAK.test(copula.gap)) return false;
  const key = subject.key;
  if (PERSON_SUBJECTS.has(key)) return true;
  if (THING_SUBJECTS.has(key) || FUNCTION.has(key) || THIRD_PERSON.has(key) || FIRST_PERSON.has(key) || SECOND_PERSON.has(key)) return false;
  return personNoun(key) || subject.capital;
}

/** A word for a person ("neighbour", "politicians"): a WordNet person noun (the class holds each plural too). */
const personNoun = (key: string): boolean => ((meaningClasses().words.get(key)?.roles ?? 0) & ROLE.person) !== 0;

/** "this pathetic crook", "those filthy cowards": a demonstrative, one or two words of contempt, the word. */
function afterDemonstrative(tokens: readonly Token[], from: number): boolean {
  const demonstratives = contextWords().demonstratives;
  const sentence = tokens[from]!.sentence;
  for (let k = from - 1; k >= 0 && from - k <= 3 && tokens[k]!.sentence === sentence; k--) {
    if (CLAUSE_BREAK.test(tokens[k + 1]!.gap)) return false;
    const key = tokens[k]!.key;
    if (demonstratives.has(key)) return k < from - 1;
    if (!CONTEMPT_BEFORE.has(key)) return false; // "that funny joke", "this old trick": no contempt, no aim
  }
  return false;
}

/** The predicate of a copula, past any fillers and -ly adverbs: "they are both worthless", "he is obviously insane". */
function isPredicative(tokens: readonly Token[], from: number): boolean {
  const back = before(tokens, from, 5);
  const fillers = contextWords()['predicate-fillers'];
  let k = 0;
  while (k < back.length && (fillers.has(back[k]!) || /..ly$/.test(back[k]!))) k++;
  return k > 0 && COPULA.has(back[k] ?? '');
}

/**
 * Denied of its subject: "you are not stupid", "he isn't an idiot", "she was never a fool".
 * A bare "not" elsewhere ("not an idiot like Sanders", "no more stupid rules") does not count.
 */
export function isNegated(tokens: readonly Token[], from: number, to = from + 1): boolean {
  const back = before(tokens, from, 5);
  let k = 0;
  while (k < back.length && NEGATION_GLUE.has(back[k]!)) k++;
  const word = back[k];
  if (word === undefined) return false;
  if (NEGATED_COPULAS.has(word)) return true;
  // "a thief, not a liar": what she is not; "not that idiot", "X, not liars" (no predicate before) still aim the word.
  if (word === 'not' && !back.slice(0, k).some((key) => DEMONSTRATIVE_GLUE.has(key)) && contrastive(tokens, from - 1 - k) && endsPhrase(tokens, to)) return true;
  return (word === 'not' || word === 'never') && COPULA.has(back[k + 1] ?? '');
}

/** Nothing follows the word in its phrase: "not a liar." denies the liar; "not corrupt interests" says they are corrupt. */
const endsPhrase = (tokens: readonly Token[], to: number) =>
  to >= tokens.length || tokens[to]!.sentence !== tokens[to - 1]!.sentence || CLAUSE_BREAK.test(tokens[to]!.gap) || PHRASE_JOINS.has(tokens[to]!.key);
const PHRASE_JOINS = new Set(['and', 'or', 'nor', 'but']);

/**
 * A "not" that opens a sentence, or a clause after a comma or dash when a copula earlier in the
 * sentence makes the first part a predicate, contrasts: "Not Y, X" and "She is X, not Y" deny Y.
 * "I voted for Biden, not that idiot" and "We speak for the victims, not liars" (no predicate to
 * contrast with) still aim the word.
 */
function contrastive(tokens: readonly Token[], not: number): boolean {
  if (not === 0 || tokens[not - 1]!.sentence !== tokens[not]!.sentence) return true;
  if (!CLAUSE_BREAK.test(tokens[not]!.gap)) return false;
  for (let k = not - 1; k >= 0 && tokens[k]!.sentence === tokens[not]!.sentence; k--) if (COPULA.has(tokens[k]!.key)) return true;
  return false;
}
/** A demonstrative between "not" and the word points at someone: "not that idiot". */
const DEMONSTRATIVE_GLUE = new Set(['that']);
const NEGATION_GLUE = new Set(['a', 'an', 'so', 'that', 'too', 'all', 'at', 'really', 'completely', 'totally']);
const NEGATED_COPULAS = new Set(['isnt', 'arent', 'wasnt', 'werent', 'aint', 'im not']);

/** The speaker talks about themselves ("I was a total shithead", "I felt like an idiot"). */
export function isSelfDirected(tokens: readonly Token[], from: number, to: number): boolean {
  // Only "I/me" tied to the word by glue words counts: "I think you're an idiot" is not self-talk.
  for (const key of before(tokens, from, 5)) {
    // "our idiot politicians", "my lazy brother": the word describes the person named after it.
    if (FIRST_PERSON.has(key)) return !(POSSESSIVES.has(key) && beforePersonNoun(tokens, to));
    if (!SELF_GLUE.has(key)) break;
  }
  const ahead = after(tokens, to, 2);
  return ahead[0] === 'myself' || (ahead[0] === 'of' && ahead[1] === 'me');
}
const POSSESSIVES = new Set(['my', 'our']);

/** The next word, in the same phrase, is a person noun: "… idiot politicians", "… stupid brother". */
function beforePersonNoun(tokens: readonly Token[], to: number): boolean {
  const next = tokens[to];
  return next !== undefined && next.sentence === tokens[to - 1]!.sentence && /^\s+$/.test(next.gap) && personNoun(next.key);
}
const SELF_GLUE = new Set(
  'a an the such so total complete real bit of like am was were be been being felt feel look looked seem seemed truly really just utter absolute little big huge not always sometimes such an sorry for'.split(' '),
);

/** Reported, quoted or discussed rather than used: "he called them …", "the word …", "“…”". */
export function isMention(tokens: readonly Token[], from: number, to: number, saying: (key: string) => boolean = (key) => MENTION_BEFORE.has(key)): boolean {
  if (tokens[from]!.quoted) return true;
  const back = before(tokens, from, 8); // a verb of saying up to five words back, then its subject
  const beforeVerb = contextWords()['before-verb'];
  for (let k = 0; k < Math.min(5, back.length); k++) {
    if (!saying(back[k]!)) continue;
    // "I call them …", "I've always said …" are the speaker's own use; "he called them …" reports someone else's.
    const subject = [back[k + 1], back[k + 2], back[k + 3]].find((key) => key !== undefined && !beforeVerb.has(key) && !key.endsWith('ly'));
    if (subject !== undefined && SPEAKER.has(subject)) continue;
    return true;
  }
  const ahead = after(tokens, to, 3);
  return ahead.some((key) => MENTION_AFTER.has(key));
}

/** In-group self-reference: "I'm a proud fag", "my niggas", "the baddest bitch", "fags like me". */
export function isReclaimed(tokens: readonly Token[], from: number, to: number): boolean {
  const back = before(tokens, from, 5);
  for (let k = 0; k < back.length; k++) {
    const key = back[k]!;
    if (SECOND_PERSON.has(key) || THIRD_PERSON.has(key)) break;
    // The self-description is in the slur's own clause: "in my opinion, just another …" is not "my …".
    if (CLAUSE_BREAK.test(tokens[from - k]!.gap)) break;
    // Self-description only: "I'm a …", "I am …", "we are …", "my …", "call myself …".
    // "I told the bitch …" has a first person too, but the slur is someone else.
    if (SELF_DESCRIPTION.has(key)) return true;
    const subject = back[k + 1];
    if ((key === 'am' || key === 'was') && subject === 'i') return true;
    if ((key === 'are' || key === 'were') && subject === 'we') return true;
    // "I love being a …": the subject of "being" is the speaker.
    if (key === 'being') {
      const who = back.slice(k + 1).find((w) => w === 'i' || w === 'we' || SECOND_PERSON.has(w) || THIRD_PERSON.has(w));
      if (who === 'i' || who === 'we') return true;
    }
  }
  const prev = back[0];
  if (prev !== undefined && (prev === 'boss' || (prev.length > 4 && prev.endsWith('est')))) return true;
  const ahead = after(tokens, to, 3);
  if (ahead[0] === 'like' && (ahead[1] === 'me' || ahead[1] === 'us')) return true;
  if (ahead.includes('myself') || ahead.includes('ourselves')) return true;
  if (back.includes('being') && ahead.some((key) => POSITIVE.has(key))) return true;
  const sentence = tokens[from]!.sentence;
  // Bounded window so one huge run-on "sentence" stays linear.
  const lo = Math.max(0, from - SENTENCE_WINDOW);
  const hi = Math.min(tokens.length, to + SENTENCE_WINDOW);
  for (let k = from - 1; k >= lo && tokens[k]!.sentence === sentence; k--) if (IN_GROUP.has(tokens[k]!.key)) return true;
  for (let k = to; k < hi && tokens[k]!.sentence === sentence; k++) if (IN_GROUP.has(tokens[k]!.key)) return true;
  return false;
}
