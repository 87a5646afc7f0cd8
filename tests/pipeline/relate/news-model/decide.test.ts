// Guard (a speed change, not a fix: it passes before and after): decideNews adds only each feature's
// non-zero weights, and must decide exactly as the sum over the whole dense rows, margin bits included,
// on the shipped model and on rows with zeros, negative weights and sums that cancel.
import { describe, expect, it } from 'vitest';
import { decideNews, type NewsModel } from '../../../../src/pipeline/relate/news-model/model.ts';
import { loadNewsModel } from '../../../../src/pipeline/relate/news-model/index.ts';
import { NONE } from '../../../../src/pipeline/relate/news-model/labels.ts';
import { seededRandom } from '../../../../src/random.ts';

/** The decision as the dense rows give it: every class's weight of every feature added in feature order. */
function denseDecision(model: NewsModel, features: readonly number[], pair: string) {
  const n = model.classes.length;
  const scores = new Float64Array(n);
  for (const h of features) { const r = model.weights.get(h); if (r) for (let y = 0; y < n; y++) scores[y] += r[y]!; }
  let best = -1;
  for (let y = 1; y < n; y++) if (model.allowed.get(model.classes[y]!)?.has(pair) && (best < 0 || scores[y]! > scores[best]!)) best = y;
  return best < 0 ? undefined : { label: model.classes[best]!, margin: scores[best]! - scores[0]! };
}

describe('decideNews (guard)', () => {
  it('decides as the dense rows on the shipped model, for feature sets drawn from its own features', () => {
    const model = loadNewsModel();
    const hashes = [...model.weights.keys()];
    const pairs = [...new Set([...model.allowed.values()].flatMap((s) => [...s]))];
    const random = seededRandom(7);
    for (let t = 0; t < 2000; t++) {
      const features = Array.from({ length: 1 + Math.floor(random() * 40) }, () => (random() < 0.9 ? hashes[Math.floor(random() * hashes.length)]! : Math.floor(random() * 2 ** 31)));
      const pair = pairs[Math.floor(random() * pairs.length)]!;
      expect(decideNews(model, features, pair)).toEqual(denseDecision(model, features, pair));
    }
  });

  it('decides as the dense rows where weights cancel out and rows hold zeros', () => {
    const model: NewsModel = {
      classes: [NONE, 'a', 'b'],
      weights: new Map([[1, Float32Array.from([0.1, 0, -0.25])], [2, Float32Array.from([-0.1, 0, 0.25])], [3, Float32Array.from([0, 0, 0])], [4, Float32Array.from([0, 0.5, 0])]]),
      allowed: new Map([['a', new Set(['p|q'])], ['b', new Set(['p|q'])]]),
      threshold: 0, thresholds: {}, calibration: { a: 1, b: 0 }, info: {},
    };
    for (const features of [[1, 2], [2, 1, 3], [3], [1, 4, 2, 4], []]) {
      const got = decideNews(model, features, 'p|q');
      expect(got).toEqual(denseDecision(model, features, 'p|q'));
      expect(Object.is(got?.margin, denseDecision(model, features, 'p|q')?.margin)).toBe(true);
    }
  });
});
