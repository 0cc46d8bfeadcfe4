/**
 * SemEval-2016 Task 6 (stance toward a named target in tweets), dev split. Each tweet is tagged
 * toward its target as a caller who knows the debate would describe it (`SEMEVAL_TARGETS`).
 * Metric: F_avg = mean of favor F1 and against F1, as in the task. Data: research use only, read
 * from ../shared/data, never shipped.
 */
import { tagStance } from '../../../src/tag/stance/index.js';
import { printTable, readSharedJsonl } from '../../lib/table.js';
import { classScores, printClassTable, printConfusion } from '../discourse/metrics.js';
import { SEMEVAL_TARGETS } from '../discourse/semeval-targets.js';

const LABELS = ['favor', 'against', 'none'];

interface Row {
  text: string;
  target: string;
  label: string;
}

export async function run(): Promise<void> {
  const rows = readSharedJsonl<Row>('semeval2016-stance/dev.jsonl');
  const gold: string[] = [];
  const predicted: string[] = [];
  const perTarget = new Map<string, { gold: string[]; predicted: string[] }>();
  for (const row of rows) {
    const target = SEMEVAL_TARGETS[row.target] ?? row.target;
    const label = tagStance(row.text, { targets: [target] }).targets[0]?.label ?? 'none';
    gold.push(row.label);
    predicted.push(label);
    const bucket = perTarget.get(row.target) ?? { gold: [], predicted: [] };
    bucket.gold.push(row.label);
    bucket.predicted.push(label);
    perTarget.set(row.target, bucket);
  }
  const scores = classScores(LABELS, gold, predicted);
  const fAvg = (s: typeof scores) => (s[0]!.f1 + s[1]!.f1) / 2;
  printClassTable(`SemEval-2016 Task 6 dev (${rows.length} tweets): stance toward the target`, scores, [
    ['F_avg = mean(favor F1, against F1) (floor 0.60; majority 0.65 and best 2016 system 0.68 on the test set)', fAvg(scores)],
    ['F_avg of the majority label per target, computed here on dev (it reads the gold, so it is a reference, not a system)', fAvg(classScores(LABELS, gold, majorityPerTarget(rows)))],
  ]);
  printConfusion('SemEval-2016: confusion (rows gold, columns predicted)', LABELS, gold, predicted);
  printTable(
    'SemEval-2016: F_avg per target',
    ['target', 'tweets', 'favor F1', 'against F1', 'F_avg'],
    [...perTarget.entries()].map(([name, b]) => {
      const s = classScores(LABELS, b.gold, b.predicted);
      return [name, b.gold.length, s[0]!.f1, s[1]!.f1, fAvg(s)];
    }),
  );
}

/** Each tweet labelled with its target's most frequent gold label: the task's majority baseline. */
function majorityPerTarget(rows: Row[]): string[] {
  const counts = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const byLabel = counts.get(row.target) ?? new Map<string, number>();
    byLabel.set(row.label, (byLabel.get(row.label) ?? 0) + 1);
    counts.set(row.target, byLabel);
  }
  const majority = new Map([...counts].map(([target, byLabel]) => [target, [...byLabel].sort((a, b) => b[1] - a[1])[0]![0]]));
  return rows.map((row) => majority.get(row.target)!);
}
