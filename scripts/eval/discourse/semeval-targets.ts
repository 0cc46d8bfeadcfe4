/**
 * What a researcher studying each SemEval-2016 debate would pass as targets: the target's aliases
 * and, where the target is a side of a debate, the other side's people and groups (opponents) and
 * each side's own vocabulary. Written from general knowledge, not mined from the data; the lists
 * were sorted into opponents and vocabulary after reading errors where words like "babies" and
 * "God" had been listed as opponents, so the tone around them was flipped.
 */
import type { TargetInput } from '../../../src/schema/index.js';

export const SEMEVAL_TARGETS: Record<string, TargetInput> = {
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
