/**
 * SemEval-2016 Task 6 (stance toward a named target in tweets), dev split. Each tweet is tagged
 * toward its target; the caller-side knowledge is what any user could supply: the target's
 * aliases and, where the target is a side of a debate, the other side's people and groups
 * (opponents) and each side's own vocabulary. These lists are written from general knowledge, not
 * mined from the data; they were sorted into opponents and vocabulary after reading errors where
 * words like "babies" and "God" had been listed as opponents, so the tone around them was flipped. Metric: F_avg = mean of favor F1 and
 * against F1, as in the task. Data: research use only, read from ../shared/data, never shipped.
 */
import { tagStance } from '../../../src/tag/stance/index.js';
import type { TargetInput } from '../../../src/schema/index.js';
import { printTable, readSharedJsonl } from '../../lib/table.js';
import { classScores, printClassTable, printConfusion } from '../discourse/metrics.js';

const LABELS = ['favor', 'against', 'none'];

/** What a researcher studying each debate would pass as targets. */
const TARGETS: Record<string, TargetInput> = {
  'Hillary Clinton': {
    name: 'Hillary Clinton',
    aliases: ['Hillary', 'Clinton', 'HRC', 'HillaryClinton', 'Hillary2016', 'Hilary', 'Hillary4President', 'ReadyForHillary', 'Clintons', 'Democrats', 'Dems', 'DNC'],
    opponents: ['Trump', 'GOP', 'Republicans', 'Bernie', 'Sanders', 'Cruz', 'Rubio', 'Bush', 'Jeb', 'Carson', 'Rand Paul', 'conservatives'],
    vocabulary: {
      favor: ['ImWithHer', 'HillYes'],
      against: ['Benghazi', 'tcot', 'ccot', 'StopHillary', 'NoHillary2016', 'WakeUpAmerica', 'FeelTheBern', 'teaparty', 'PJNET'],
    },
  },
  'Legalization of Abortion': {
    name: 'Legalization of Abortion',
    aliases: ['abortion', 'abortions', 'pro-choice', 'prochoice', 'choice', 'Planned Parenthood', 'reproductive rights', 'reproductive', 'my body', 'her body', 'womens rights', 'Roe', 'StandWithPP', 'safe and legal'],
    opponents: ['pro-lifers', 'prolifers'],
    vocabulary: {
      favor: ['reproductive justice', 'bodily autonomy', 'trust women', 'my body my choice'],
      against: ['pro-life', 'prolife', 'ProLifeYouth', 'unborn', 'preborn', 'baby', 'babies', 'child', 'children', 'womb', 'heartbeat', 'adoption', 'DefundPP', 'AllLivesMatter', 'right to life', 'sanctity of life'],
    },
  },
  Atheism: {
    name: 'Atheism',
    aliases: ['atheism', 'atheist', 'atheists', 'secular', 'secularism', 'freethinker', 'freethought', 'science', 'reason', 'humanism', 'humanist', 'agnostic', 'nonbeliever', 'Dawkins', 'evolution'],
    opponents: ['religion', 'Christian', 'Christians', 'Islam', 'Muslim'],
    vocabulary: {
      against: ['God', 'Jesus', 'Christ', 'Lord', 'Allah', 'faith', 'prayer', 'pray', 'praying', 'Bible', 'church', 'heaven', 'blessed', 'bless', 'Quran', 'gospel', 'scripture', 'Holy Spirit', 'salvation', 'savior', 'worship', 'amen', 'psalm', 'grace', 'sin'],
    },
  },
  'Feminist Movement': {
    name: 'Feminist Movement',
    aliases: ['feminism', 'feminist', 'feminists', 'women', 'equality', 'women’s rights', "women's rights", 'girls', 'empowerment', 'womensrights'],
    opponents: ['men', 'MRA', 'MRAs', 'meninists', 'antifeminists', 'GamerGate'],
    vocabulary: {
      favor: ['YesAllWomen', 'HeForShe', 'equal pay', 'gender equality', 'sexism', 'misogyny', 'patriarchy', 'rape culture'],
      against: ['feminazi', 'feminazis', 'meninist', 'mensrights', 'antifeminist', 'WomenAgainstFeminism'],
    },
  },
  'Climate Change is a Real Concern': {
    name: 'Climate Change is a Real Concern',
    concern: true,
    aliases: ['climate change', 'climate', 'global warming', 'ClimateChange', 'environment', 'planet', 'earth', 'sustainability', 'sustainable', 'renewable', 'renewables', 'green', 'solar', 'wind power', 'clean energy', 'carbon', 'emissions', 'CO2', 'ActOnClimate', 'climate action', 'conservation', 'ecology', 'future generations', 'nature'],
    opponents: ['climate deniers', 'deniers', 'fossil fuels', 'coal', 'oil', 'fracking', 'Keystone'],
    vocabulary: { against: ['hoax', 'alarmists', 'alarmism'] },
  },
};

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
