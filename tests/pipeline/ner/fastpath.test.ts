// The tagger's fast scoring (per-word score cache, sparse weight table, one
// emission block for both stages) must give exactly the labels of the plain
// definition: every feature of features.ts looked up in the dense weights.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/pipeline/segment.ts';
import { DEFAULT_MODEL_PATH } from '../../../src/pipeline/ner/index.ts';
import { decodeModel, RowTable, type NerModel } from '../../../src/pipeline/ner/model.ts';
import { NerTagger, docInputFromSegmented } from '../../../src/pipeline/ner/tagger.ts';
import { FeatureBuffer, TokenInfo, computeTokenInfo, documentFeatures, localFeatures, type DocInput } from '../../../src/pipeline/ner/features.ts';
import { viterbi } from '../../../src/pipeline/ner/decode.ts';
import { N_LABELS } from '../../../src/pipeline/ner/labels.ts';
import { ROOT } from '../../helpers/cli.ts';

const model = decodeModel(readFileSync(DEFAULT_MODEL_PATH));
const SAMPLE = readFileSync(path.join(ROOT, 'graph-data/articles/ukraine-cuts-ties-with-north-korea.txt'), 'utf8');
const OTHER = 'Angela Merkel met Emmanuel Macron in Berlin on Monday.\nTHE EUROPEAN UNION SAID NOTHING\nShares of Siemens AG rose 3 percent in Frankfurt , traders said .';

/** Labels by the definition: dense weights, every feature hashed and looked up, no caches. */
function referenceLabels(m: NerModel, doc: DocInput): Uint8Array {
  const N = N_LABELS, n = doc.words.length, table = new RowTable(m.hashes);
  const info = new TokenInfo(), local = new FeatureBuffer(), docf = new FeatureBuffer();
  computeTokenInfo(doc, m.lexicon, info);
  localFeatures(doc, info, local);
  const score = (buf: FeatureBuffer, w: Int16Array, e: Float64Array) => {
    for (let i = 0; i < n; i++) {
      for (let k = buf.offsets[i]!; k < buf.offsets[i + 1]!; k++) {
        const r = table.get(buf.hashes[k]!);
        if (r >= 0) for (let l = 0; l < N; l++) e[i * N + l] += w[r * N + l]!;
      }
    }
  };
  const decode = (e: Float64Array, t: Float32Array, scale: number, out: Uint8Array) => {
    const trans = Float64Array.from(t, (v) => v / scale);
    for (let s = 0; s < doc.sentStart.length; s++) viterbi(e, doc.sentStart[s]! * N, doc.sentStart[s]!, doc.sentEnd[s]!, trans, out);
  };
  const e1 = new Float64Array(n * N), e2 = new Float64Array(n * N), y1 = new Uint8Array(n), y2 = new Uint8Array(n);
  score(local, m.w1, e1);
  decode(e1, m.trans1, m.scale1, y1);
  score(local, m.w2, e2);
  documentFeatures(doc, info, y1, docf);
  score(docf, m.w2, e2);
  decode(e2, m.trans2, m.scale2, y2);
  return y2;
}

const docOf = (text: string) => docInputFromSegmented(segment({ id: 't', title: null, source: 't', text }));

describe('fast scoring equals the definition', () => {
  const docs = [docOf(SAMPLE), docOf(OTHER)];
  const expected = docs.map((d) => Array.from(referenceLabels(model, d)));

  it('finds entities at all (the comparison is not between empty outputs)', () => {
    expect(expected[0]!.filter((y) => y !== 0).length).toBeGreaterThan(20);
  });

  it.each([
    ['default word cache', undefined],
    ['a word cache that starts over every 7 words', 7],
    ['a word cache of one word', 1],
  ])('with %s, across documents in either order', (_name, wordCache) => {
    const tagger = new NerTagger(model, { wordCache });
    expect(docs.map((d) => Array.from(tagger.labels(d)))).toEqual(expected);
    expect(docs.slice().reverse().map((d) => Array.from(tagger.labels(d))).reverse()).toEqual(expected);
  });
});
