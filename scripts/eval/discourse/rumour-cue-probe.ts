/** Tune-only probe: RumourEval tune replies on which the given parent cues fire, with gold label and decision. */
import { tagStance } from '../../../src/tag/stance/index.js';
import { readSharedJsonl } from '../../lib/table.js';
import { byPart } from '../../lib/parts.js';

const wanted = new Set(process.argv.slice(2));
interface Row { text: string; label: string; isSource: boolean; event: string; parentText: string | null; sourceText: string | null }
const rows = byPart('rumoureval2017', readSharedJsonl<Row>('rumoureval2017/train.jsonl')).tune;
for (const row of rows) {
  if (row.isSource) continue;
  const stance = tagStance(row.text, { parent: row.parentText ?? row.sourceText ?? undefined, source: row.sourceText ?? undefined, targets: [] });
  const rules = [...stance.toParent.evidence, ...(stance.toSource?.evidence ?? [])].map((e) => e.rule.replace(/^stance\//u, ''));
  const hit = rules.filter((r) => wanted.has(r));
  if (hit.length) process.stdout.write(`${row.label}\tparent:${stance.toParent.label}\tsource:${stance.toSource?.label}\t${hit.join(',')}\t${row.text.replace(/\s+/g, ' ').slice(0, 140)}\n`);
}
