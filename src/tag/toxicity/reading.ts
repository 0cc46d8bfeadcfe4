/**
 * One toxicity reading per text view and compiled lexicon. The toxicity tagger and the questions'
 * hostile-wording feature (`rhet-hostile`) read the same comment; finding its words twice doubled
 * the cost on every comment with a question. The reading is kept pristine: the tagger hands out
 * copies, because a record's findings are finished in place (rule namespaces, page offsets).
 */
import type { TextView } from '../../text/view.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import { findToxicity, type ToxicityTags } from './find.js';

const READINGS = new WeakMap<CompiledLexicon, WeakMap<TextView, ToxicityTags>>();

/** The slurs, insults and profanity of `view` under `lex`, found once; treat as read-only. */
export function toxicityReading(view: TextView, lex: CompiledLexicon): ToxicityTags {
  let byView = READINGS.get(lex);
  if (!byView) READINGS.set(lex, (byView = new WeakMap()));
  let tags = byView.get(view);
  if (!tags) byView.set(view, (tags = findToxicity(view, lex)));
  return tags;
}

/** Fresh finding objects over the shared reading, for a record to finish in place. */
export function copyTags(tags: ToxicityTags): ToxicityTags {
  return { slurs: tags.slurs.map((f) => ({ ...f })), insults: tags.insults.map((f) => ({ ...f })), profanity: tags.profanity.map((f) => ({ ...f })) };
}
