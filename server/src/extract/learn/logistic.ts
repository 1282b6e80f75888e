// A small sparse logistic regression: the one statistical learner the extractor's learned steps share.
// Examples are lists of string features (present = 1); a model is a bias, a weight per feature and the
// decision threshold chosen when it was trained. Training is deterministic (seeded shuffle, AdaGrad steps,
// L2 penalty), so the same examples give the same model byte for byte and a committed model can be checked
// against a retrain. Scoring is a sum over the features present: cheap enough for the extraction hot path.
// Hand-written rather than a library: the mljs packages take dense matrices, and a hashed or string-keyed
// sparse model of this size is forty lines.

export interface LogisticModel {
  /** What the model decides, in words (kept in the JSON so a reader of the file knows). */
  about: string;
  bias: number;
  /** Feature -> weight; features absent from the map weigh 0. */
  weights: Record<string, number>;
  /** Probability at or above which the step acts on a candidate. */
  threshold: number;
}

export interface Example {
  features: readonly string[];
  label: 0 | 1;
  /** The article the example comes from: cross-validation keeps one article's examples in one fold. */
  group: string;
  /**
   * False: the example trains the model but is left off the precision/recall curve (a step that learns
   * from every sentence but acts only where the rules did not: only the latter show what it adds).
   */
  scored?: boolean;
}

export interface TrainOptions {
  epochs?: number;
  /** L2 penalty per step, scaled by the learning rate. */
  l2?: number;
  rate?: number;
  seed?: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The model's probability that a candidate with these features is positive. */
export function probability(
  model: Pick<LogisticModel, 'bias' | 'weights'>,
  features: readonly string[],
): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return sigmoid(z);
}

/** A seeded PRNG (mulberry32) so training is reproducible. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Trains bias and weights; the threshold is left at 0.5 for the caller to choose (see crossValidate). */
export function train(
  examples: readonly Example[],
  about: string,
  options: TrainOptions = {},
): LogisticModel {
  const { epochs = 30, l2 = 1e-4, rate = 0.3, seed = 1 } = options;
  const w = new Map<string, number>();
  const g2 = new Map<string, number>();
  let bias = 0;
  let biasG2 = 0;
  const order = examples.map((_, i) => i);
  const next = random(seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const ex = examples[k]!;
      let z = bias;
      for (const f of ex.features) z += w.get(f) ?? 0;
      const grad = sigmoid(z) - ex.label;
      biasG2 += grad * grad;
      bias -= (rate * grad) / Math.sqrt(biasG2 + 1e-8);
      for (const f of ex.features) {
        const old = w.get(f) ?? 0;
        const g = grad + l2 * old;
        const acc = (g2.get(f) ?? 0) + g * g;
        g2.set(f, acc);
        w.set(f, old - (rate * g) / Math.sqrt(acc + 1e-8));
      }
    }
  }
  const weights: Record<string, number> = {};
  for (const f of [...w.keys()].sort()) {
    const v = Math.round(w.get(f)! * 1e4) / 1e4;
    if (v !== 0) weights[f] = v;
  }
  return { about, bias: Math.round(bias * 1e4) / 1e4, weights, threshold: 0.5 };
}

/** Fold of an article (0..k-1), from a hash of its id: stable whatever the order of the examples. */
export function foldOf(group: string, k: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < group.length; i++) h = Math.imul(h ^ group.charCodeAt(i), 0x01000193) >>> 0;
  return h % k;
}

/**
 * Out-of-fold probabilities: each article's examples scored by a model trained on the other folds. The
 * honest way to choose a threshold or compare feature sets on the training pages themselves.
 */
export function crossValidate(examples: readonly Example[], k = 5, options: TrainOptions = {}): number[] {
  const out = new Array<number>(examples.length).fill(0);
  for (let fold = 0; fold < k; fold++) {
    const inFold = (ex: Example) => foldOf(ex.group, k) === fold;
    const model = train(
      examples.filter((ex) => !inFold(ex)),
      'fold',
      options,
    );
    examples.forEach((ex, i) => {
      if (inFold(ex)) out[i] = probability(model, ex.features);
    });
  }
  return out;
}

/** Precision and recall of "probability >= threshold" against the labels, for each threshold given. */
export function precisionRecall(
  probabilities: readonly number[],
  labels: readonly (0 | 1)[],
  thresholds: readonly number[],
): { threshold: number; precision: number; recall: number; predicted: number; truePositives: number }[] {
  const positives = labels.filter((l) => l === 1).length;
  return thresholds.map((threshold) => {
    let predicted = 0;
    let truePositives = 0;
    probabilities.forEach((p, i) => {
      if (p >= threshold) {
        predicted++;
        if (labels[i] === 1) truePositives++;
      }
    });
    return {
      threshold,
      precision: predicted ? truePositives / predicted : 1,
      recall: positives ? truePositives / positives : 0,
      predicted,
      truePositives,
    };
  });
}

/**
 * A model made ready for the extraction hot path: its weights in a Map, and each crossed feature's weights
 * ("meeting|w:met", "visit|w:met", ...) in one vector per feature ("w:met"), indexed by the prefix before
 * the key's first "|". A step that crosses one list of features with several prefixes (types, "any")
 * scores every prefix with one lookup per feature, without building the crossed strings. Scores equal
 * `probability` over the crossed list (up to the order of a floating-point sum).
 */
export class CompiledModel {
  readonly threshold: number;
  private readonly bias: number;
  private readonly plain = new Map<string, number>();
  private readonly prefixIndex = new Map<string, number>();
  private readonly vectors = new Map<string, Float64Array>();

  constructor(model: Pick<LogisticModel, 'bias' | 'weights' | 'threshold'>) {
    this.bias = model.bias;
    this.threshold = model.threshold;
    const crossed: [string, string, number][] = [];
    for (const [key, weight] of Object.entries(model.weights)) {
      this.plain.set(key, weight);
      const bar = key.indexOf('|');
      if (bar < 0) continue;
      const prefix = key.slice(0, bar);
      if (!this.prefixIndex.has(prefix)) this.prefixIndex.set(prefix, this.prefixIndex.size);
      crossed.push([prefix, key.slice(bar + 1), weight]);
    }
    for (const [prefix, feature, weight] of crossed) {
      let vector = this.vectors.get(feature);
      if (!vector) this.vectors.set(feature, (vector = new Float64Array(this.prefixIndex.size)));
      vector[this.prefixIndex.get(prefix)!] = weight;
    }
  }

  /** The weight of one feature (0 when the model does not know it). */
  weight(feature: string): number {
    return this.plain.get(feature) ?? 0;
  }

  /** `probability(model, features)`. */
  probability(features: readonly string[]): number {
    let z = this.bias;
    for (const f of features) z += this.plain.get(f) ?? 0;
    return sigmoid(z);
  }

  /**
   * For each prefix p of `prefixes`, `probability(model, [...plainOf(p), ...(for f of crossed: "p|f" and
   * "c|f" for each c of common)])`.
   */
  crossedProbabilities(
    prefixes: readonly string[],
    crossed: Iterable<string>,
    common: readonly string[] = [],
    plainOf: (prefix: string) => readonly string[] = () => [],
  ): number[] {
    return this.crossedScorer(prefixes, common, plainOf)(crossed);
  }

  /**
   * `crossedProbabilities` with its prefixes, common prefixes and plain features fixed: what does not
   * depend on the crossed features (the prefixes' indices, each prefix's bias and plain weights) is
   * looked up once, for a step that scores many candidates against the same prefixes. The sums are the
   * same, in the same order.
   */
  crossedScorer(
    prefixes: readonly string[],
    common: readonly string[] = [],
    plainOf: (prefix: string) => readonly string[] = () => [],
  ): (crossed: Iterable<string>) => number[] {
    const at = prefixes.map((p) => this.prefixIndex.get(p) ?? -1);
    const commonAt = common.map((c) => this.prefixIndex.get(c) ?? -1).filter((i) => i >= 0);
    const base = prefixes.map((p) =>
      plainOf(p).reduce((sum, f) => sum + (this.plain.get(f) ?? 0), this.bias),
    );
    return (crossed) => {
      const z = base.slice();
      let shared = 0;
      for (const f of crossed) {
        const vector = this.vectors.get(f);
        if (!vector) continue;
        for (const i of commonAt) shared += vector[i]!;
        for (let k = 0; k < at.length; k++) if (at[k]! >= 0) z[k]! += vector[at[k]!]!;
      }
      return z.map((v) => sigmoid(v + shared));
    };
  }
}
