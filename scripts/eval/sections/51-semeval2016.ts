/**
 * SemEval-2016 Task 6 (stance toward a named target in tweets), dev split. Each tweet is tagged
 * toward its target; the caller-side knowledge is what any user could supply: the target's
 * aliases and, where the target is a side of a debate, the opposing side's names. These lists are
 * written from general knowledge, not from the data. Metric: F_avg = mean of favor F1 and
 * against F1, as in the task. Data: research use only, read from ../shared/data, never shipped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tagStance, type StanceTarget } from '../../../src/tag/stance/index.js';
import { SHARED_DATA, printTable } from '../../lib/table.js';
import { classScores, printClassTable, printConfusion } from '../discourse/metrics.js';

const LABELS = ['favor', 'against', 'none'];

/** What a researcher studying each debate would pass as targets. */
const TARGETS: Record<string, StanceTarget> = {
  'Hillary Clinton': { name: 'Hillary Clinton', aliases: ['Hillary', 'Clinton', 'HRC', 'HillaryClinton', 'Hillary2016', 'Hilary'], opponents: ['Trump', 'GOP', 'Republicans', 'Bernie', 'Sanders', 'Benghazi'] },
  'Legalization of Abortion': { name: 'Legalization of Abortion', aliases: ['abortion', 'abortions', 'pro-choice', 'prochoice', 'choice', 'Planned Parenthood', 'reproductive rights', 'my body'], opponents: ['pro-life', 'prolife', 'unborn', 'babies', 'baby', 'life', 'ProLifeYouth', 'AllLivesMatter'] },
  Atheism: { name: 'Atheism', aliases: ['atheism', 'atheist', 'atheists', 'secular', 'freethinker', 'science', 'reason'], opponents: ['God', 'Jesus', 'Christ', 'Lord', 'Allah', 'faith', 'prayer', 'pray', 'Bible', 'church', 'religion', 'heaven', 'blessed'] },
  'Feminist Movement': { name: 'Feminist Movement', aliases: ['feminism', 'feminist', 'feminists', 'women', 'equality', 'women’s rights', "women's rights", 'YesAllWomen', 'HeForShe'], opponents: ['men', 'MRA', 'meninist'] },
  'Climate Change is a Real Concern': { name: 'Climate Change is a Real Concern', aliases: ['climate change', 'climate', 'global warming', 'ClimateChange', 'environment', 'planet', 'earth', 'sustainability', 'renewable', 'renewables'], opponents: ['climate deniers', 'deniers', 'fossil fuels', 'coal', 'oil'] },
};

interface Row {
  text: string;
  target: string;
  label: string;
}

export async function run(): Promise<void> {
  const rows = readFileSync(join(SHARED_DATA, 'semeval2016-stance/dev.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Row);
  const gold: string[] = [];
  const predicted: string[] = [];
  const perTarget = new Map<string, { gold: string[]; predicted: string[] }>();
  for (const row of rows) {
    const target = TARGETS[row.target] ?? row.target;
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
    ['F_avg = mean(favor F1, against F1) (floor 0.60; majority 0.65, best 2016 system 0.68)', fAvg(scores)],
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
