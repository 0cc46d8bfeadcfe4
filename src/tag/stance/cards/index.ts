/**
 * Target cards: what marks a target in text, derived from its name alone by general rules
 * (data/name-cards.json), with the caller's own card laid over it. A new user who passes only
 * "Legalization of Abortion" gets abortion, abortions, pro-abortion and #StopAbortion; a user who
 * knows the debate adds aliases, opponents and side vocabulary, and their entries always win.
 */
import type { TargetCard, TargetInput } from '../../../schema/index.js';
import { memoize } from '../../../memo.js';
import { knownWord } from '../../clause/view.js';
import { vocabulary } from '../../clause/vocabulary.js';
import { getGroups } from '../../groups/index.js';
import { dictionarySides } from './dictionary.js';
import { acronym, topicForms, unique } from './forms.js';
import { readPersonName } from './person.js';
import { nameCardRules } from './rules.js';
import { readNameShape } from './shape.js';
import { sidePatterns, type SideWords } from './sides.js';

export { NAME_CARDS_SOURCE, nameCardRules, cardExamples } from './rules.js';
export { readNameShape } from './shape.js';
export { WORDNET_SIDES_SOURCE, isDictionarySideWord, isDictionaryTitle, isProtectedHarmWord, isProtectedSideWord } from './dictionary.js';

/** The card derived from a name: steps from the name's shape to its forms and side patterns. */
export function deriveCard(name: string): TargetCard {
  return deriveParts(name).card;
}

/**
 * Whom the name's cause is for (feminism: women), as derived; they are among the card's aliases,
 * but a text that names only them speaks of the target indirectly.
 */
export function derivedBeneficiaries(name: string): readonly string[] {
  return deriveParts(name).beneficiaries;
}

const deriveParts = memoize(2000, (name: string): { card: TargetCard; beneficiaries: string[] } => {
  // What the name is about, and which side of it the target takes ("Ban on X" is against X).
  const shape = readNameShape(name);
  // A person is named by first name, surname, both joined, and referred back to by pronouns.
  const person = readPersonName(shape.subject.join(' '));
  if (person) return { card: personCard(name, person, shape.side), beneficiaries: [] };
  // A topic or group is named by its word forms, its hashtag form and its acronym.
  const forms = topicForms(shape.subject, shape.groupHead);
  const short = [shape.bracketed, acronym(shape.subject)].filter((a): a is string => a !== null);
  // Pro-/anti- words and #StopX / #YesX tags on the subject's key words take a side.
  const sides = sidePatterns(keyWords(shape.subject, shape.groupHead, forms), shape.side, shape.concern);
  // What the dictionary sets against the subject, and its words for each side (not for a concern claim).
  const dictionary = shape.concern ? null : dictionarySides(forms);
  const names = unique([...forms, ...short, ...(dictionary?.beneficiaries ?? [])]).filter((form) => form.toLowerCase() !== name.toLowerCase());
  const opposed = unique(dictionary?.opponents ?? []);
  // A target against its subject ("Ban on Fracking") meets the subject's names as the other side.
  const card = {
    name,
    aliases: shape.side === 'favor' ? names : opposed,
    opponents: shape.side === 'favor' ? opposed : names,
    vocabulary: dictionary ? mergeSides(sides, dictionary.vocabulary, shape.side) : sides,
    concern: shape.concern,
    pronouns: [],
  };
  return { card, beneficiaries: unique(dictionary?.beneficiaries ?? []) };
});

function personCard(name: string, person: { first: string; last: string; gender: 'female' | 'male' | null }, side: 'favor' | 'against'): TargetCard {
  const parts = [person.first, person.last];
  const names = unique([...parts, `${person.first}${person.last}`, ...parts.flatMap(singledDoubles)]).filter((n) => n !== name);
  return {
    name,
    aliases: side === 'favor' ? names : [],
    opponents: side === 'favor' ? [] : names,
    vocabulary: sidePatterns([person.first, person.last], side),
    concern: false,
    pronouns: person.gender ? nameCardRules().person.pronouns[person.gender] : [],
  };
}

/**
 * A name's commonest misspelling writes a doubled letter once ("Hilary" for Hillary, "Russel" for
 * Russell); names of five letters or more only, and never a respelling that is itself a word of
 * the vocabulary ("Abbot" for Abbott, "Scot" for Scott), which would name someone else.
 */
function singledDoubles(word: string): string[] {
  if (word.length < 5) return [];
  const out: string[] = [];
  for (let k = 1; k < word.length; k++) {
    if (word[k] !== word[k - 1]) continue;
    const respelt = word.slice(0, k) + word.slice(k + 1);
    if (!knownWord(respelt.toLowerCase(), vocabulary(), getGroups())) out.push(respelt);
  }
  return out;
}

/** The dictionary's side words added to the patterns; a target against its subject takes them swapped. */
function mergeSides(patterns: SideWords, dictionary: SideWords, side: 'favor' | 'against'): SideWords {
  const [favor, against] = side === 'favor' ? [dictionary.favor, dictionary.against] : [dictionary.against, dictionary.favor];
  return { favor: unique([...patterns.favor, ...favor]), against: unique([...patterns.against, ...against]) };
}

/** The words side patterns are built on: the subject word itself and its -ism/-ist forms, not plurals. */
function keyWords(subject: string[], groupHead: boolean, forms: string[]): string[] {
  const words = groupHead ? subject.slice(0, -1) : subject;
  if (words.length !== 1) return [words.map(capitalised).join('')].filter(Boolean);
  const word = words[0]!.toLowerCase();
  return unique([word, ...forms.filter((f) => !f.includes(' ') && /(?:ism|ist)$/u.test(f))]);
}

function capitalised(word: string): string {
  return word.length === 0 ? word : word[0]!.toUpperCase() + word.slice(1);
}

/**
 * The card a target input is scored with: the derived card with the caller's entries laid over
 * it. A word the caller lists anywhere is taken out of every derived list, so a caller who moves
 * "choice" from aliases to favor vocabulary is obeyed; `derive: false` turns derivation off.
 */
export function targetCard(input: TargetInput): TargetCard {
  if (typeof input === 'string') return deriveCard(input);
  const own = ownCard(input);
  if (input.derive === false) return own;
  const derived = deriveCard(input.name);
  const taken = new Set([...own.aliases, ...own.opponents, ...own.vocabulary.favor, ...own.vocabulary.against, ...own.pronouns].map(key));
  const keep = (list: string[], mine: string[]) => unique([...mine, ...list.filter((w) => !taken.has(key(w)))]);
  return {
    name: input.name,
    aliases: keep(derived.aliases, own.aliases),
    opponents: keep(derived.opponents, own.opponents),
    vocabulary: { favor: keep(derived.vocabulary.favor, own.vocabulary.favor), against: keep(derived.vocabulary.against, own.vocabulary.against) },
    concern: typeof input.concern === 'boolean' ? input.concern : derived.concern,
    pronouns: keep(derived.pronouns, own.pronouns),
  };
}

/** A caller's object as a card; plain JavaScript callers may pass mistyped fields, which are ignored. */
function ownCard(input: Exclude<TargetInput, string>): TargetCard {
  const vocabulary: { favor?: unknown; against?: unknown } = typeof input.vocabulary === 'object' && input.vocabulary !== null ? input.vocabulary : {};
  return {
    name: input.name,
    aliases: names(input.aliases),
    opponents: names(input.opponents),
    vocabulary: { favor: names(vocabulary.favor), against: names(vocabulary.against) },
    concern: input.concern === true,
    pronouns: names(input.pronouns),
  };
}

function names(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((n): n is string => typeof n === 'string') : [];
}

function key(word: string): string {
  return word.toLowerCase().replace(/^[#@]/u, '');
}
