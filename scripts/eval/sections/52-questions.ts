/**
 * Questions on the hand-annotated fixture pages: detection F1, kind accuracy, factual-question F1,
 * and answer links. Each gold comment is tagged on its own; for links the gold comments form a
 * thread (ids c0, c1, … with the gold parent) and `linkAnswers` fills `answeredBy`. The kind model
 * is learnt on tune, so its tune figures are in-sample: the cross-validated tune column refits it on
 * folds of tune pages and threads and predicts the fold it did not see. It is not a held-out figure:
 * the settings and the features were chosen on these same folds.
 */
import { kindModel } from '../../../src/tag/questions/kind-model.js';
import { fixtureSummary, rumourEvalProxy, rumourEvalRows, scoreFixtureQuestions } from '../../lib/question-gold.js';
import { printTable } from '../../lib/table.js';
import { crossValidate, predictKinds } from '../../fit/question-kinds/cross-validate.js';
import { printConfusion } from '../discourse/metrics.js';

const KINDS = ['factual', 'rhetorical', 'opinion', 'none'];

export async function run(): Promise<void> {
  const tune = scoreFixtureQuestions('tune');
  const check = scoreFixtureQuestions('check');
  printTable(
    'Questions per fixture page, tune pages (gold comments tagged one by one)',
    ['page', 'gold', 'predicted', 'matched', 'kind right', 'links right'],
    tune.counts.map((c) => [c.page, c.gold, c.predicted, c.matched, c.kindRight, `${c.linksRight}/${c.linksTotal}`]),
  );
  const rumour = { tune: rumourEvalRows('tune'), check: rumourEvalRows('check') };
  const { settings } = kindModel().provenance;
  const heldOut = crossValidate(tune.rows, rumour.tune, settings, settings.folds);
  const heldOutKinds = new Map(heldOut.fixture);
  const checkSummary = fixtureSummary(check);
  printTable(
    `Questions: summary (floors: detection F1 ≥ 0.95, kind acc ≥ 0.85, factual F1 ≥ 0.90); ${tune.counts.length} tune / ${check.counts.length} check pages annotated for questions; cross-validated tune: the kind model refitted on ${settings.folds} folds of tune pages and threads (settings and features chosen on these folds, so not held-out)`,
    ['measure', 'tune', 'cross-validated tune', 'CHECK'],
    fixtureSummary(tune).map(([name, value], i) => [name, value, heldOutKinds.get(name) ?? '-', check.counts.length ? checkSummary[i]![1] : '-']),
  );
  const proxy = {
    tune: rumourEvalProxy(rumour.tune, predictKinds(rumour.tune, kindModel())),
    held: heldOut.rumour,
    check: rumourEvalProxy(rumour.check, predictKinds(rumour.check, kindModel())),
  };
  printTable(
    'Question kind on RumourEval replies holding a question (a second, larger and noisier view): query replies should read as asking (factual), support/deny replies as making a point (rhetorical or opinion). Sarcastic queries and genuine requests for a source are both common, so no floor. The kind model is not fitted on RumourEval (a reply weighs 0), so every column measures it; the cross-validated column refits it on folds of the fixture tune pages.',
    ['measure', 'tune', 'cross-validated tune', 'CHECK'],
    [
      ['query replies / read as factual', ...[proxy.tune, proxy.held, proxy.check].map((p) => `${p.queries} / ${p.queriesFactual}`)],
      ['support+deny replies / read as a point', ...[proxy.tune, proxy.held, proxy.check].map((p) => `${p.points} / ${p.pointsRead}`)],
      ['accuracy', proxy.tune.accuracy, proxy.held.accuracy, proxy.check.accuracy],
    ],
  );
  printConfusion('Questions, tune pages: kind confusion (none = missed / false question)', KINDS, tune.goldKinds, tune.predKinds);
  // Aggregate counts only: which kinds the check pages' errors fall between, never which questions.
  printConfusion('Questions, CHECK pages (aggregate): kind confusion', KINDS, check.goldKinds, check.predKinds);
  if (process.env.EVAL_VERBOSE) process.stdout.write(`${tune.misses.join('\n')}\n\n`);
}
