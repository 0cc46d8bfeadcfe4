/**
 * Multinomial logistic regression over binary features, fitted by full-batch gradient descent with
 * Nesterov momentum from zero weights and a fixed number of steps: the same rows always give the
 * same weights. L2 penalty on the weights, none on the biases.
 */

export interface Sample {
  /** Indexes of the features that fire. */
  x: number[];
  /** Class index. */
  y: number;
  /** Sample weight. */
  w: number;
}

export interface Fitted {
  bias: number[];
  /** weights[feature][class]. */
  weights: number[][];
}

const STEPS = 1500;
const STEP_SIZE = 0.15;
const MOMENTUM = 0.9;

export function fitLogistic(samples: readonly Sample[], features: number, classes: number, lambda: number): Fitted {
  const size = (features + 1) * classes;
  let theta = new Float64Array(size);
  let previous = new Float64Array(size);
  const total = samples.reduce((sum, s) => sum + s.w, 0) || 1;
  for (let step = 1; step <= STEPS; step++) {
    const look = theta.map((t, i) => t + MOMENTUM * (t - previous[i]!));
    const grad = gradient(look, samples, features, classes, lambda, total);
    previous = theta;
    theta = look.map((t, i) => t - STEP_SIZE * grad[i]!);
  }
  return unpack(theta, features, classes);
}

/** The gradient of the mean weighted log-loss plus the L2 penalty, at `theta` (biases last). */
function gradient(theta: Float64Array, samples: readonly Sample[], features: number, classes: number, lambda: number, total: number): Float64Array {
  const grad = new Float64Array(theta.length);
  const scores = new Float64Array(classes);
  const biasAt = features * classes;
  for (const { x, y, w } of samples) {
    for (let k = 0; k < classes; k++) {
      let s = theta[biasAt + k]!;
      for (const f of x) s += theta[f * classes + k]!;
      scores[k] = s;
    }
    const top = Math.max(...scores);
    let norm = 0;
    for (let k = 0; k < classes; k++) norm += Math.exp(scores[k]! - top);
    for (let k = 0; k < classes; k++) {
      const delta = (w / total) * (Math.exp(scores[k]! - top) / norm - (k === y ? 1 : 0));
      grad[biasAt + k] = grad[biasAt + k]! + delta;
      for (const f of x) grad[f * classes + k] = grad[f * classes + k]! + delta;
    }
  }
  for (let i = 0; i < biasAt; i++) grad[i] = grad[i]! + lambda * theta[i]!;
  return grad;
}

function unpack(theta: Float64Array, features: number, classes: number): Fitted {
  const row = (at: number) => Array.from(theta.subarray(at * classes, (at + 1) * classes));
  return { bias: row(features), weights: Array.from({ length: features }, (_, f) => row(f)) };
}
