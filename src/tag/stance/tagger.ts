/** The stance tagger: one field, `stance`, toward the parent, the thread's source and named targets. */
import type { Question } from '../../schema/index.js';
import { Stance } from '../../schema/tags.js';
import type { TagFinding } from '../../schema/index.js';
import { defineTagger, type LongRow } from '../define.js';
import { findStance } from './find.js';
import { readThreadStance } from './thread.js';

const span = (finding: TagFinding) => ({ rule: finding.rule, start: finding.start, end: finding.end, text: finding.text });

export const stanceTagger = defineTagger({
  id: 'stance',
  // A bare "source?" is both a question and a query stance cue: questions are read first.
  needs: ['questions'],
  fields: { stance: Stance },
  compile: () => null,
  // A top-level comment's parent is the article itself: some parent readings are for comments only.
  run: ({ view, parent, source, article, targets }, _compiled, prior) => ({ stance: findStance(view, parent, targets, (prior.questions ?? []) as Question[], source, parent !== undefined && parent === article) }),
  // A reply's reading may depend on its parent's: read once the whole thread is tagged.
  thread: (comments) => readThreadStance(comments),
  columns: {
    stance: ({ stance }) => stance.toParent.label,
    stance_confidence: ({ stance }) => stance.toParent.confidence,
    stance_to_source: ({ stance }) => stance.toSource?.label,
    stance_targets: ({ stance }) => stance.targets.map((t) => `${t.target}=${t.label}`).join(';'),
  },
  longRows: ({ stance }) => {
    const rows: LongRow[] = [{ kind: 'stance', label: stance.toParent.label, score: stance.toParent.confidence }];
    for (const evidence of stance.toParent.evidence) rows.push({ kind: 'stance-evidence', label: stance.toParent.label, ...span(evidence) });
    if (stance.toSource) {
      rows.push({ kind: 'source-stance', label: stance.toSource.label, score: stance.toSource.confidence });
      for (const evidence of stance.toSource.evidence) rows.push({ kind: 'source-stance-evidence', label: stance.toSource.label, ...span(evidence) });
    }
    for (const target of stance.targets) {
      rows.push({ kind: 'target-stance', label: target.label, score: target.confidence, term: target.target });
      for (const evidence of target.evidence) rows.push({ kind: 'target-evidence', label: target.label, term: target.target, ...span(evidence) });
    }
    return rows;
  },
  summary: ({ stance }) => (stance.toParent.label === 'comment' ? [] : [[`stance ${stance.toParent.label}`, 1]]),
});
