/**
 * The WCXB benchmark's own scores, as its evaluate.py computes them: word precision, recall and
 * F1 on lower-cased `\w+` tokens (bag of words, per page, then averaged), and the share of `with`
 * snippets found and of `without` snippets found (lower-cased substring tests).
 */

/** Python's `\w` on str: letters, digits and numerals of any script, and the underscore. */
const WORD = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

export interface PageScore {
  precision: number;
  recall: number;
  f1: number;
  withRate: number;
  withoutRate: number;
}

export function wordF1(predicted: string, reference: string): { precision: number; recall: number; f1: number } {
  const predictedTokens = tokenize(predicted);
  const referenceTokens = tokenize(reference);
  if (referenceTokens.length === 0) return predictedTokens.length === 0 ? { precision: 1, recall: 1, f1: 1 } : { precision: 0, recall: 0, f1: 0 };
  if (predictedTokens.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const counts = new Map<string, number>();
  for (const token of referenceTokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  let overlap = 0;
  for (const token of predictedTokens) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      overlap++;
      counts.set(token, left - 1);
    }
  }
  const precision = overlap / predictedTokens.length;
  const recall = overlap / referenceTokens.length;
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** The share of snippets that appear in the text; 1 when there are none, as evaluate.py has it. */
export function snippetRate(text: string, snippets: string[]): number {
  if (snippets.length === 0) return 1;
  const lower = text.toLowerCase();
  return snippets.filter((snippet) => lower.includes(snippet.toLowerCase())).length / snippets.length;
}

export function scorePage(predicted: string, page: { mainContent: string; with: string[]; without: string[] }): PageScore {
  return { ...wordF1(predicted, page.mainContent), withRate: snippetRate(predicted, page.with), withoutRate: snippetRate(predicted, page.without) };
}

export function mean(scores: PageScore[], key: keyof PageScore): number {
  return scores.reduce((sum, score) => sum + score[key], 0) / Math.max(1, scores.length);
}
