// Multinomial logistic regression over sparse binary features: the learned stage's model. Small enough to read whole;
// deterministic (a fixed-seed shuffle, fixed epochs, weights rounded), so the same training data writes the same weights.
// (An averaged perceptron was tried first: its margins meant different things in every fold, and leave-one-set-out
// it lost to the rules alone, F1 0.826 vs 0.832.)

/** feature → class → weight; only non-zero weights are kept, so the JSON stays small. */
export type Weights = Record<string, Record<string, number>>;

export interface Example {
  features: string[];
  label: string;
}

/** Scores of every class for one feature set. */
export function scores(weights: Weights, classes: readonly string[], features: string[]): Map<string, number> {
  const out = new Map(classes.map((c) => [c, 0]));
  for (const f of features) {
    const w = weights[f];
    if (!w) continue;
    for (const c in w) out.set(c, (out.get(c) ?? 0) + w[c]);
  }
  return out;
}

/** The best class; ties go to the class listed first. */
export function best(s: Map<string, number>): [string, number] {
  let top: [string, number] = ['', -Infinity];
  for (const [c, v] of s) if (v > top[1]) top = [c, v];
  return top;
}

/** A small linear congruential generator: the shuffle must not depend on Math.random. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/**
 * Multinomial logistic regression by stochastic gradient descent with L2 decay on the weights an example touches:
 * the softmax gives each class a probability, so one margin (the probability of "none") means the same in every fold.
 */
export function train(examples: Example[], classes: readonly string[], epochs = 10, seed = 16, rate = 0.2, l2 = 3e-2): Weights {
  const w = new Map<string, Float64Array>();
  const index = new Map(classes.map((c, i) => [c, i]));
  const order = examples.map((_, i) => i);
  const random = rng(seed);
  const s = new Float64Array(classes.length);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const eta = rate / (1 + epoch);
    for (const i of order) {
      const { features, label } = examples[i];
      const rows = features.map((f) => w.get(f) ?? (w.set(f, new Float64Array(classes.length)), w.get(f)!));
      s.fill(0);
      for (const row of rows) for (let c = 0; c < s.length; c++) s[c] += row[c];
      const max = Math.max(...s);
      let z = 0;
      for (let c = 0; c < s.length; c++) z += s[c] = Math.exp(s[c] - max);
      const y = index.get(label)!;
      for (const row of rows)
        for (let c = 0; c < s.length; c++) row[c] = row[c] * (1 - eta * l2) + eta * ((c === y ? 1 : 0) - s[c] / z);
    }
  }
  const out: Weights = {};
  for (const [f, row] of [...w].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    classes.forEach((c, k) => {
      // weights the L2 decay has left near zero change no decision: dropped, so the shipped file stays small
      const v = Math.round(row[k] * 100) / 100;
      if (Math.abs(v) >= MIN_WEIGHT) (out[f] ??= {})[c] = v;
    });
  return out;
}

/** Smaller weights are not kept (see train). */
const MIN_WEIGHT = 0.03;

/** Class probabilities from logistic weights. */
export function probabilities(weights: Weights, classes: readonly string[], features: string[]): Map<string, number> {
  const s = scores(weights, classes, features);
  const max = Math.max(...s.values());
  let z = 0;
  for (const [c, v] of s) z += Math.exp(v - max), s.set(c, Math.exp(v - max));
  for (const [c, v] of s) s.set(c, v / z);
  return s;
}
