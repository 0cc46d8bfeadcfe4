/**
 * Dragnet's token overlap: bags of lowercased ASCII alphanumeric runs (the gold mangles non-ASCII
 * letters, so only these compare), counted per page and summed (micro) or averaged (macro).
 */

export interface Counts {
  overlap: number;
  predicted: number;
  gold: number;
}

export function tokens(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const token of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) bag.set(token, (bag.get(token) ?? 0) + 1);
  return bag;
}

export function count(predicted: string, gold: string): Counts {
  const p = tokens(predicted);
  const g = tokens(gold);
  let overlap = 0;
  let predictedTotal = 0;
  let goldTotal = 0;
  for (const [token, n] of p) {
    predictedTotal += n;
    overlap += Math.min(n, g.get(token) ?? 0);
  }
  for (const n of g.values()) goldTotal += n;
  return { overlap, predicted: predictedTotal, gold: goldTotal };
}

export function f1(c: Counts): number {
  if (c.predicted === 0 && c.gold === 0) return 1;
  if (c.predicted === 0 || c.gold === 0) return 0;
  const precision = c.overlap / c.predicted;
  const recall = c.overlap / c.gold;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Per-page counts of one extractor on one set of pages. */
export class Score {
  private pages: Counts[] = [];
  add(c: Counts): void {
    this.pages.push(c);
  }
  get n(): number {
    return this.pages.length;
  }
  macro(): number {
    return this.pages.reduce((sum, c) => sum + f1(c), 0) / Math.max(1, this.pages.length);
  }
  micro(): number {
    return f1(this.total());
  }
  precision(): number {
    const total = this.total();
    return total.overlap / Math.max(1, total.predicted);
  }
  recall(): number {
    const total = this.total();
    return total.overlap / Math.max(1, total.gold);
  }
  private total(): Counts {
    return this.pages.reduce((a, c) => ({ overlap: a.overlap + c.overlap, predicted: a.predicted + c.predicted, gold: a.gold + c.gold }), { overlap: 0, predicted: 0, gold: 0 });
  }
}
