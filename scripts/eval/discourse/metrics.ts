/** Per-class F1 and confusion matrices for the discourse eval sections (stance, questions). */
import { printTable } from '../../lib/table.js';

export interface ClassScores {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

export function classScores(labels: string[], gold: string[], predicted: string[]): ClassScores[] {
  return labels.map((label) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      const p = predicted[i];
      if (p === label && g === label) tp++;
      else if (p === label) fp++;
      else if (g === label) fn++;
    });
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    return { label, precision, recall, f1: f1(precision, recall), support: tp + fn };
  });
}

export function printClassTable(title: string, scores: ClassScores[], extra: [string, number][] = []): void {
  printTable(
    title,
    ['class', 'precision', 'recall', 'F1', 'gold n'],
    [
      ...scores.map((s) => [s.label, s.precision, s.recall, s.f1, s.support]),
      ...extra.map(([name, value]) => [name, '', '', value, '']),
    ],
  );
}

export function printConfusion(title: string, labels: string[], gold: string[], predicted: string[]): void {
  const rows = labels.map((g) => [
    `gold ${g}`,
    ...labels.map((p) => gold.filter((x, i) => x === g && predicted[i] === p).length),
  ]);
  printTable(title, ['', ...labels.map((p) => `→ ${p}`)], rows);
}

/** Gold and predicted labels of one part of a set. */
export interface Labelled {
  gold: string[];
  predicted: string[];
}

/**
 * Per-class precision/recall/F1 for tune and check side by side, then macro-F1 and accuracy rows:
 * the check column is the one a floor is read from.
 */
export function printClassTableByPart(title: string, labels: string[], parts: { tune: Labelled; check: Labelled }): void {
  const tune = classScores(labels, parts.tune.gold, parts.tune.predicted);
  const check = classScores(labels, parts.check.gold, parts.check.predicted);
  const rows: (string | number)[][] = labels.map((label, i) => [
    label,
    tune[i]!.precision, tune[i]!.recall, tune[i]!.f1, tune[i]!.support,
    check[i]!.precision, check[i]!.recall, check[i]!.f1, check[i]!.support,
  ]);
  rows.push(['macro-F1', '', '', macroF1(tune), '', '', '', macroF1(check), '']);
  rows.push(['accuracy', '', '', accuracy(parts.tune), '', '', '', accuracy(parts.check), '']);
  printTable(title, ['class', 'P tune', 'R tune', 'F1 tune', 'n tune', 'P check', 'R check', 'F1 CHECK', 'n check'], rows);
}

export function macroF1(scores: ClassScores[]): number {
  return scores.length ? scores.reduce((s, c) => s + c.f1, 0) / scores.length : 0;
}

export function accuracy({ gold, predicted }: Labelled): number {
  return gold.length ? gold.filter((g, i) => g === predicted[i]).length / gold.length : 0;
}
