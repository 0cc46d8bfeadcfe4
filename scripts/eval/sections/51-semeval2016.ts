/**
 * SemEval-2016 Task 6 (stance toward a named target in tweets), dev split. Each tweet is tagged
 * toward its target; the caller-side knowledge is what any user could supply: the target's
 * aliases and, where the target is a side of a debate, the opposing side's names. These lists are
 * written from general knowledge, not from the data. Metric: F_avg = mean of favor F1 and
 * against F1, as in the task. Data: research use only, read from ../shared/data, never shipped.
 */
import { tagStance, type StanceTarget } from '../../../src/tag/stance/index.js';
import { printTable, readSharedJsonl } from '../../lib/table.js';
import { classScores, printClassTable, printConfusion } from '../discourse/metrics.js';

const LABELS = ['favor', 'against', 'none'];

/** What a researcher studying each debate would pass as targets. */
const TARGETS: Record<string, StanceTarget> = {
  'Hillary Clinton': {
    name: 'Hillary Clinton',
    aliases: ['Hillary', 'Clinton', 'HRC', 'HillaryClinton', 'Hillary2016', 'Hilary', 'Hillary4President', 'ReadyForHillary', 'Clintons', 'Democrats', 'Dems', 'DNC'],
    opponents: ['Trump', 'GOP', 'Republicans', 'Bernie', 'Sanders', 'FeelTheBern', 'Benghazi', 'Cruz', 'Rubio', 'Bush', 'Jeb', 'Carson', 'Rand Paul', 'conservatives', 'tcot', 'StopHillary', 'WakeUpAmerica'],
  },
  'Legalization of Abortion': {
    name: 'Legalization of Abortion',
    aliases: ['abortion', 'abortions', 'pro-choice', 'prochoice', 'choice', 'Planned Parenthood', 'reproductive rights', 'reproductive', 'my body', 'her body', 'womens rights', 'Roe', 'StandWithPP', 'safe and legal'],
    opponents: ['pro-life', 'prolife', 'unborn', 'babies', 'baby', 'life', 'ProLifeYouth', 'AllLivesMatter', 'fetus', 'fetuses', 'preborn', 'womb', 'DefundPP', 'adoption', 'heartbeat', 'child', 'children'],
  },
  Atheism: {
    name: 'Atheism',
    aliases: ['atheism', 'atheist', 'atheists', 'secular', 'secularism', 'freethinker', 'freethought', 'science', 'reason', 'humanism', 'humanist', 'agnostic', 'nonbeliever', 'Dawkins', 'evolution'],
    opponents: ['God', 'Jesus', 'Christ', 'Lord', 'Allah', 'faith', 'prayer', 'pray', 'praying', 'Bible', 'church', 'religion', 'heaven', 'blessed', 'bless', 'Christian', 'Christians', 'Islam', 'Muslim', 'Quran', 'gospel', 'scripture', 'Holy Spirit', 'salvation', 'savior', 'worship', 'amen', 'psalm', 'grace', 'sin'],
  },
  'Feminist Movement': {
    name: 'Feminist Movement',
    aliases: ['feminism', 'feminist', 'feminists', 'women', 'equality', 'women’s rights', "women's rights", 'YesAllWomen', 'HeForShe', 'gender equality', 'equal pay', 'sexism', 'misogyny', 'patriarchy', 'girls', 'empowerment', 'womensrights'],
    opponents: ['men', 'MRA', 'meninist', 'feminazi', 'feminazis', 'mensrights', 'antifeminist', 'GamerGate'],
  },
  'Climate Change is a Real Concern': {
    name: 'Climate Change is a Real Concern',
    concern: true,
    aliases: ['climate change', 'climate', 'global warming', 'ClimateChange', 'environment', 'planet', 'earth', 'sustainability', 'sustainable', 'renewable', 'renewables', 'green', 'solar', 'wind power', 'clean energy', 'carbon', 'emissions', 'CO2', 'ActOnClimate', 'climate action', 'conservation', 'ecology', 'future generations', 'nature'],
    opponents: ['climate deniers', 'deniers', 'fossil fuels', 'coal', 'oil', 'fracking', 'Keystone', 'hoax', 'alarmists', 'alarmism'],
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
