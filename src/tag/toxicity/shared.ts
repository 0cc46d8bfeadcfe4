/**
 * One comment's toxicity findings, computed once per view and lexicon: the toxicity tagger returns
 * them, and the questions tagger's hostile-wording feature reads the same findings of the same
 * comment (with the bundled lists, which an analyzer without lexicon options also uses).
 */
import type { TextView } from '../../text/view.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import { findToxicity, type ToxicityTags } from './find.js';

/** A number per compiled lexicon, so a view's cache tells the findings of two lexicons apart. */
const lexiconIds = new WeakMap<CompiledLexicon, number>();
let nextId = 0;

function lexiconId(lex: CompiledLexicon): number {
  let id = lexiconIds.get(lex);
  if (id === undefined) lexiconIds.set(lex, (id = nextId++));
  return id;
}

/** The findings kept on the view: read them, never change them (they serve every later caller). */
export function sharedToxicity(view: TextView, lex: CompiledLexicon): Readonly<ToxicityTags> {
  return view.derive(`toxicity:${lexiconId(lex)}`, () => findToxicity(view, lex));
}

/**
 * The findings as the caller's own: the tagger's output is namespaced and moved onto the page in
 * place (tag/run.ts), which must not reach the view's copy. Findings are flat objects.
 */
export function ownToxicity(view: TextView, lex: CompiledLexicon): ToxicityTags {
  const found = sharedToxicity(view, lex);
  return { slurs: found.slurs.map((f) => ({ ...f })), insults: found.insults.map((f) => ({ ...f })), profanity: found.profanity.map((f) => ({ ...f })) };
}
