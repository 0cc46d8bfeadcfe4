/**
 * The lexicons: bundled JSON data, validated with zod when first used, merged with the caller's
 * options, compiled to lookup tables (once per analyzer).
 */
import insultsJson from './data/insults.json';
import inducedInsultsJson from './data/insults-induced.json';
import wordnetInsultsJson from './data/insults-wordnet.json';
import profanityJson from './data/profanity.json';
import slursJson from './data/slurs.json';
import dehumJson from './data/dehumanization.json';
import { compileEntries, type CompiledLexicon } from './compile.js';
import { WORD_LEXICON_SOURCE, type LexiconOptions } from './options.js';
import { sourceId } from '../sources.js';
import { once } from '../../memo.js';
import { DehumanizationData, LexiconDataFile, LexiconEntries, parseLexiconFile, type LexiconEntry } from './schema.js';

export { WORD_LEXICON_VERSION, type LexiconOptions } from './options.js';
export { parseLexiconFile, LexiconFile, LexiconEntry, LexiconDataFile, DehumanizationData } from './schema.js';
export type { CompiledLexicon, CompiledEntry } from './compile.js';

interface Builtin {
  entries: LexiconEntry[];
  dehumanization: DehumanizationData;
}

let builtin: Builtin | undefined;

/** The bundled data, validated once (a broken data file fails loudly, not silently). */
export function builtinLexicon(): Builtin {
  if (builtin) return builtin;
  const files = [slursJson, insultsJson, inducedInsultsJson, wordnetInsultsJson, profanityJson].map((json) => LexiconDataFile.parse(json));
  const entries = LexiconEntries.parse(files.flatMap((file) => file.entries));
  builtin = { entries, dehumanization: DehumanizationData.parse(dehumJson) };
  return builtin;
}

/**
 * The word lexicons for these options, compiled to lookup tables: the bundled lists merged with the
 * caller's `extend`, `allow`, `replace` and `dehumanization` (validated: a bad file throws
 * `invalid-lexicon`). An analyzer calls this once; only the bundled lists' compilation is kept.
 */
export function compileLexicon(options?: LexiconOptions): CompiledLexicon {
  if (!options || Object.keys(options).length === 0) return builtinCompiled();
  return compileWithOptions(parseLexiconFile(options));
}

/**
 * The bundled lists compiled, one object for every caller that passes no options: the toxicity
 * tagger and the questions tagger's hostile-wording feature then read one comment's findings once
 * (toxicity/shared.ts keys them by lexicon). A compiled lexicon is never changed after compiling.
 */
const builtinCompiled = once(() => compileEntries(builtinLexicon().entries, builtinLexicon().dehumanization, () => WORD_LEXICON_SOURCE, WORD_LEXICON_SOURCE));

function compileWithOptions(options: LexiconOptions): CompiledLexicon {
  const base = builtinLexicon();
  const extend = options.extend ?? [];
  const overridden = new Set(extend.map((entry) => entry.id));
  // Extensions first: the first entry to claim a form wins.
  let entries = [...extend, ...(options.replace ?? base.entries).filter((entry) => !overridden.has(entry.id))];
  const allow = new Set((options.allow ?? []).map((word) => word.toLowerCase()));
  entries = entries
    .filter((entry) => !allow.has(entry.id))
    .map((entry) => ({ ...entry, terms: entry.terms.filter((term) => !allow.has(term)) }))
    .filter((entry) => entry.terms.length > 0);
  const dehum = options.dehumanization === false ? undefined : allowDehum(base.dehumanization, allow);
  // The caller's entries name the caller's file; built-in ones the bundled lexicon.
  const callers = new Set([...extend, ...(options.replace ?? [])].map((entry) => entry.id));
  const custom = sourceId('custom-lexicon', options.version);
  return compileEntries(entries, dehum, (entry) => (callers.has(entry.id) ? custom : WORD_LEXICON_SOURCE), WORD_LEXICON_SOURCE);
}

function allowDehum(data: DehumanizationData, allow: Set<string>): DehumanizationData {
  const keep = <T extends { id: string; terms: string[] }>(set: T): T => ({
    ...set,
    terms: allow.has(set.id) ? [] : set.terms.filter((term) => !allow.has(term)),
  });
  return {
    ...data,
    predicates: data.predicates.map(keep),
    swarmVerbs: keep(data.swarmVerbs),
    worthlessLives: keep(data.worthlessLives),
  };
}
