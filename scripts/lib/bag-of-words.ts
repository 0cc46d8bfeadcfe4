/**
 * Bag-of-words token F1, as the Dragnet benchmark scores extraction: lowercased ASCII
 * alphanumeric runs (the Dragnet gold mangles non-ASCII letters, so only these compare).
 */

export interface TokenCounts {
  overlap: number;
  predicted: number;
  gold: number;
}

export function tokenBag(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const token of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) bag.set(token, (bag.get(token) ?? 0) + 1);
  return bag;
}

export function countTokens(predicted: string, gold: string): TokenCounts {
  const p = tokenBag(predicted);
  const g = tokenBag(gold);
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

/** F1 of one count; nothing to find and nothing found scores 1. */
export function tokenF1(c: TokenCounts): number {
  if (c.predicted === 0 && c.gold === 0) return 1;
  if (c.predicted === 0 || c.gold === 0) return 0;
  const precision = c.overlap / c.predicted;
  const recall = c.overlap / c.gold;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Per-page counts, summed (micro) or averaged page by page (macro). */
export class TokenScore {
  private pages: TokenCounts[] = [];
  add(c: TokenCounts): void {
    this.pages.push(c);
  }
  get n(): number {
    return this.pages.length;
  }
  private sum(): TokenCounts {
    return this.pages.reduce((a, c) => ({ overlap: a.overlap + c.overlap, predicted: a.predicted + c.predicted, gold: a.gold + c.gold }), { overlap: 0, predicted: 0, gold: 0 });
  }
  macro(): number {
    return this.pages.reduce((total, c) => total + tokenF1(c), 0) / Math.max(1, this.pages.length);
  }
  micro(): number {
    return tokenF1(this.sum());
  }
  precision(): number {
    const total = this.sum();
    return total.overlap / Math.max(1, total.predicted);
  }
  recall(): number {
    const total = this.sum();
    return total.overlap / Math.max(1, total.gold);
  }
}
