/**
 * The few-shot head fitted per site on the example embeddings: a one-vs-rest ridge
 * classifier (L2-regularised least squares onto one-hot targets, with a bias) solved
 * exactly by Cholesky. Unlike gradient descent it costs the same whatever the number of
 * intents and needs no learning rate, and it gives leave-one-out predictions in closed
 * form, which choose the regularisation, fit the softmax temperature and calibrate the
 * out-of-scope threshold from the site's own examples. Pure functions, Float64 math.
 */

export interface TrainingSet {
  /** Row-major N × dim, each row one example embedding. */
  vectors: Float32Array;
  dim: number;
  /** Class index of each row. */
  labels: Int32Array;
  classes: number;
}

export interface FittedHead {
  dim: number;
  classes: number;
  /** Row-major classes × (dim + 1); the last column is the bias. */
  weights: Float32Array;
  lambda: number;
  /** Scale applied to the ridge scores before the softmax. */
  temperature: number;
  /** Leave-one-out softmax probabilities (each row fitted without itself) of the rows asked for. */
  leaveOneOut: Float64Array[];
}

const LAMBDAS = [0.1, 0.3, 1];
const TEMPERATURES = [2, 3, 5, 8, 12, 16, 24, 32, 48, 64];

/**
 * `looRows`: the rows whose leave-one-out predictions choose λ and the temperature and
 * are returned (all by default; a sample keeps large sets fast).
 */
export function fitHead(set: TrainingSet, looRows: readonly number[] = Array.from(set.labels, (_, i) => i)): FittedHead {
  const { dim, classes, labels } = set;
  const n = labels.length;
  const width = dim + 1;
  const row = (i: number) => set.vectors.subarray(i * dim, (i + 1) * dim);

  // Gram matrix XᵀX of the rows with a bias column, upper triangle, and XᵀY.
  const gram = new Float64Array(width * width);
  const xty = new Float64Array(width * classes);
  const x = new Float64Array(width);
  for (let r = 0; r < n; r++) {
    const v = row(r);
    for (let i = 0; i < dim; i++) x[i] = v[i]!;
    x[dim] = 1;
    for (let i = 0; i < width; i++) {
      const xi = x[i]!;
      if (xi === 0) continue;
      const base = i * width;
      for (let j = i; j < width; j++) gram[base + j]! += xi * x[j]!;
      xty[i * classes + labels[r]!]! += xi;
    }
  }

  let best: { lambda: number; accuracy: number; fit: ReturnType<typeof solve> } | null = null;
  for (const lambda of n > 1 ? LAMBDAS : [1]) {
    const fit = solve(gram, xty, width, classes, lambda, set, looRows);
    const accuracy = fit.looScores.reduce((hits, scores, i) => hits + (argmax(scores) === labels[looRows[i]!] ? 1 : 0), 0) / looRows.length;
    if (!best || accuracy > best.accuracy) best = { lambda, accuracy, fit };
  }
  const { fit, lambda } = best!;

  // The temperature that makes the leave-one-out softmax most likely.
  let temperature = TEMPERATURES[0]!;
  let bestLikelihood = -Infinity;
  for (const t of TEMPERATURES) {
    let likelihood = 0;
    fit.looScores.forEach((scores, i) => (likelihood += Math.log(Math.max(1e-12, softmax(scores, t)[labels[looRows[i]!]!]!))));
    if (likelihood > bestLikelihood) [bestLikelihood, temperature] = [likelihood, t];
  }
  const leaveOneOut = fit.looScores.map((scores) => softmax(scores, temperature));
  return { dim, classes, weights: fit.weights, lambda, temperature, leaveOneOut };
}

/** Softmax probabilities of each class for one embedding. */
export function predict(head: Pick<FittedHead, 'dim' | 'classes' | 'weights' | 'temperature'>, vector: Float32Array): Float64Array {
  const width = head.dim + 1;
  const scores = new Float64Array(head.classes);
  for (let c = 0; c < head.classes; c++) {
    const base = c * width;
    let sum = head.weights[base + head.dim]!;
    for (let i = 0; i < head.dim; i++) sum += head.weights[base + i]! * vector[i]!;
    scores[c] = sum;
  }
  return softmax(scores, head.temperature);
}

export function softmax(scores: ArrayLike<number>, temperature: number): Float64Array {
  let max = -Infinity;
  for (let i = 0; i < scores.length; i++) max = Math.max(max, scores[i]!);
  const out = new Float64Array(scores.length);
  let total = 0;
  for (let i = 0; i < scores.length; i++) total += out[i] = Math.exp(temperature * (scores[i]! - max));
  for (let i = 0; i < scores.length; i++) out[i]! /= total;
  return out;
}

export function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  return best;
}

/** Weights for one λ, and each row's leave-one-out scores (hat-matrix identity). */
function solve(gram: Float64Array, xty: Float64Array, width: number, classes: number, lambda: number, set: TrainingSet, looRows: readonly number[]) {
  const chol = cholesky(gram, width, lambda);
  // W = (XᵀX + λI)⁻¹ XᵀY, one class (column) at a time.
  const weights = new Float32Array(classes * width);
  const column = new Float64Array(width);
  for (let c = 0; c < classes; c++) {
    for (let i = 0; i < width; i++) column[i] = xty[i * classes + c]!;
    forward(chol, width, column);
    backward(chol, width, column);
    for (let i = 0; i < width; i++) weights[c * width + i] = column[i]!;
  }
  const looScores: Float64Array[] = [];
  const x = new Float64Array(width);
  for (const r of looRows) {
    for (let i = 0; i < set.dim; i++) x[i] = set.vectors[r * set.dim + i]!;
    x[set.dim] = 1;
    const scores = new Float64Array(classes);
    for (let c = 0; c < classes; c++) {
      let sum = 0;
      for (let i = 0; i < width; i++) sum += weights[c * width + i]! * x[i]!;
      scores[c] = sum;
    }
    // Leverage h = xᵀ(XᵀX + λI)⁻¹x = |L⁻¹x|²; the prediction without row r is (f − h·y)/(1 − h).
    forward(chol, width, x);
    let leverage = 0;
    for (let i = 0; i < width; i++) leverage += x[i]! * x[i]!;
    const keep = 1 / Math.max(1e-6, 1 - leverage);
    scores[set.labels[r]!]! -= leverage;
    for (let c = 0; c < classes; c++) scores[c]! *= keep;
    looScores.push(scores);
  }
  return { weights, looScores };
}

/** Lower-triangular L with LLᵀ = A + λI, from A's upper triangle (row-major). */
function cholesky(upper: Float64Array, width: number, lambda: number): Float64Array {
  const l = new Float64Array(width * width);
  for (let j = 0; j < width; j++) {
    let diagonal = upper[j * width + j]! + lambda;
    const rowJ = j * width;
    for (let k = 0; k < j; k++) diagonal -= l[rowJ + k]! * l[rowJ + k]!;
    const d = Math.sqrt(Math.max(diagonal, 1e-12));
    l[rowJ + j] = d;
    for (let i = j + 1; i < width; i++) {
      const rowI = i * width;
      let sum = upper[rowJ + i]!;
      for (let k = 0; k < j; k++) sum -= l[rowI + k]! * l[rowJ + k]!;
      l[rowI + j] = sum / d;
    }
  }
  return l;
}

/** Solves L z = b in place. */
function forward(l: Float64Array, width: number, b: Float64Array) {
  for (let i = 0; i < width; i++) {
    let sum = b[i]!;
    const row = i * width;
    for (let k = 0; k < i; k++) sum -= l[row + k]! * b[k]!;
    b[i] = sum / l[row + i]!;
  }
}

/** Solves Lᵀ z = b in place. */
function backward(l: Float64Array, width: number, b: Float64Array) {
  for (let i = width - 1; i >= 0; i--) {
    let sum = b[i]!;
    for (let k = i + 1; k < width; k++) sum -= l[k * width + i]! * b[k]!;
    b[i] = sum / l[i * width + i]!;
  }
}
