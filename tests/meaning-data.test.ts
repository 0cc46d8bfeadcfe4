/** The generated data (meaning classes, fuzzy guard) is fresh, valid and keeps identity terms out. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderFuzzyGuard } from '../scripts/build/fuzzy-guard.js';
import { renderMeaningClasses } from '../scripts/build/meaning-classes.js';
import { renderInducedLexicon } from '../scripts/build/toxic-spans-lexicon.js';
import { renderTargetNouns } from '../scripts/build/target-nouns.js';
import { renderPejorativePersons } from '../scripts/build/pejorative-persons.js';
import { SHARED_DATA } from '../scripts/lib/table.js';
import { builtinGroups } from '../src/tag/groups/index.js';
import { MeaningClassesFile, meaningClasses } from '../src/tag/meaning/index.js';
import { fuzzyLookup } from '../src/tag/clause/fuzzy.js';
import { vocabulary } from '../src/tag/clause/vocabulary.js';
import classesJson from '../src/tag/meaning/data/classes.json';
import guardJson from '../src/tag/clause/data/real-words.json';

const file = (path: string) => readFileSync(new URL(`../src/tag/${path}`, import.meta.url), 'utf8');

describe('generated data is up to date (npx tsx scripts/build/<script>.ts)', () => {
  it('meaning/data/classes.json', () => {
    expect(file('meaning/data/classes.json')).toBe(renderMeaningClasses());
  }, 60_000);
  it('clause/data/real-words.json', () => {
    expect(file('clause/data/real-words.json')).toBe(renderFuzzyGuard());
  }, 60_000);
  it('clause/data/target-nouns.json', () => {
    expect(file('clause/data/target-nouns.json')).toBe(renderTargetNouns());
  }, 60_000);
  it('lexicon/data/insults-wordnet.json (pejorative person nouns)', () => {
    expect(file('lexicon/data/insults-wordnet.json')).toBe(renderPejorativePersons());
  }, 60_000);
  // The induced list is rebuilt from the Toxic Spans train file and splits.mjs in ../shared, which a
  // clone without the development data does not have (CI has it, so this never skips there).
  const trainData = existsSync(`${SHARED_DATA}splits.mjs`) && existsSync(`${SHARED_DATA}toxic-spans/tsd_train.csv`);
  if (!trainData) console.warn(`meaning-data: skipping insults-induced.json: ${SHARED_DATA} (the development data) is not beside this checkout`);
  it.skipIf(!trainData)('lexicon/data/insults-induced.json (from the Toxic Spans train file)', () => {
    expect(file('lexicon/data/insults-induced.json')).toBe(renderInducedLexicon());
  }, 60_000);
});

describe('meaning classes', () => {
  it('validate, with WordNet provenance on every class', () => {
    const parsed = MeaningClassesFile.parse(classesJson);
    expect(parsed.provenance.resource).toMatch(/^WordNet 3\.1/);
    for (const cls of parsed.classes) {
      expect(cls.synsets.length, cls.id).toBeGreaterThan(0);
      expect(cls.words.length, cls.id).toBeGreaterThan(0);
    }
  });

  it('never hold a protected-group term as a predicate', () => {
    const groupTerms = new Set(builtinGroups().flatMap((g) => [...g.nouns, ...g.adjectives]));
    const { classes } = meaningClasses();
    const leaks = classes
      .filter((c) => c.role !== 'person')
      .flatMap((c) => c.words.filter((w) => groupTerms.has(w)).map((w) => `${c.id}: ${w}`));
    expect(leaks).toEqual([]);
  });

  it('exclude what the spec excludes', () => {
    for (const cls of meaningClasses().classes) {
      const words = new Set(cls.words);
      expect(Object.keys(cls.excluded).filter((w) => words.has(w) && !(w in cls.added)), cls.id).toEqual([]);
    }
  });
});

describe('fuzzy guard', () => {
  it('holds ordinary words only, never a vocabulary word', () => {
    const vocab = vocabulary();
    expect(guardJson.words.filter((w) => vocab.words.has(w))).toEqual([]);
    expect(guardJson.words).toContain('plate'); // one letter from "place"
    expect(fuzzyLookup(vocab.fuzzy, 'fill')).toBeUndefined(); // one letter from "kill" (and "will"): never read as either
  });
});
