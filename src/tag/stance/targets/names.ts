/**
 * Stance targets as names: a caller's TargetInput compiled once into its card (derived from the
 * name, the caller's entries laid over it: cards/index.ts), whose name, aliases, opponents, side
 * vocabulary and pronouns become word sequences indexed by first word; and the mentions of those
 * names in a text's words.
 */
import type { TargetInput } from '../../../schema/index.js';
import { scanWords, type WordToken } from '../../../text/tokens.js';
import { derivedBeneficiaries, isDictionaryTitle, readNameShape, targetCard } from '../cards/index.js';
import { readPersonName } from '../cards/person.js';
import { frameStems } from '../clauses.js';
import { isNegator, valence } from '../../../text/sentiment.js';
import { camelWords } from '../hashtags.js';
import { memoizeBy } from '../../../memo.js';
import { findRivalTags } from './rivals.js';
import { TAG, tagsOf } from '../../clause/words.js';

/** A target ready for matching. */
export interface CompiledTarget {
  name: string;
  concern: boolean;
  forms: NameIndex;
  opponents: NameIndex;
  favorWords: NameIndex;
  againstWords: NameIndex;
  /** Derived aliases that name whom the target's cause is for ("women" for feminism): an indirect mention. */
  indirect: ReadonlySet<string>;
  /**
   * Derived opponents that are titles and common words ("lord", "savior"; the caller's own names are not):
   * written in lower case they count only beside another of the opponent's names.
   */
  titles: ReadonlySet<string>;
  /** Words that refer back to the target once it is named ("she" for a person). */
  pronouns: ReadonlySet<string>;
  /** The target is a person ("Hillary Clinton"), not a topic or a group. */
  person: boolean;
  /** A person the target's side is for, so another person's campaign tag (#Bernie2016) is the other side's (rivals.ts). */
  hasRivals: boolean;
  /** The side words the caller listed (as bare word sequences); the others were derived from the name. */
  callerWords: ReadonlySet<string>;
  /** Stems of the name's frame words ("legal"), whose tone describes rather than judges. */
  frameStems: readonly string[];
  /**
   * A concern target's whole subject as one lower-case word ("climatechange"): a mention that holds
   * it names the thing the claim is about, not just a word of it ("climate" alone: "the political climate").
   */
  concernSubject: string;
  /** The target's full name as one lower-case word ("climatechangeisarealconcern"): a mention that is the name itself names the target, it says nothing of it. */
  nameKey: string;
}

/** Names as word sequences, looked up by their first word so a long list costs no more per token than a short one. */
export interface NameIndex {
  forms: string[][];
  byFirst: Map<string, string[][]>;
  /** One-word names of five letters or more, also found inside hashtags ("#HillaryForAmerica"). */
  inHashtags: string[];
  /** One-word side words of six letters or more, also found opening a hashtag ("#ProLifeYouth"). */
  openingHashtags: string[];
}

/** Mentions of each group of names, found once per text. */
export interface Mentions {
  own: [number, number][];
  opponents: [number, number][];
  favor: [number, number][];
  against: [number, number][];
  /** Other people's campaign tags, for a person target (rivals.ts). */
  rivals: [number, number][];
  /** The target is only referred to by pronouns in a short text that names no one: a weaker reading. */
  byPronounOnly: boolean;
  /** The target is only named through whom its cause is for ("women" for feminism): a weaker reading too. */
  byIndirectOnly: boolean;
}

/**
 * Compiles the usable targets of a list that may come from JSON (nulls, nameless entries and
 * mistyped fields are dropped, not iterated letter by letter).
 */
export function compileTargets(targets: readonly unknown[] | null | undefined): CompiledTarget[] {
  if (!Array.isArray(targets)) return [];
  return (targets as unknown[]).filter(isUsableTarget).map(compiledTarget);
}

/**
 * Compiled once per distinct target: every page of a site names the same few actors (its salient
 * targets are compiled per page) and a tagComment caller passes the same list on every call;
 * indexing a card's side vocabulary was about 1% of analyzePage. A compiled target is never
 * changed after compiling, so one object can serve every page.
 */
const compiledTarget = memoizeBy(1000, targetKey, compileTarget);

/** A string target, or a plain object's JSON (what compileTarget reads of it); undefined: not kept. */
function targetKey(input: TargetInput): string | undefined {
  if (typeof input === 'string') return `"${input}`;
  const prototype = Object.getPrototypeOf(input) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return undefined;
  try {
    return JSON.stringify(input);
  } catch {
    return undefined; // a cycle or a BigInt: compiled each time
  }
}

function isUsableTarget(target: unknown): target is TargetInput {
  return (
    (typeof target === 'string' && target.trim() !== '') ||
    (typeof target === 'object' && target !== null && typeof (target as { name?: unknown }).name === 'string')
  );
}

/** The target's card (derived from its name, the caller's entries laid over it), indexed for matching. */
export function compileTarget(input: TargetInput): CompiledTarget {
  const card = targetCard(input);
  const shape = readNameShape(card.name);
  const own = typeof input === 'string' || !isObject(input.vocabulary) ? [] : [...names(input.vocabulary.favor), ...names(input.vocabulary.against)];
  // A beneficiary the caller lists as an alias is a name like any other.
  const callerAliases = new Set(typeof input === 'string' ? [] : names(input.aliases).map((a) => bare(a.toLowerCase())));
  const indirect = card.aliases.filter((a) => derivedBeneficiaries(card.name).includes(a) && !callerAliases.has(bare(a.toLowerCase())));
  const person = readPersonName(shape.subject.join(' ')) !== null;
  const callerNames = new Set(typeof input === 'string' ? [] : [...names(input.aliases), ...names(input.opponents)].map((a) => bare(a.toLowerCase())));
  const titles = card.opponents.filter((o) => isDictionaryTitle(o) && !callerNames.has(bare(o.toLowerCase())));
  return {
    name: card.name,
    concern: card.concern,
    forms: indexNames([card.name, ...card.aliases], 'inside'),
    opponents: indexNames(card.opponents, 'inside'),
    // A side's word must be the whole word or open a hashtag: "#disgrace" does not use "grace".
    favorWords: indexNames(card.vocabulary.favor, 'opening'),
    againstWords: indexNames(card.vocabulary.against, 'opening'),
    indirect: new Set(indirect.map((a) => bare(a.toLowerCase()))),
    titles: new Set(titles.map((t) => bare(t.toLowerCase()))),
    pronouns: new Set(card.pronouns.map((p) => p.toLowerCase())),
    person,
    hasRivals: person && shape.side === 'favor',
    callerWords: new Set(own.map((w) => scanWords(w).map((t) => bare(t.lower)).join(' '))),
    frameStems: card.concern ? [] : frameStems(card.name, shape.subject),
    concernSubject: card.concern ? shape.subject.join('').toLowerCase() : '',
    nameKey: scanWords(card.name).map((t) => bare(t.lower)).join(''),
  };
}

/** Plain JavaScript and JSON callers bypass the types: a lone string or a stray number is not a list of names. */
function names(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((n): n is string => typeof n === 'string') : [];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const NO_NAMES: NameIndex = { forms: [], byFirst: new Map(), inHashtags: [], openingHashtags: [] };

/**
 * Where a one-word name is also found in a hashtag: anywhere inside for a name, at its opening for
 * a side's word, whose compounds keep its side ("#prolifeyouth", "#StopAbortionNow").
 */
function indexNames(list: string[], inHashtag: 'inside' | 'opening'): NameIndex {
  const forms = [...new Set(list)].map((n) => scanWords(n).map((t) => bare(t.lower))).filter((form) => form.length > 0);
  if (forms.length === 0) return NO_NAMES;
  const byFirst = new Map<string, string[][]>();
  for (const form of forms) byFirst.set(form[0]!, [...(byFirst.get(form[0]!) ?? []), form]);
  const single = (least: number) => forms.filter((f) => f.length === 1 && f[0]!.length >= least).map((f) => f[0]!);
  return { forms, byFirst, inHashtags: inHashtag === 'inside' ? single(5) : [], openingHashtags: inHashtag === 'opening' ? single(6) : [] };
}

/** A word without a leading # or @ and a possessive 's: how names are compared. */
export function bare(word: string): string {
  const start = word.startsWith('#') || word.startsWith('@') ? 1 : 0;
  const end = word.endsWith("'s") || word.endsWith('’s') ? word.length - 2 : word.length;
  return start === 0 && end === word.length ? word : word.slice(start, end);
}

/** Where the target's names, its opponents and each side's words occur, as token ranges. */
export function findAllMentions(tokens: readonly WordToken[], bareWords: string[], target: CompiledTarget, text = ''): Mentions {
  const named = findMentions(tokens, bareWords, target.forms);
  const own = withPronouns(named, tokens, bareWords, target.pronouns, text);
  const found = findMentions(tokens, bareWords, target.opponents);
  const byFirst = new Map(found.map(([a, b]) => [a, b]));
  const byLast = new Map(found.map(([a, b]) => [b, a]));
  const said = found.filter((range) => !insideOwnName(range, tokens, bareWords, target) && !exclaimed(nameRun(range, byFirst, byLast, tokens, text), tokens, text));
  const opponents = withoutCommonTitles(said, tokens, bareWords, target.titles, text);
  // A rival the caller lists as an opponent is read as that opponent's mention once, not twice.
  const rivals = target.hasRivals ? findRivalTags(tokens, bareWords, target.forms).filter(([k]) => !opponents.some(([a, b]) => a <= k && k <= b)) : [];
  return {
    own,
    byPronounOnly: named.length === 0 && own.length > 0,
    byIndirectOnly: named.length > 0 && named.every((range) => isIndirect(range, bareWords, target)),
    opponents,
    favor: findMentions(tokens, bareWords, target.favorWords),
    against: findMentions(tokens, bareWords, target.againstWords),
    rivals,
  };
}

/**
 * A title that is also a common word names the being when written with a capital ("our Savior",
 * "#Lord") or in a religious context, beside another of its names ("praise the lord and pray");
 * alone in lower case it is the common word ("the savior of this team", "lord of the locker room").
 * A capital that belongs to another proper name says nothing ("Lord Byron", "Lord of the Rings").
 * Two titles together name the being in any case ("my lord and savior", "lord savior"), unless the
 * pair is some thing's or one of a kind ("the creator and maker of this app", "a maker and creator").
 */
function withoutCommonTitles(found: [number, number][], tokens: readonly WordToken[], bareWords: string[], titles: ReadonlySet<string>, text: string): [number, number][] {
  if (titles.size === 0 || found.length === 0) return found;
  const names = new Set(found.map(([first]) => first));
  const isTitle = (k: number) => names.has(k) && titles.has(bareWords[k]!);
  const commonTitle = ([first, last]: [number, number]) =>
    first === last &&
    titles.has(bareWords[first]!) &&
    (!startsCapital(tokens[first]!) || inOtherName(first, tokens, bareWords, text, names)) &&
    !pairedTitle(first, tokens, bareWords, text, isTitle);
  return found.every(commonTitle) ? [] : found;
}

/** Words that join two titles of one being: "lord and savior", "lord & savior". */
const TITLE_JOINERS = new Set(['and', '&']);

/**
 * The title at k stands next to another title, in the same run of words or joined by "and" ("lord and
 * savior"). A pair that is some thing's ("the creator and maker of this app", "divine creator of this
 * cake") or one of a kind ("a maker and creator at heart") is two common words.
 */
function pairedTitle(k: number, tokens: readonly WordToken[], bareWords: string[], text: string, isTitle: (k: number) => boolean): boolean {
  const spaced = (a: number, b: number) => b < tokens.length && a >= 0 && /^[ \t]+$/u.test(text.slice(tokens[a]!.end, tokens[b]!.start));
  const after = (i: number) => (spaced(i, i + 1) ? i + 1 : -1);
  const before = (i: number) => (spaced(i - 1, i) ? i - 1 : -1);
  for (const step of [after, before]) {
    let other = step(k);
    if (other >= 0 && TITLE_JOINERS.has(bareWords[other]!)) other = step(other);
    if (other < 0 || !isTitle(other)) continue;
    const first = Math.min(k, other);
    const last = Math.max(k, other);
    return !(bareWords[after(last)] === 'of' || COMMON_DETERMINERS.has(bareWords[before(first)] ?? ''));
  }
  return false;
}

/** Determiners of a common noun: "a maker and creator", "an almighty and divine mess". */
const COMMON_DETERMINERS = new Set(['a', 'an']);

function startsCapital(token: WordToken): boolean {
  return /^[#@]?\p{Lu}/u.test(token.text);
}

/**
 * The title at k is joined to a capitalised word that is none of the being's names, next to it or by
 * "of the" ("Lord Byron", "Maker Faire", "Lord of the Rings"; not "Lord Jesus", "Lord I thank you").
 */
function inOtherName(k: number, tokens: readonly WordToken[], bareWords: string[], text: string, names: ReadonlySet<number>): boolean {
  const next = (i: number) => (i >= 0 && i + 1 < tokens.length && /^[ \t]+$/u.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start)) ? i + 1 : -1);
  let joined = next(k);
  if (joined >= 0 && bareWords[joined] === 'of') joined = bareWords[next(joined)] === 'the' ? next(next(joined)) : -1;
  if (joined < 0 || names.has(joined) || tokens[joined]!.text === 'I') return false;
  return startsCapital(tokens[joined]!) && !tokens[joined]!.text.startsWith('#');
}

/**
 * An opponent's name found in a hashtag only as part of the target's own name is no mention of
 * the opponent: "#atheists" holds "theists", "#AskAnAtheist" holds "theist".
 */
function insideOwnName([first, last]: [number, number], tokens: readonly WordToken[], bareWords: string[], target: CompiledTarget): boolean {
  if (first !== last || !tokens[first]!.lower.startsWith('#')) return false;
  let rest = bareWords[first]!;
  for (const name of target.forms.inHashtags) rest = rest.replaceAll(name, ' ');
  if (rest === bareWords[first]) return false;
  return !rest.split(' ').some((part) => target.opponents.inHashtags.some((name) => part.includes(name)) || target.opponents.byFirst.has(part));
}

/** Words that may open an exclamation before the name: "Oh God!", "Good Lord,", "Sweet Jesus!". */
const EXCLAMATION_OPENERS = new Set(['oh', 'o', 'my', 'good', 'dear', 'sweet', 'holy', 'great']);

/**
 * A name said as an exclamation is no mention of whom it names: the name (after "oh", "my",
 * "good" …) opens its sentence and is followed by "," or "!", and the rest of the sentence does
 * not speak to it ("Jesus, that was a terrible game", "Oh God, not again", "Christ!"; not
 * "Jesus, we need you"); or it stands in "for X's sake".
 */
function exclaimed([first, last]: [number, number], tokens: readonly WordToken[], text: string): boolean {
  if (text === '') return false;
  if (tokens[first - 1]?.lower === 'for' && tokens[last + 1]?.lower === 'sake') return true;
  let opening = first;
  while (opening > 0 && EXCLAMATION_OPENERS.has(tokens[opening - 1]!.lower) && !/[.!?]/u.test(text.slice(tokens[opening - 1]!.end, tokens[opening]!.start))) opening--;
  const before = opening === 0 ? text.slice(0, tokens[0]!.start) : text.slice(tokens[opening - 1]!.end, tokens[opening]!.start);
  if (opening > 0 && !/[.!?]/u.test(before) && !onlyAddressesBefore(tokens, opening)) return false;
  if (!/^\s*[,!]/u.test(text.slice(tokens[last]!.end, tokens[last]!.end + 3))) return false;
  for (let k = last + 1; k < tokens.length; k++) {
    if (/[.!?]/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)) && k > last + 1) break;
    if ((tagsOf(tokens[k]!.lower.replace(/['\u2019]/gu, '')) & TAG.second) !== 0 || /^(?:thee|thou|thy|thine)$/u.test(tokens[k]!.lower)) return false;
  }
  return true;
}

/** Longest run of names said together that is still one exclamation ("Jesus H Christ"): keeps the join linear in the text. */
const MAX_NAME_RUN = 4;

/** A mention with the mentions written next to it (only spaces between): "Jesus Christ" is one name said once. */
function nameRun(range: [number, number], byFirst: ReadonlyMap<number, number>, byLast: ReadonlyMap<number, number>, tokens: readonly WordToken[], text: string): [number, number] {
  let [first, last] = range;
  const joined = (a: number, b: number) => /^\s+$/u.test(text.slice(tokens[a]!.end, tokens[b]!.start));
  for (let n = 0; n < MAX_NAME_RUN && byFirst.has(last + 1) && joined(last, last + 1); n++) last = byFirst.get(last + 1)!;
  for (let n = 0; n < MAX_NAME_RUN && byLast.has(first - 1) && joined(first - 1, first); n++) first = byLast.get(first - 1)!;
  return [first, last];
}

/** A text up to this long that names no one is one utterance about whoever the caller asked about. */
const SHORT_TEXT = 280;

/**
 * After the target is named, its pronouns name it again ("Hillary … she"). A short text that names
 * no person at all ("How can she live with herself?", tagged for a person target) has no other
 * referent for the target's pronouns: they name the target the caller asked about.
 */
function withPronouns(own: [number, number][], tokens: readonly WordToken[], bareWords: string[], pronouns: ReadonlySet<string>, text: string): [number, number][] {
  if (pronouns.size === 0) return own;
  if (own.length === 0) return namesNoOne(tokens, pronouns, text) ? bareWords.flatMap((w, k): [number, number][] => (pronouns.has(w) ? [[k, k]] : [])) : own;
  const named = new Set(own.map(([first]) => first));
  const more: [number, number][] = [];
  for (let k = own[0]![1] + 1; k < bareWords.length; k++) if (pronouns.has(bareWords[k]!) && !named.has(k)) more.push([k, k]);
  return more.length === 0 ? own : [...own, ...more].sort((a, b) => a[0] - b[0]);
}

/** A mention made only by a beneficiary's word, or a hashtag holding one and none of the target's other names. */
function isIndirect([first, last]: [number, number], bareWords: string[], target: CompiledTarget): boolean {
  if (target.indirect.size === 0 || first !== last) return false;
  const word = bareWords[first]!;
  if (target.indirect.has(word)) return true;
  const inside = target.forms.inHashtags.filter((name) => word.includes(name));
  return inside.length > 0 && inside.every((name) => target.indirect.has(name));
}

export function isMentioned(found: Mentions): boolean {
  return found.own.length + found.opponents.length + found.favor.length + found.against.length + found.rivals.length > 0;
}

/** Token index ranges [first, last] where a name occurs; at each token the first listed name that fits wins. */
function findMentions(tokens: readonly WordToken[], bareWords: string[], names: NameIndex): [number, number][] {
  const out: [number, number][] = [];
  if (names.forms.length === 0) return out;
  for (let i = 0; i < tokens.length; i++) {
    const word = bareWords[i]!;
    const form = names.byFirst.get(word)?.find((f) => f.every((w, k) => bareWords[i + k] === w));
    if (form) {
      out.push([i, i + form.length - 1]);
      i += form.length - 1;
    } else if (tokens[i]!.lower.startsWith('#') && inHashtag(word, bare(tokens[i]!.text), names)) {
      out.push([i, i]);
    }
  }
  return out;
}

/** `word` is the hashtag's bare lower-case word, `raw` the same as written (its capitals split it). */
function inHashtag(word: string, raw: string, names: NameIndex): boolean {
  return names.inHashtags.some((n) => word.includes(n)) || names.openingHashtags.some((n) => word.startsWith(n) && keepsSide(raw.slice(n.length)));
}

/** A verb of being after a side's word: the rest of the tag is said of the side ("#ProLifeIsALie"). */
const PREDICATE = /^(?:is|isnt|are|arent|was|were)$/u;
const PREDICATE_LOWER = /^(?:isnt|is|arent|are|was|were)/u;

/**
 * Whether a tag opening with a side's word keeps that side: the rest is empty or a neutral or
 * positive word ("#prolifeyouth", "#ProLifeGeneration"), not a word of blame ("#prolifehypocrites",
 * "#ProChoiceIsMurder") nor a predicate about the side that does not praise it ("#ProLifeIsALie"):
 * those say what the writer thinks of that side, not that the writer is on it.
 */
function keepsSide(rest: string): boolean {
  if (rest === '') return true;
  const camel = /\p{Lu}|\d/u.test(rest);
  const lower = rest.toLowerCase();
  // An all-lower-case rest is split only after a verb of being ("isawesome" → is, awesome).
  const copula = camel ? '' : (PREDICATE_LOWER.exec(lower)?.[0] ?? '');
  const words = camel ? camelWords(rest, { digits: true }) : [copula, lower.slice(copula.length)].filter(Boolean);
  if (words.some((w) => valence(w) < 0 || isNegator(w))) return false;
  // A predicate keeps the side only when it praises it ("#ProLifeIsBeautiful"); "#ProLifeIsALie" does not.
  const predicated = PREDICATE.test(words[0] ?? '');
  return !predicated || words.reduce((sum, w) => sum + valence(w), 0) > 0;
}

/** The words before k are only handles a reply addresses and a retweet mark ("@a @b Stop …", "RT @a Why …"): k opens the sentence. */
function onlyAddressesBefore(tokens: readonly WordToken[], k: number): boolean {
  for (let j = 0; j < k; j++) if (!tokens[j]!.text.startsWith('@') && tokens[j]!.lower !== 'rt') return false;
  return true;
}

/**
 * Whether a short text names no person: no capitalised word other than the target's pronouns, a
 * sentence's first word (after any handles a reply opens with), words in capitals throughout ("WOW", "US"), hashtags and handles (a
 * handle may be anyone, the target too).
 */
function namesNoOne(tokens: readonly WordToken[], pronouns: ReadonlySet<string>, text: string): boolean {
  if (tokens.length === 0 || text.length > SHORT_TEXT) return false;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (!/^\p{Lu}\p{Ll}/u.test(token.text) || pronouns.has(token.lower)) continue;
    const before = k === 0 ? text.slice(0, token.start) : text.slice(tokens[k - 1]!.end, token.start);
    if (k === 0 || /[.!?:]/u.test(before) || onlyAddressesBefore(tokens, k)) continue;
    return false;
  }
  return true;
}
