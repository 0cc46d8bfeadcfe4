/**
 * Builds src/tag/lexicon/data/insults-wordnet.json: nouns for a person that WordNet 3.1 glosses in
 * words of contempt ("kook: someone regarded as eccentric or crazy", "dolt: a person who is
 * stupid"). An insult of the "target" frame: it counts only when aimed at someone ("you are a
 * kook", "what a dolt", "this dolt"), as the hand lexicon's person words do.
 *
 * A word is kept when it is a one-word lemma under person.n.01, its most frequent noun sense is one
 * of those glossed synsets (so "tool", "case" or "runner", whose first sense is no person, stay out),
 * the gloss is no slur's ("offensive term for a member of …": slurs are a separate list with
 * their own use/mention rules), no bundled lexicon or protected group holds it, and the review below
 * does not exclude it. The package never reads WordNet at run time: the generated file is the data.
 *
 *   npx tsx scripts/build/pejorative-persons.ts          # write the file
 *   npx tsx scripts/build/pejorative-persons.ts --check  # fail if the file is stale
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { plural } from './meaning/inflect.js';
import { WordNet, wordnetVersion, type Synset } from './wordnet/read.js';
import { writeOrCheck } from './write-or-check.js';

const OUT = new URL('../../src/tag/lexicon/data/insults-wordnet.json', import.meta.url);
const LEXICON = new URL('../../src/tag/lexicon/data/', import.meta.url);
const GROUPS = new URL('../../src/tag/groups/data/groups.json', import.meta.url);
/** Bump on any change to the filters, the review or this script. */
const VERSION = '1.0.0';

const PERSON = 'n:7846';
/** Words of contempt in a gloss: the sense judges the person it names. */
export const CONTEMPT =
  /\b(derogatory|disparaging|contemptible|contemptuous|despicable|detestable|obnoxious|stupid|foolish|ignorant|incompetent|inept|dishonest|deceitful|cowardly|worthless|insignificant|unpleasant|annoying|nasty|mean|selfish|vulgar|crazy|insane|silly|lazy)\b/i;
/** A slur's gloss: an identity named with contempt belongs to the slur list, not here. */
const SLUR_GLOSS = /\b(slur|offensive (term|name|word) for|term of contempt for|derogatory term for)\b/i;

/** Reviewed exclusions: ordinary senses the gloss filter lets through, and words too mild or too rare to read as abuse. */
export const EXCLUDED: Record<string, string> = {
  junior: 'the ordinary sense (a younger person, a student year)',
  broad: 'the adjective',
  grind: 'the verb and the ordinary noun',
  swot: 'mild school slang',
  wonk: 'neutral or praising ("policy wonk")',
  nerd: 'often self-description and praise',
  geek: 'often self-description and praise',
  character: 'the ordinary sense',
  type: 'the ordinary sense',
  case: 'the ordinary sense',
  enforcer: 'the ordinary sense',
  conservator: 'a legal office',
  expurgator: 'a neutral trade',
  bowdlerizer: 'a neutral trade',
  bowdleriser: 'a neutral trade',
  placeman: 'a historical office',
  placeseeker: 'rare',
  apparatchik: 'a political office described',
  princeling: 'a title described',
  codger: 'an age word (older people are a protected group)',
  geezer: 'an age word (older people are a protected group)',
  'fuddy-duddy': 'an age word (older people are a protected group)',
  gamin: 'a homeless child described',
  throwaway: 'the adjective and the ordinary noun',
  blocker: 'a sports position',
  halfback: 'a sports position',
  fullback: 'a sports position',
  runner: 'the ordinary sense',
  mickey: 'a name',
  jerry: 'a name',
  paddy: 'a name and a rice field',
  mick: 'a name',
  sirrah: 'archaic address',
  upstager: 'rare',
  pawer: 'rare',
  alienator: 'rare',
  aggravator: 'rare',
  spouter: 'rare',
  prater: 'rare',
  chatterer: 'mild: talks a lot',
  babbler: 'mild: talks a lot',
  dogsbody: 'a menial job described',
  hillbilly: 'a regional identity (rural people)',
  bushwhacker: 'a frontier trade',
  berserker: 'a historical warrior',
  berserk: 'the adjective',
  moonie: 'a religious movement member (religion is a protected characteristic)',
  papist: 'a slur on a religion',
  shegetz: 'a slur on non-Jews',
  shiksa: 'a slur on non-Jews',
  shikse: 'a slur on non-Jews',
  gringo: 'a slur on foreigners',
  marrano: 'a slur on a religion',
  butch: 'an identity term (lesbian)',
  nance: 'a slur on gay men',
  mammy: 'a slur on Black women',
  'half-caste': 'a slur on mixed-race people',
  'half-breed': 'a slur on mixed-race people',
  squaw: 'a slur on Native American women',
  coolie: 'a slur on Asian workers',
  cooly: 'a slur on Asian workers',
  yenta: 'a gendered ethnic term',
  spook: 'a slur and the ordinary sense (a ghost, a spy)',
  taco: 'a food; a slur',
  ribald: 'the adjective',
  silly: 'the adjective',
  stupid: 'the adjective (the hand lexicon reads it)',
  pom: 'a slur on a nationality',
  pommy: 'a slur on a nationality',
  boob: 'the body part',
  booby: 'the body part and the bird',
  puke: 'the ordinary sense (vomit)',
  snot: 'the ordinary sense (mucus)',
  pseudo: 'a prefix and an adjective',
  schlep: 'the verb',
  shlep: 'the verb',
  rogue: 'the adjective ("rogue state")',
  loafer: 'the shoe',
  shrimp: 'the food',
  skunk: 'the animal',
  cuckoo: 'the bird and the adjective',
  rascal: 'affectionate',
  gadfly: 'often praise',
  sneak: 'the verb',
};

function read<T>(url: URL): T {
  return JSON.parse(readFileSync(url, 'utf8')) as T;
}

/** Terms the bundled lexicons and protected groups already hold. */
function knownTerms(): Set<string> {
  const known = new Set<string>();
  for (const kind of ['slurs', 'insults', 'insults-induced', 'profanity']) {
    for (const entry of read<{ entries: { terms: string[] }[] }>(new URL(`${kind}.json`, LEXICON)).entries) for (const term of entry.terms) known.add(term);
  }
  for (const group of read<{ groups: { nouns: string[]; adjectives: string[] }[] }>(GROUPS).groups) for (const word of [...group.nouns, ...group.adjectives]) known.add(word);
  return known;
}

/** Synsets under person.n.01 (hyponyms, no instances) whose gloss speaks of the person with contempt, slurs aside. */
function contemptSynsets(wn: WordNet): Synset[] {
  return wn.closure(PERSON, ['~']).filter((synset) => CONTEMPT.test(synset.gloss) && !SLUR_GLOSS.test(synset.gloss));
}

export function pejorativePersons(): { word: string; synset: string; gloss: string }[] {
  const wn = new WordNet();
  const known = knownTerms();
  const out: { word: string; synset: string; gloss: string }[] = [];
  const kept = new Set<string>();
  for (const synset of contemptSynsets(wn)) {
    for (const word of synset.words) {
      if (!/^[a-z][a-z-]*$/.test(word) || kept.has(word) || known.has(word) || word in EXCLUDED) continue;
      if (wn.senses(word, 'noun')[0] !== synset.id) continue; // its most frequent sense is another ("tool", "case")
      kept.add(word);
      out.push({ word, synset: synset.id, gloss: synset.gloss });
    }
  }
  return out.sort((a, b) => a.word.localeCompare(b.word));
}

export function renderPejorativePersons(): string {
  const words = pejorativePersons();
  const terms = [...new Set(words.flatMap((w) => [w.word, plural(w.word)]))].sort();
  const data = {
    kind: 'insults',
    provenance: {
      version: VERSION,
      sources: wordnetVersion(),
      method: `one-word lemmas under person.n.01 (${PERSON}) whose most frequent noun sense has a gloss with a word of contempt (${CONTEMPT.source}) and no slur's wording; bundled lexicon terms, protected-group terms and reviewed exclusions left out; plurals added`,
      generatedBy: 'scripts/build/pejorative-persons.ts',
      synsets: words.map((w) => `${w.word} ${w.synset}`).join(', '),
    },
    entries: [
      {
        id: 'insult.pejorative-person',
        terms,
        category: 'insult',
        severity: 1,
        note: 'A noun for a person that WordNet glosses with contempt ("kook", "dolt", "wimp"): an insult when aimed at someone.',
        source: `wordnet-3.1 pejorative person nouns v${VERSION}`,
        frame: 'target',
      },
    ],
  };
  return `${JSON.stringify(data, null, 1)}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const text = renderPejorativePersons();
  writeOrCheck(OUT, text, 'scripts/build/pejorative-persons.ts', () => `${(JSON.parse(text) as { entries: { terms: string[] }[] }).entries[0]!.terms.length} terms`);
}
