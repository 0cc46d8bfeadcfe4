/**
 * Training and held-out figures for the question-kind model: rows from the fixture tune pages and
 * RumourEval tune events, folds by page and by thread, so a figure is always measured on pages and
 * threads the weights did not see.
 */
import { decideKind } from '../../../src/tag/questions/kind.js';
import { QUESTION_KINDS, type KindModel } from '../../../src/tag/questions/kind-model.js';
import { kindFigures, rumourEvalProxy, type KindRow } from '../../lib/question-gold.js';
import { fitLogistic, type Sample } from './logistic.js';

export interface FitSettings {
  /** L2 penalty on the feature weights. */
  lambda: number;
  /** Weight of one RumourEval reply (shared by its questions) against one fixture question. */
  rumourWeight: number;
}
export type RumourRow = KindRow & { reply: number; label: string };

/** The model fitted on these rows; weights rounded to three decimals, as the data file stores them. */
export function trainModel(fixture: readonly KindRow[], rumour: readonly RumourRow[], settings: FitSettings): Pick<KindModel, 'bias' | 'weights'> {
  const rows = trainingRows(fixture, rumour, settings);
  const vocabulary = [...new Set(rows.flatMap((row) => row.features))].sort();
  const index = new Map(vocabulary.map((id, i) => [id, i]));
  const samples: Sample[] = rows.map((row) => ({ x: row.features.map((id) => index.get(id)!), y: QUESTION_KINDS.indexOf(row.kind), w: row.weight }));
  const fitted = fitLogistic(samples, vocabulary.length, QUESTION_KINDS.length, settings.lambda);
  const perKind = (values: number[]) =>
    Object.fromEntries(QUESTION_KINDS.map((kind, k) => [kind, Math.round(values[k]! * 1000) / 1000 + 0])) as KindModel['bias'];
  return { bias: perKind(fitted.bias), weights: Object.fromEntries(vocabulary.map((id, f) => [id, perKind(fitted.weights[f]!)])) };
}

type Kind = (typeof QUESTION_KINDS)[number];

/** Found, non-follow-up questions with a gold kind; a reply's weight is shared by its questions. */
function trainingRows(fixture: readonly KindRow[], rumour: readonly RumourRow[], settings: FitSettings) {
  const perReply = new Map<number, number>();
  for (const row of rumour) if (row.features) perReply.set(row.reply, (perReply.get(row.reply) ?? 0) + 1);
  const usable = (row: KindRow) => row.detected && row.features !== null && row.gold !== 'none';
  return [
    ...fixture.filter(usable).map((row) => ({ features: row.features!, kind: row.gold as Kind, weight: 1 })),
    ...rumour.filter(usable).map((row) => ({ features: row.features!, kind: row.gold as Kind, weight: settings.rumourWeight / perReply.get(row.reply)! })),
  ].filter((row) => row.weight > 0);
}

/** The kind each row gets from `model`: `none` when not found, a follow-up takes the kind before it. */
export function predictKinds(rows: readonly KindRow[], model: Pick<KindModel, 'bias' | 'weights'>): string[] {
  let last = 'factual';
  return rows.map((row) => {
    if (!row.detected) return 'none';
    if (row.features) last = decideKind(row.features, model as KindModel).kind;
    return last;
  });
}

export interface HeldOut {
  fixture: [string, number][];
  rumour: ReturnType<typeof rumourEvalProxy>;
  /** What settings are chosen by: fixture kind accuracy (RumourEval is measured, never chosen on). */
  criterion: number;
  /** The held-out kind of each fixture row, in row order. */
  kinds: string[];
}

/**
 * Held-out tune figures: pages and threads dealt round-robin (sorted by name) into `folds` folds;
 * each fold is predicted by a model fitted on the others. Undetected and false questions keep their
 * place, so the figures compare with the eval's.
 */
export function crossValidate(fixture: readonly KindRow[], rumour: readonly RumourRow[], settings: FitSettings, folds = 5): HeldOut {
  const fixtureFold = foldOf(fixture, folds);
  const rumourFold = foldOf(rumour, folds);
  const fixtureKinds: string[] = fixture.map(() => 'none');
  const rumourKinds: string[] = rumour.map(() => 'none');
  for (let fold = 0; fold < folds; fold++) {
    const model = trainModel(
      fixture.filter((_, i) => fixtureFold[i] !== fold),
      rumour.filter((_, i) => rumourFold[i] !== fold),
      settings,
    );
    fillFold(fixture, fixtureFold, fold, model, fixtureKinds);
    fillFold(rumour, rumourFold, fold, model, rumourKinds);
  }
  const figures = kindFigures(fixture.map((row) => row.gold), fixtureKinds);
  const proxy = rumourEvalProxy(rumour, rumourKinds);
  return { fixture: figures, rumour: proxy, criterion: figures[0]![1], kinds: fixtureKinds };
}

/** Predicts the rows of one fold, a group at a time (a follow-up needs the question before it). */
function fillFold(rows: readonly KindRow[], foldOfRow: number[], fold: number, model: Pick<KindModel, 'bias' | 'weights'>, out: string[]): void {
  const picked = rows.map((_, i) => i).filter((i) => foldOfRow[i] === fold);
  const kinds = predictKinds(picked.map((i) => rows[i]!), model);
  picked.forEach((i, j) => (out[i] = kinds[j]!));
}

/** Each row's fold: its group's rank among the sorted group names, modulo `folds`. */
function foldOf(rows: readonly KindRow[], folds: number): number[] {
  const groups = [...new Set(rows.map((row) => row.group))].sort();
  const rank = new Map(groups.map((group, i) => [group, i % folds]));
  return rows.map((row) => rank.get(row.group)!);
}
