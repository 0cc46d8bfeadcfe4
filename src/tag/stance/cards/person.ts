/**
 * A person's name: compromise's name lists say whether the first word is a first name and which
 * gender it usually has. compromise takes a third of a second to load, so it loads on the first
 * person-shaped name only; answers are kept per name.
 */
import { nlp } from '../nlp.js';
import { memoize } from '../../../memo.js';

export interface PersonName {
  first: string;
  last: string;
  gender: 'female' | 'male' | null;
}

/** Two or three capitalised words whose first is a known first name, or null. */
export const readPersonName = memoize(2000, (name: string): PersonName | null => {
  const words = name.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w))) return null;
  const terms = nlp(name).json()[0]?.terms as { tags: string[] }[] | undefined;
  const tags = terms?.[0]?.tags ?? [];
  if (!tags.includes('FirstName')) return null;
  const gender = tags.includes('FemaleName') ? 'female' : tags.includes('MaleName') ? 'male' : null;
  return { first: words[0]!, last: words.at(-1)!, gender };
});

/**
 * Whether words written together in a tag ("Ted Cruz" from #TedCruz2016, "Bernie") name one person
 * by compromise's name lists, and not a place ("Paris", "Rio"): a tag of a person's name and a year
 * is a campaign's, a place's and a year an event's. Every word must be part of the name ("Smith
 * Wedding" is an event's tag), and two names joined ("John And Sarah") are a couple's.
 */
export const namesPerson = memoize(2000, (name: string): boolean => {
  if (!/^\p{Lu}/u.test(name) || /^\p{Lu}+$/u.test(name)) return false; // lower-case words and acronyms (GOP, POTUS) are no one's name
  if (joinsTwoNames(name)) return false;
  const doc = nlp(name);
  const terms = (doc.json()[0]?.terms ?? []) as { tags: string[] }[];
  return terms.length > 0 && terms.every((t) => t.tags.includes('Person')) && !doc.has('#Place');
});

/** Joining words that are never part of a name, in the languages of the tags we read. */
const JOINING_WORDS = /\b(?:and|und|et|with|or|ou|oder)\b/iu;
/** One-letter joiners ("Rock N Roll", Spanish "y"), also a middle initial ("Kenneth N Waltz"). */
const ONE_LETTER_JOINERS = new Set(['n', 'y']);

/**
 * Whether the words join two names ("John And Sarah", "Juan Y Maria"), which compromise reads as
 * one person: it tags a capitalised joining word inside a name as part of it. A one-letter joiner
 * is read as joining only when the word after it is a first name on its own; otherwise it is a
 * middle initial ("Ricardo Y Lopez").
 */
function joinsTwoNames(name: string): boolean {
  if (JOINING_WORDS.test(name)) return true;
  const words = name.split(/\s+/u);
  for (let i = 1; i < words.length - 1; i++) {
    if (ONE_LETTER_JOINERS.has(words[i]!.toLowerCase()) && isFirstName(words[i + 1]!)) return true;
  }
  return false;
}

function isFirstName(word: string): boolean {
  const tags = (nlp(word).json()[0]?.terms?.[0]?.tags ?? []) as string[];
  return tags.includes('FirstName');
}
