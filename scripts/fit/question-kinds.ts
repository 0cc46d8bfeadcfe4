/**
 * Fits the question-kind model (src/tag/questions/data/kind-weights.json) on the questions of the
 * fixture tune pages only: the authors' own annotations. RumourEval's licence does not let a model
 * fitted to it ship, so a RumourEval reply weighs 0 in the shipped fit (`RUMOUR_WEIGHTS`); its tune
 * events stay an evaluation (the proxy column). The L2 penalty is chosen by fixture kind accuracy
 * held out over folds of tune pages. Check pages and check events are never read.
 *
 *   npx tsx scripts/fit/question-kinds.ts                    # print the settings grid; writes nothing
 *   npx tsx scripts/fit/question-kinds.ts --write            # choose settings, fit, write the data file
 *   npx tsx scripts/fit/question-kinds.ts --ablate           # also: cross-validated change when each feature is dropped
 *   npx tsx scripts/fit/question-kinds.ts --phrases          # also: cross-validated change when each set phrase is dropped
 *
 * The file holds no date: a rerun on the same inputs writes the same bytes.
 */
import { writeFileSync } from 'node:fs';
import { rumourEvalRows, scoreFixtureQuestions, type KindRow } from '../lib/question-gold.js';
import { printTable } from '../lib/table.js';
import { phraseUses } from './question-kinds/phrases.js';
import { crossValidate, trainModel, type FitSettings, type HeldOut, type RumourRow } from './question-kinds/cross-validate.js';

const OUT = new URL('../../src/tag/questions/data/kind-weights.json', import.meta.url).pathname;
const VERSION = '1.3.0';
const LAMBDAS = [0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03];
// 0 only: RumourEval may be measured, not fitted (the option stays for experiments that do not ship).
const RUMOUR_WEIGHTS = [0];
const FOLDS = 5;

const fixture = scoreFixtureQuestions('tune').rows;
const rumour = rumourEvalRows('tune');

const grid = LAMBDAS.flatMap((lambda) => RUMOUR_WEIGHTS.map((rumourWeight) => ({ settings: { lambda, rumourWeight }, held: crossValidate(fixture, rumour, { lambda, rumourWeight }, FOLDS) })));
printTable(
  `Question kinds, cross-validated tune (${FOLDS} folds by page and by thread; settings and features chosen on these folds): settings`,
  ['lambda', 'RumourEval weight', 'kind acc', 'factual F1', 'RumourEval proxy', 'criterion'],
  grid.map(({ settings, held }) => [String(settings.lambda), String(settings.rumourWeight), ...figures(held)]),
);
const best = grid.reduce((a, b) => (b.held.criterion > a.held.criterion + 1e-9 ? b : a));
process.stdout.write(`chosen: lambda ${best.settings.lambda}, RumourEval weight ${best.settings.rumourWeight}\n\n`);

if (process.argv.includes('--ablate')) ablate(best.settings, best.held);
if (process.argv.includes('--phrases')) ablatePhrases(best.settings, best.held);

if (!process.argv.includes('--write')) process.exit(0);
const model = trainModel(fixture, rumour, best.settings);
const file = {
  version: VERSION,
  description:
    'Weights of the question-kind classifier: per kind, a bias and one weight per feature of features.ts (set-phrase cues of questions.json by id, and hostile wording). A kind scores its bias plus the weights of the features that fire; the highest wins. Fitted, not hand-set, on the threadlens authors\' own annotations of the fixture tune pages only (no data set): regenerate with the script below.',
  provenance: {
    script: 'scripts/fit/question-kinds.ts',
    fittedOn: [`fixture tune pages annotated for questions (the authors' own): ${fixture.filter((r) => r.features && r.gold !== 'none').length} questions found with a gold kind`],
    notFittedOn: 'RumourEval 2017 (a reply weighs 0; its tune events are measured only: the proxy figure below)',
    settings: { ...best.settings, folds: FOLDS },
    crossValidatedTune: {
      kindAccuracy: round(best.held.fixture[0]![1]),
      factualF1: round(best.held.fixture[3]![1]),
      rumourEvalProxy: round(best.held.rumour.accuracy),
    },
  },
  ...model,
};
writeFileSync(OUT, `${JSON.stringify(file, null, 1)}\n`);
process.stdout.write(`wrote ${OUT}: ${Object.keys(model.weights).length} features\n`);

/** Cross-validated change when each feature is left out of every row, at the chosen settings. */
function ablate(settings: FitSettings, full: HeldOut): void {
  const ids = [...new Set([...fixture, ...rumour].flatMap((row) => row.features ?? []))].sort();
  const without = (id: string) => <T extends KindRow>(rows: readonly T[]) => rows.map((row) => ({ ...row, features: row.features && row.features.filter((f) => f !== id) }));
  const rows = ids.map((id) => {
    const fires = fixture.filter((r) => r.features?.includes(id)).length;
    const firesRumour = rumour.filter((r) => r.features?.includes(id)).length;
    const held = crossValidate(without(id)(fixture), without(id)(rumour) as RumourRow[], settings, FOLDS);
    return [id, fires, firesRumour, ...figures(held).slice(0, 3), round(held.criterion - full.criterion)];
  });
  printTable('Cross-validated tune without each feature (delta: change of fixture kind accuracy; >= 0: the feature does not help on the folds)', ['feature', 'fixture rows', 'RumourEval rows', 'kind acc', 'factual F1', 'RumourEval proxy', 'delta'], rows);
}

/** Cross-validated change when one set phrase of a cue is dropped (only phrases that alone fire a cue on some tune question). */
function ablatePhrases(settings: FitSettings, full: HeldOut): void {
  const all = [...fixture, ...rumour];
  const rows = phraseUses(all)
    .filter((use) => use.alone.size > 0)
    .map((use) => {
      const drop = <T extends KindRow>(part: readonly T[], offset: number) =>
        part.map((row, i) => (use.alone.has(i + offset) ? { ...row, features: row.features!.filter((f) => f !== use.cue) } : row));
      const held = crossValidate(drop(fixture, 0), drop(rumour, fixture.length), settings, FOLDS);
      const onFixture = [...use.alone].filter((i) => i < fixture.length).length;
      return [use.cue, use.phrase.slice(0, 40), onFixture, use.alone.size - onFixture, ...figures(held).slice(0, 3), round(held.criterion - full.criterion)];
    });
  printTable('Cross-validated tune without each set phrase that alone fires its cue on a tune question', ['cue', 'phrase', 'fixture rows', 'RumourEval rows', 'kind acc', 'factual F1', 'RumourEval proxy', 'delta'], rows);
}

function figures(held: HeldOut): number[] {
  return [held.fixture[0]![1], held.fixture[3]![1], held.rumour.accuracy, held.criterion];
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
