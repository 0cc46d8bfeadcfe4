/**
 * Trained reference: what a linear model fitted to the tune part scores on the check part, next
 * to the shipped rules on the same check rows. It answers "would training have met the floor?"
 * without shipping anything: RumourEval and SemEval-2016 are research-use data, so no model
 * fitted to them may be shipped, and none is. RumourEval trains on the tune events and is scored
 * on the held-out check events; SemEval trains one model per target on its tune tweets, the way
 * the task does.
 */
import { tagStance } from '../../../src/tag/stance/index.js';
import { decideParentStance, parentVotes } from '../../../src/tag/stance/parent.js';
import { tagQuestions } from '../../../src/tag/questions/index.js';
import { byPart } from '../../lib/parts.js';
import { printTable, readSharedJsonl } from '../../lib/table.js';
import { classScores } from '../discourse/metrics.js';
import { SEMEVAL_TARGETS } from '../discourse/semeval-targets.js';
import { ngramFeatures, Softmax, type Features } from '../discourse/softmax.js';

const SDQC = ['support', 'deny', 'query', 'comment'];
const FAN = ['favor', 'against', 'none'];

interface RumourRow {
  text: string;
  label: string;
  event: string;
  parentText: string | null;
  sourceText: string | null;
}

interface StanceRow {
  text: string;
  target: string;
  label: string;
}

export async function run(): Promise<void> {
  printTable('Trained reference on the CHECK part (measurement only; nothing fitted here is shipped)', ['data, model', 'model trained on tune', 'shipped rules'], [
    ...rumourEvalRows(),
    ...semEvalRows(),
  ]);
}

function rumourEvalRows(): (string | number)[][] {
  const rows = readSharedJsonl<RumourRow>('rumoureval2017/train.jsonl').map((r) => {
    const votes = parentVotes(r.text, r.parentText ?? r.sourceText ?? undefined, tagQuestions(r.text));
    return { ...r, votes, ruleLabel: decideParentStance(votes).label };
  });
  // The rules' own votes as features: a model could learn how much to trust each cue.
  const voteFeatures = (row: (typeof rows)[number]): Features => {
    const features: Features = new Map([['bias', 1], [`rules:${row.ruleLabel}`, 1]]);
    for (const vote of row.votes) features.set(`vote:${vote.key}`, (features.get(`vote:${vote.key}`) ?? 0) + vote.weight);
    return features;
  };
  const withWords = (row: (typeof rows)[number]): Features => new Map([...ngramFeatures(row.text), ...voteFeatures(row)]);
  const { tune, check } = byPart('rumoureval2017', rows);
  const macro = (predicted: string[]) => classScores(SDQC, check.map((r) => r.label), predicted).reduce((s, c) => s + c.f1, 0) / SDQC.length;
  const heldOut = (features: (row: (typeof rows)[number]) => Features) => {
    const model = new Softmax(SDQC).fit(tune.map(features), tune.map((r) => r.label));
    return macro(check.map((r) => model.predict(features(r))));
  };
  const rules = macro(check.map((r) => r.ruleLabel));
  return [
    ["RumourEval macro-F1, check events: weights over the rules' votes", heldOut(voteFeatures), rules],
    ['RumourEval macro-F1, check events: votes + word/pair features', heldOut(withWords), rules],
  ];
}

function semEvalRows(): (string | number)[][] {
  const { tune, check } = byPart('semeval2016', readSharedJsonl<StanceRow>('semeval2016-stance/dev.jsonl'));
  const gold: string[] = [];
  const predicted: string[] = [];
  const rules: string[] = [];
  for (const target of [...new Set(tune.map((r) => r.target))]) {
    const train = tune.filter((r) => r.target === target);
    const model = new Softmax(FAN).fit(train.map((r) => ngramFeatures(r.text)), train.map((r) => r.label));
    for (const row of check.filter((r) => r.target === target)) {
      gold.push(row.label);
      predicted.push(model.predict(ngramFeatures(row.text)));
      rules.push(tagStance(row.text, { targets: [SEMEVAL_TARGETS[target] ?? target] }).targets[0]?.label ?? 'none');
    }
  }
  const fAvg = (p: string[]) => {
    const s = classScores(FAN, gold, p);
    return (s[0]!.f1 + s[1]!.f1) / 2;
  };
  return [['SemEval-2016 F_avg, check tweets: per-target word/pair model (rules with the eval caller lists)', fAvg(predicted), fAvg(rules)]];
}
