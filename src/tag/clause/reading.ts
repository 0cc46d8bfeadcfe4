/**
 * The targets and chunks of a text's clause view, found once per text and group list: the
 * identity-attack and threat taggers read the same targets, so the second tagger reuses the first's.
 */
import type { TextView } from '../../text/view.js';
import type { CompiledGroups } from '../groups/index.js';
import { chunk, type Chunk } from './chunks.js';
import { findTargets, type Targets } from './targets.js';
import { clauseView, type Unit } from './view.js';

export interface ClauseReading {
  units: Unit[];
  targets: Targets;
  chunks: Chunk[];
}

/** Targets (group terms, pronouns pointing back, people) and the chunks frames run over. */
export function clauseReading(view: TextView, groups: CompiledGroups): ClauseReading {
  return view.derive(`clause-reading:${groups.id}`, () => {
    const { units } = clauseView(view, groups);
    const targets = findTargets(units);
    return { units, targets, chunks: chunk(units, targets) };
  });
}
