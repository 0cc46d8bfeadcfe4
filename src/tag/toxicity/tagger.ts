/** The toxicity tagger: three fields, `slurs`, `insults` and `profanity`, each its own rule namespace. */
import * as z from 'zod';
import { InsultFinding, ProfanityFinding, SlurFinding } from '../../schema/tags.js';
import { defineTagger, type LongRow } from '../define.js';
import { compileLexicon } from '../lexicon/index.js';
import { ownToxicity } from './shared.js';

const span = (finding: { rule: string; start: number; end: number; text: string }) => ({ rule: finding.rule, start: finding.start, end: finding.end, text: finding.text });

export const toxicityTagger = defineTagger({
  id: 'toxicity',
  needs: [],
  fields: { slurs: z.array(SlurFinding), insults: z.array(InsultFinding), profanity: z.array(ProfanityFinding) },
  compile: (options) => compileLexicon(options.lexicon),
  run: ({ view }, lexicon) => ownToxicity(view, lexicon),
  columns: {
    slurs: ({ slurs }) => slurs.length,
    insults: ({ insults }) => insults.length,
    profanity: ({ profanity }) => profanity.length,
  },
  longRows: ({ slurs, insults, profanity }) => {
    const rows: LongRow[] = [];
    for (const slur of slurs) {
      rows.push({ kind: 'slur', label: slur.use, term: slur.term, category: slur.category, severity: slur.severity, detail: slur.obfuscated ? 'obfuscated' : '', ...span(slur) });
    }
    for (const [kind, list] of [['insult', insults], ['profanity', profanity]] as const) {
      for (const found of list) rows.push({ kind, term: found.term, severity: found.severity, detail: found.obfuscated ? 'obfuscated' : '', ...span(found) });
    }
    return rows;
  },
  summary: ({ slurs, insults, profanity }) => [
    ['slurs', slurs.length],
    ['insults', insults.length],
    ['profanity', profanity.length],
  ],
});
