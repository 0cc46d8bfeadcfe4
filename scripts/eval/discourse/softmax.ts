/**
 * A small multinomial logistic regression over sparse features, for the trained-reference eval
 * only: it shows how far a model fitted to the eval data itself gets under cross-validation.
 * Nothing it learns is written anywhere or shipped. Deterministic: fixed order, no sampling.
 */
export type Features = Map<string, number>;

export interface SoftmaxOptions {
  epochs?: number;
  rate?: number;
  l2?: number;
}

export class Softmax {
  private readonly weights: Map<string, number>[];

  constructor(private readonly labels: string[]) {
    this.weights = labels.map(() => new Map());
  }

  /** Stochastic gradient descent, each class weighted by its rarity so macro-F1 is what is fitted. */
  fit(examples: Features[], gold: string[], options: SoftmaxOptions = {}): this {
    const { epochs = 15, rate = 0.1, l2 = 1e-4 } = options;
    const y = gold.map((label) => this.labels.indexOf(label));
    const counts = this.labels.map((_, c) => y.filter((k) => k === c).length);
    const classWeight = counts.map((n) => (n === 0 ? 0 : examples.length / (this.labels.length * n)));
    for (let epoch = 0; epoch < epochs; epoch++) {
      examples.forEach((x, i) => {
        const p = this.probabilities(x);
        this.weights.forEach((w, c) => {
          const gradient = (p[c]! - (y[i] === c ? 1 : 0)) * classWeight[y[i]!]!;
          for (const [key, value] of x) w.set(key, (w.get(key) ?? 0) * (1 - rate * l2) - rate * gradient * value);
        });
      });
    }
    return this;
  }

  predict(x: Features): string {
    const p = this.probabilities(x);
    return this.labels[p.indexOf(Math.max(...p))]!;
  }

  private probabilities(x: Features): number[] {
    const scores = this.weights.map((w) => {
      let z = 0;
      for (const [key, value] of x) z += (w.get(key) ?? 0) * value;
      return z;
    });
    const top = Math.max(...scores);
    const exp = scores.map((z) => Math.exp(z - top));
    const sum = exp.reduce((a, b) => a + b, 0);
    return exp.map((e) => e / sum);
  }
}

/** Lower-cased words and word pairs, @handles and links dropped, plus the first three words. */
export function ngramFeatures(text: string): Features {
  const features: Features = new Map([['bias', 1]]);
  const words = text.replace(/https?:\S+/gu, ' ').replace(/@\w+/gu, ' ').toLowerCase().match(/[\p{L}\p{N}'#]+|[?!]/gu) ?? [];
  words.forEach((word, i) => {
    features.set(`w:${word}`, 1);
    if (i + 1 < words.length) features.set(`p:${word} ${words[i + 1]}`, 1);
    if (i < 3) features.set(`open:${word}`, 1);
  });
  return features;
}
