// A multi-class averaged perceptron over sparse binary features: the learned stage's model. Small enough to read
// whole; deterministic (a fixed-seed shuffle, fixed epochs), so the same training data always writes the same weights.

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

/** The best class; ties go to the class listed first (the "none" class is listed first: no evidence keeps nothing). */
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
 * Averaged perceptron (Collins 2002): the returned weights are the average of the weights after every example,
 * computed lazily with the usual timestamp trick. Averaging is what keeps it from chasing the last examples seen.
 */
export function train(examples: Example[], classes: readonly string[], epochs = 12, seed = 16): Weights {
  const w = new Map<string, Map<string, number>>();
  const total = new Map<string, Map<string, number>>();
  const stamp = new Map<string, Map<string, number>>();
  let t = 0;
  const get = (m: Map<string, Map<string, number>>, f: string) => m.get(f) ?? (m.set(f, new Map()), m.get(f)!);
  const update = (f: string, c: string, delta: number) => {
    const wf = get(w, f);
    const tf = get(total, f);
    const sf = get(stamp, f);
    const cur = wf.get(c) ?? 0;
    tf.set(c, (tf.get(c) ?? 0) + (t - (sf.get(c) ?? 0)) * cur);
    sf.set(c, t);
    wf.set(c, cur + delta);
  };
  const order = examples.map((_, i) => i);
  const random = rng(seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const { features, label } = examples[i];
      const s = new Map(classes.map((c) => [c, 0]));
      for (const f of features) for (const [c, v] of w.get(f) ?? []) s.set(c, s.get(c)! + v);
      const [guess] = best(s);
      if (guess !== label) for (const f of features) update(f, label, 1), update(f, guess, -1);
      t++;
    }
  }
  const averaged: Weights = {};
  for (const [f, wf] of [...w].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    for (const c of classes) {
      const cur = wf.get(c) ?? 0;
      const sum = (total.get(f)?.get(c) ?? 0) + (t - (stamp.get(f)?.get(c) ?? 0)) * cur;
      const avg = Math.round((sum / t) * 1000) / 1000;
      if (avg !== 0) (averaged[f] ??= {})[c] = avg;
    }
  }
  return averaged;
}
