/**
 * Target cards: what marks a target in text, derived from its name alone by general rules
 * (data/name-cards.json), with the caller's own card laid over it. A new user who passes only
 * "Legalization of Abortion" gets abortion, abortions, pro-abortion and #StopAbortion; a user who
 * knows the debate adds aliases, opponents and side vocabulary, and their entries always win.
 */
import type { TargetCard, TargetInput } from '../../../schema/index.js';
import { memoize } from '../../../memo.js';
import { acronym, topicForms, unique } from './forms.js';
import { readPersonName } from './person.js';
import { nameCardRules } from './rules.js';
import { readNameShape } from './shape.js';
import { sidePatterns } from './sides.js';

export { NAME_CARDS_SOURCE, nameCardRules, cardExamples } from './rules.js';
export { readNameShape } from './shape.js';

/** The card derived from a name: steps from the name's shape to its forms and side patterns. */
export const deriveCard = memoize(2000, (name: string): TargetCard => {
  // What the name is about, and which side of it the target takes ("Ban on X" is against X).
  const shape = readNameShape(name);
  // A person is named by first name, surname, both joined, and referred back to by pronouns.
  const person = readPersonName(shape.subject.join(' '));
  if (person) return personCard(name, person, shape.side);
  // A topic or group is named by its word forms, its hashtag form and its acronym.
  const forms = topicForms(shape.subject, shape.groupHead);
  const short = [shape.bracketed, acronym(shape.subject)].filter((a): a is string => a !== null);
  // Pro-/anti- words and #StopX / #YesX tags on the subject's key words take a side.
  const sides = sidePatterns(keyWords(shape.subject, shape.groupHead, forms), shape.side, shape.concern);
  const names = unique([...forms, ...short]).filter((form) => form.toLowerCase() !== name.toLowerCase());
  // A target against its subject ("Ban on Fracking") meets the subject's names as the other side.
  return {
    name,
    aliases: shape.side === 'favor' ? names : [],
    opponents: shape.side === 'favor' ? [] : names,
    vocabulary: sides,
    concern: shape.concern,
    pronouns: [],
  };
});

function personCard(name: string, person: { first: string; last: string; gender: 'female' | 'male' | null }, side: 'favor' | 'against'): TargetCard {
  const names = unique([person.first, person.last, `${person.first}${person.last}`]).filter((n) => n !== name);
  return {
    name,
    aliases: side === 'favor' ? names : [],
    opponents: side === 'favor' ? [] : names,
    vocabulary: sidePatterns([person.first, person.last], side),
    concern: false,
    pronouns: person.gender ? nameCardRules().person.pronouns[person.gender] : [],
  };
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
