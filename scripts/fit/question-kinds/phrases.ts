/**
 * Set phrases of the kind cues (questions.json), one at a time: which tune questions each phrase
 * alone makes its cue fire on, so the fitting script can measure the held-out change without it.
 */
import { compileCues, cueList, matchCues } from '../../../src/text/cues.js';
import data from '../../../src/tag/questions/data/questions.json' with { type: 'json' };
import type { KindRow } from '../../lib/question-gold.js';

export interface PhraseUse {
  cue: string;
  phrase: string;
  /** Indexes of rows whose cue fires only through this phrase. */
  alone: Set<number>;
}

const KIND_LABELS = new Set(['factual', 'rhetorical', 'opinion']);

/** For every phrase of every kind cue, the rows (of `rows`) on which it is the cue's only match. */
export function phraseUses(rows: readonly KindRow[]): PhraseUse[] {
  const uses: PhraseUse[] = [];
  for (const cue of data.cues.filter((c) => KIND_LABELS.has(c.label))) {
    const matchers = cue.patterns.map((phrase) => cueList(compileCues({ ...data, cues: [{ ...cue, patterns: [phrase] }] }, 'phrase').cues));
    const hits = rows.map((row) => (row.features?.includes(cue.id) ? matchers.map((m) => matchCues(m, row.text).length > 0) : []));
    cue.patterns.forEach((phrase, p) => {
      const alone = new Set<number>();
      hits.forEach((hit, i) => {
        if (hit[p] && hit.filter(Boolean).length === 1) alone.add(i);
      });
      uses.push({ cue: cue.id, phrase, alone });
    });
  }
  return uses;
}
