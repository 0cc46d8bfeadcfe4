/**
 * Trained reference: what a linear model fitted to the eval data itself scores under
 * cross-validation, next to the shipped rules on the same rows. It answers "would training have
 * met the floor?" without shipping anything: RumourEval and SemEval-2016 are research-use data, so
 * no model fitted to them may be shipped, and none is. RumourEval folds are its events (train on
 * three, test on the fourth; the three small events stay in every training set); SemEval folds
 * are five slices within each target (by text, so duplicates stay together), the way the task
 * trains one model per target.
 */
import { tagStance } from '../../../src/tag/stance/index.js';
import { decideParentStance, parentVotes } from '../../../src/tag/stance/parent.js';
import { tagQuestions } from '../../../src/tag/questions/index.js';
import { printTable, readSharedJsonl } from '../../lib/table.js';
import { classScores } from '../discourse/metrics.js';
import { SEMEVAL_TARGETS } from '../discourse/semeval-targets.js';
import { ngramFeatures, Softmax, type Features } from '../discourse/softmax.js';

const SDQC = ['support', 'deny', 'query', 'comment'];
const FAN = ['favor', 'against', 'none'];
const HELD_OUT_EVENTS = ['ferguson', 'ottawashooting', 'charliehebdo', 'sydneysiege'];

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
  // Neither column is fully held-out: the rule cues were written by people who had read RumourEval
  // replies (all events), and the SemEval caller lists were sorted after reading dev errors.
  printTable('Trained reference (measurement only; nothing fitted here is shipped; rules in-sample, see docs)', ['data, model', 'model, held-out folds', 'rules on the same rows'], [
    ...rumourEvalRows(),
    ...semEvalRows(),
  ]);
}

function rumourEvalRows(): (string | number)[][] {
  const rows = readSharedJsonl<RumourRow>('rumoureval2017/train.jsonl');
  const votes = rows.map((r) => parentVotes(r.text, r.parentText ?? r.sourceText ?? undefined, tagQuestions(r.text)));
  const ruleLabels = votes.map((v) => decideParentStance(v).label);
  // The rules' own votes as features: a model could learn how much to trust each cue.
  const voteFeatures = votes.map((v, i) => {
    const features: Features = new Map([['bias', 1], [`rules:${ruleLabels[i]}`, 1]]);
    for (const vote of v) features.set(`vote:${vote.key}`, (features.get(`vote:${vote.key}`) ?? 0) + vote.weight);
    return features;
  });
  const withWords = voteFeatures.map((f, i) => new Map([...ngramFeatures(rows[i]!.text), ...f]));
  const macro = (gold: string[], predicted: string[]) => classScores(SDQC, gold, predicted).reduce((s, c) => s + c.f1, 0) / SDQC.length;
  const crossEvent = (features: Features[]) => {
    const gold: string[] = [];
    const predicted: string[] = [];
    const rules: string[] = [];
    for (const event of HELD_OUT_EVENTS) {
      const train = rows.map((_, i) => i).filter((i) => rows[i]!.event !== event);
      const test = rows.map((_, i) => i).filter((i) => rows[i]!.event === event);
      const model = new Softmax(SDQC).fit(train.map((i) => features[i]!), train.map((i) => rows[i]!.label));
      for (const i of test) {
        gold.push(rows[i]!.label);
        predicted.push(model.predict(features[i]!));
        rules.push(ruleLabels[i]!);
      }
    }
    return [macro(gold, predicted), macro(gold, rules)];
  };
  const [votesOnly, rulesA] = crossEvent(voteFeatures);
  const [votesAndWords, rulesB] = crossEvent(withWords);
  return [
    ['RumourEval macro-F1, cross-event: weights over the rules\' votes', votesOnly!, rulesA!],
    ['RumourEval macro-F1, cross-event: votes + word/pair features', votesAndWords!, rulesB!],
  ];
}

function semEvalRows(): (string | number)[][] {
  const rows = readSharedJsonl<StanceRow>('semeval2016-stance/dev.jsonl');
  const gold: string[] = [];
  const predicted: string[] = [];
  const rules: string[] = [];
  for (const target of [...new Set(rows.map((r) => r.target))]) {
    const own = rows.filter((r) => r.target === target);
    const features = own.map((r) => ngramFeatures(r.text));
    // Folds by text, so a tweet that occurs twice never sits on both sides.
    const foldOf = own.map((r) => textHash(r.text) % 5);
    for (let fold = 0; fold < 5; fold++) {
      const train = own.map((_, i) => i).filter((i) => foldOf[i] !== fold);
      const test = own.map((_, i) => i).filter((i) => foldOf[i] === fold);
      const model = new Softmax(FAN).fit(train.map((i) => features[i]!), train.map((i) => own[i]!.label));
      for (const i of test) {
        gold.push(own[i]!.label);
        predicted.push(model.predict(features[i]!));
        rules.push(tagStance(own[i]!.text, { targets: [SEMEVAL_TARGETS[target] ?? target] }).targets[0]?.label ?? 'none');
      }
    }
  }
  const fAvg = (p: string[]) => {
    const s = classScores(FAN, gold, p);
    return (s[0]!.f1 + s[1]!.f1) / 2;
  };
  return [['SemEval-2016 F_avg, 5-fold within target: word/pair features (rules with the eval caller lists)', fAvg(predicted), fAvg(rules)]];
}

/** FNV-1a: a stable fold number from the text alone. */
function textHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}
