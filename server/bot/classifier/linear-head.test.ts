import { argmax, fitHead, predict, softmax } from './linear-head';

/** Unit vectors near one of `classes` orthogonal directions, with a little seeded noise. */
function clusters(classes: number, perClass: number, dim: number, noise: number, seed = 1) {
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 2 - 1;
  const vectors = new Float32Array(classes * perClass * dim);
  const labels = new Int32Array(classes * perClass);
  for (let c = 0; c < classes; c++)
    for (let k = 0; k < perClass; k++) {
      const row = c * perClass + k;
      labels[row] = c;
      const v = Array.from({ length: dim }, (_, i) => (i === c ? 1 : 0) + noise * random());
      const norm = Math.hypot(...v);
      v.forEach((value, i) => (vectors[row * dim + i] = value / norm));
    }
  return { vectors, labels, dim, classes };
}

describe('the ridge intent head', () => {
  it('separates clean clusters and predicts them back with high probability', () => {
    const set = clusters(4, 8, 16, 0.2);
    const head = fitHead(set);
    const probabilities = predict(head, set.vectors.subarray(3 * 8 * 16, 3 * 8 * 16 + 16));
    expect(argmax(probabilities)).toBe(3);
    expect(probabilities[3]).toBeGreaterThan(0.5);
    expect(probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
  });

  it('gives honest leave-one-out predictions: right on clean clusters, often wrong on noise', () => {
    const clean = fitHead(clusters(3, 6, 12, 0.1));
    expect(clean.leaveOneOut.every((probabilities, i) => argmax(probabilities) === Math.floor(i / 6))).toBe(true);
    const noisy = fitHead(clusters(3, 6, 12, 3, 7));
    const right = noisy.leaveOneOut.filter((probabilities, i) => argmax(probabilities) === Math.floor(i / 6)).length;
    expect(right).toBeLessThan(18);
    expect(Math.max(...noisy.leaveOneOut.map((probabilities) => Math.max(...probabilities)))).toBeLessThan(1);
  });

  it('scales scores by the temperature before the softmax', () => {
    expect(softmax([1, 0], 0)[0]).toBeCloseTo(0.5);
    expect(softmax([1, 0], 10)[0]).toBeGreaterThan(0.99);
  });
});
