/**
 * Questions on the hand-annotated fixture pages: detection F1, kind accuracy, factual-question F1,
 * and answer links. Each gold comment is tagged on its own; for links the gold comments form a
 * thread (ids c0, c1, … with the gold parent) and `linkAnswers` fills `answeredBy`. The kind model
 * is learnt on tune, so its tune figures are in-sample: the by-page held-out column refits it on
 * folds of whole tune pages and predicts the fold it did not see (the settings and the features were
 * chosen on these same folds, so it still flatters). The blind tune pages (written by people who had
 * not read the rules) are shown apart: by the shipped model, and held out by page.
 */
import { kindModel } from '../../../src/tag/questions/kind-model.js';
import { fixtureSummary, kindFigures, rumourEvalProxy, rumourEvalRows, scoreFixtureQuestions } from '../../lib/question-gold.js';
import { printTable } from '../../lib/table.js';
import { crossValidate, predictKinds } from '../../fit/question-kinds/cross-validate.js';
import { printConfusion } from '../discourse/metrics.js';
import { pageNumber } from '../../lib/check-batches.js';
import type { KindRow, PageCounts } from '../../lib/question-gold.js';

const KINDS = ['factual', 'rhetorical', 'opinion', 'none'];
/** Tune pages written blind, by people who had not read the rules: the model before them never saw them. */
const BLIND = { first: 279, last: 286 };
const isBlind = (page: string) => pageNumber(page) >= BLIND.first && pageNumber(page) <= BLIND.last;

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
  const blind = blindColumns(tune.counts, tune.rows, heldOut.kinds);
  printTable(
    `Questions: summary (floors: detection F1 ≥ 0.95, kind acc ≥ 0.85, factual F1 ≥ 0.90); ${tune.counts.length} tune / ${check.counts.length} check pages annotated for questions; by-page held-out tune: the kind model refitted on ${settings.folds} folds of whole tune pages, each fold predicted by a model that did not see it (settings and features chosen on these folds); blind ${BLIND.first}-${BLIND.last}: the tune pages written blind, by the shipped model (in-sample once it is fitted on them) and held out by page`,
    ['measure', 'tune', 'by-page held-out tune', `tune: blind ${BLIND.first}-${BLIND.last}`, 'blind, held out by page', 'CHECK'],
    fixtureSummary(tune).map(([name, value], i) => [
      name,
      value,
      heldOutKinds.get(name) ?? '-',
      blind.shipped[i]![1],
      blind.heldOut.get(name) ?? '-',
      check.counts.length ? checkSummary[i]![1] : '-',
    ]),
  );
  const proxy = {
    tune: rumourEvalProxy(rumour.tune, predictKinds(rumour.tune, kindModel())),
    held: heldOut.rumour,
    check: rumourEvalProxy(rumour.check, predictKinds(rumour.check, kindModel())),
  };
  printTable(
    'Question kind on RumourEval replies holding a question (a second, larger and noisier view): query replies should read as asking (factual), support/deny replies as making a point (rhetorical or opinion). Sarcastic queries and genuine requests for a source are both common, so no floor. The kind model is not fitted on RumourEval (a reply weighs 0), so every column measures it; the by-page held-out column refits it on folds of whole fixture tune pages.',
    ['measure', 'tune', 'by-page held-out tune', 'CHECK'],
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

/** The blind tune pages' figures: kinds from the shipped model, and kind figures held out by page. */
function blindColumns(counts: readonly PageCounts[], rows: readonly KindRow[], heldOutKinds: readonly string[]) {
  const picked = rows.map((row, i) => ({ row, i })).filter(({ row }) => isBlind(row.group));
  const gold = picked.map(({ row }) => row.gold);
  const shipped = fixtureSummary({
    counts: counts.filter((c) => isBlind(c.page)),
    goldKinds: gold,
    predKinds: predictKinds(picked.map(({ row }) => row), kindModel()),
  });
  return { shipped, heldOut: new Map(kindFigures(gold, picked.map(({ i }) => heldOutKinds[i]!))) };
}
