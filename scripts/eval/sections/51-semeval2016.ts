/**
 * SemEval-2016 Task 6 (stance toward a named target in tweets), dev split. Each tweet is tagged
 * toward its target twice: by the target's name alone, as a new user would pass it, and as a caller
 * who knows the debate would describe it (`SEMEVAL_TARGETS`). Metric: F_avg = mean of favor F1 and
 * against F1, as in the task. A quarter of the tweets are check (`splits.mjs`). Data: research use only, read
 * from ../shared/data, never shipped.
 */
import { tagStance } from '../../../src/tag/stance/index.js';
import { printTable, readSharedJsonl } from '../../lib/table.js';
import { byPart } from '../../lib/parts.js';
import { classScores, printConfusion, type ClassScores } from '../discourse/metrics.js';
import { SEMEVAL_TARGETS } from '../discourse/semeval-targets.js';
import { loadGoldPages } from '../../../tests/gold.js';

const LABELS = ['favor', 'against', 'none'];

interface Row {
  text: string;
  target: string;
  label: string;
}

type Tagged = Row & { nameOnly: string; callerLists: string };

export async function run(): Promise<void> {
  const rows = readSharedJsonl<Row>('semeval2016-stance/dev.jsonl');
  const tagged: Tagged[] = rows.map((row) => ({
    ...row,
    // What a new user passes: the target's name as the task writes it, nothing else.
    nameOnly: tagStance(row.text, { targets: [row.target] }).targets[0]?.label ?? 'none',
    // What a researcher who knows the debate passes: aliases, opponents and side vocabulary.
    callerLists: tagStance(row.text, { targets: [SEMEVAL_TARGETS[row.target] ?? row.target] }).targets[0]?.label ?? 'none',
  }));
  const parts = byPart('semeval2016', tagged);
  const majority = majorityPerTarget(parts.tune);
  const systems: [string, (row: Tagged) => string][] = [
    ['threadlens, target name only', (row) => row.nameOnly],
    ['threadlens, with caller lists (scripts/eval/discourse/semeval-targets.ts)', (row) => row.callerLists],
    ['majority label per target (from the tune part)', (row) => majority.get(row.target) ?? 'none'],
    ['all against', () => 'against'],
  ];
  printTable(
    `SemEval-2016 Task 6 dev (${parts.tune.length} tune / ${parts.check.length} check tweets): F_avg = mean(favor F1, against F1)`,
    ['system', 'F_avg tune', 'F_avg CHECK', 'favor F1 c', 'against F1 c'],
    systems.map(([name, predict]) => {
      const check = classScores(LABELS, parts.check.map((r) => r.label), parts.check.map(predict));
      return [name, fAvg(classScores(LABELS, parts.tune.map((r) => r.label), parts.tune.map(predict))), fAvg(check), check[0]!.f1, check[1]!.f1];
    }),
  );
  process.stdout.write('Floor on the check part (issue 16): name only F_avg >= 0.45. For scale, on the 2016 test set: majority 0.65, best system 0.68.\n\n');
  // Confusions and per-target figures are error analysis: tune only (the check part shows its totals above).
  for (const [name, predict] of systems.slice(0, 2)) {
    printConfusion(`SemEval-2016, tune part, ${name}: confusion (rows gold, columns predicted)`, LABELS, parts.tune.map((r) => r.label), parts.tune.map(predict));
  }
  const targets = [...new Set(rows.map((r) => r.target))];
  printTable(
    'SemEval-2016: F_avg per target, TUNE tweets',
    ['target', 'tweets', ...systems.map(([name]) => name)],
    targets.map((target) => {
      const mine = parts.tune.filter((r) => r.target === target);
      const score = (predict: (row: Tagged) => string) => fAvg(classScores(LABELS, mine.map((r) => r.label), mine.map(predict)));
      return [target, mine.length, ...systems.map(([, predict]) => score(predict))];
    }),
  );
  offTopicProbe(targets);
}

/**
 * False sides on off-topic text: the fixture TUNE pages' comments (forum and news threads about
 * other things) tagged toward each SemEval target by its name alone. Almost none of them speak to
 * these targets, so the share that gets favor or against should be near 0; a rule that raises it
 * is reading ordinary words as sides. Tune pages only: the check pages are never read here.
 */
function offTopicProbe(targets: string[]): void {
  const comments = loadGoldPages('tune').flatMap(({ gold }) => gold.comments.map((c) => c.text));
  printTable(
    `SemEval targets on off-topic text (${comments.length} fixture TUNE comments, target name only): share given a side (should be near 0)`,
    ['target', 'favor', 'against', 'any side'],
    [...targets, 'all targets'].map((target) => {
      const asked = target === 'all targets' ? targets : [target];
      let favor = 0;
      let against = 0;
      for (const target of asked) {
        for (const text of comments) {
          const label = tagStance(text, { targets: [target] }).targets[0]?.label ?? 'none';
          if (label === 'favor') favor++;
          else if (label === 'against') against++;
        }
      }
      const n = comments.length * asked.length;
      return [target, favor / n, against / n, (favor + against) / n];
    }),
  );
}

function fAvg(scores: ClassScores[]): number {
  return (scores[0]!.f1 + scores[1]!.f1) / 2;
}

/** Each target's most frequent gold label in the given rows: the task's majority baseline. */
function majorityPerTarget(rows: Row[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const byLabel = counts.get(row.target) ?? new Map<string, number>();
    byLabel.set(row.label, (byLabel.get(row.label) ?? 0) + 1);
    counts.set(row.target, byLabel);
  }
  return new Map([...counts].map(([target, byLabel]) => [target, [...byLabel].sort((a, b) => b[1] - a[1])[0]![0]]));
}
