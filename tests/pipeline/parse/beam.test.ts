// Beam search (beam.ts): with one state it is the greedy parser, with more every parse is still
// one tree, and training with it is deterministic and learns the trees it is given.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/pipeline/read.ts';
import { segment } from '../../../src/pipeline/segment.ts';
import { BeamScratch, parseSentenceBeam } from '../../../src/pipeline/parse/beam.ts';
import { parseConllu } from '../../../src/pipeline/parse/conllu.ts';
import { parseSentence, Scratch, tagSentence } from '../../../src/pipeline/parse/decode.ts';
import { sentenceWords } from '../../../src/pipeline/parse/index.ts';
import { WordAtoms } from '../../../src/pipeline/parse/lexical.ts';
import { decodeModel, encodeModel, ModelFormatError } from '../../../src/pipeline/parse/model.ts';
import { DependencyParser } from '../../../src/pipeline/parse/parser.ts';
import { trainParser } from '../../../src/pipeline/parse/train.ts';
import { SAMPLE } from '../../helpers/cli.ts';
import { shippedModel, weightsOf } from './shipped-weights.ts';
import { tinyTreebank } from './fixtures.ts';

const model = shippedModel();
const w = weightsOf(model);
const text = readFileSync(SAMPLE, 'utf8') + '\nThe talks, which were held by the two leaders in Geneva on Monday, ended without a deal, officials said.\n';
const seg = segment(readArticle(Buffer.from(text), 'x.txt'));
const sentences = seg.sentences.map((s) => sentenceWords(seg, s.index).map((p) => text.slice(p.start, p.end))).filter((f) => f.length > 0);

/** Heads (n = root) and relations of every sentence, greedy or with a beam of k. */
function parseAll(k: number): string[] {
  const a = new WordAtoms(new Map(Object.entries(model.wordClasses ?? {}))), x = new Scratch(), bx = new BeamScratch();
  return sentences.map((forms) => {
    a.set(forms);
    const tags = new Int32Array(a.n);
    tagSentence(a, w, tags, x);
    const st = k === 0 ? parseSentence(x.atoms(a, tags), a.n, w, x) : parseSentenceBeam(x.atoms(a, tags), a.n, w, x, bx, k);
    return forms.map((f, i) => `${f} ${st.head[i]} ${model.labels[st.label[i]!]}`).join(' | ');
  });
}

describe('beam search', () => {
  it('with one state gives what the greedy parser gives', () => {
    expect(sentences.reduce((n, f) => n + f.length, 0)).toBeGreaterThan(300);
    expect(parseAll(1)).toEqual(parseAll(0));
  });

  it('gives one tree per sentence with wider beams: every word one head, a single root, no cycle', () => {
    for (const k of [2, 8]) {
      const parser = new DependencyParser(model, { beam: k });
      expect(parser.beam).toBe(k);
      let differs = 0;
      const greedy = new DependencyParser(model, { beam: 1 });
      for (const forms of sentences) {
        const got = parser.parseWords(forms);
        expect(got.length).toBe(forms.length);
        expect(got.filter((r) => r.head === -1).length).toBe(1);
        got.forEach((r, i) => {
          expect(r.head).not.toBe(i);
          expect(r.head).toBeGreaterThanOrEqual(-1);
          expect(r.head).toBeLessThan(forms.length);
          expect(r.deprel === 'root').toBe(r.head === -1);
          // following heads from any word reaches the root within n steps
          let h = i, steps = 0;
          while (h !== -1 && steps <= forms.length) { h = got[h]!.head; steps++; }
          expect(h).toBe(-1);
        });
        if (JSON.stringify(got) !== JSON.stringify(greedy.parseWords(forms))) differs++;
      }
      // the beam is really searched: some sentences come out otherwise than greedily
      expect(differs).toBeGreaterThan(0);
    }
  });
});

describe('training with a beam', () => {
  const data = parseConllu(tinyTreebank(4), 'tiny', true);
  const opts = { epochs: 6, seed: 3, tagEpochs: 5, folds: 3, explore: 0.9, beam: 4 };
  const first = encodeModel(trainParser(data, null, opts).model);

  it('gives the same bytes for the same data and seed, and other bytes than greedy training', () => {
    expect(encodeModel(trainParser(data, null, opts).model).equals(first)).toBe(true);
    expect(encodeModel(trainParser(data, null, { ...opts, beam: 1 }).model).equals(first)).toBe(false);
    const early = encodeModel(trainParser(data, null, { ...opts, beamUpdate: 'early' }).model);
    expect(encodeModel(trainParser(data, null, { ...opts, beamUpdate: 'early' }).model).equals(early)).toBe(true);
  });

  it('writes a model that keeps its beam width and reproduces the trees it was trained on', () => {
    const m = decodeModel(first);
    expect(m.beam).toBe(4);
    const parser = new DependencyParser(m);
    expect(parser.beam).toBe(4);
    let right = 0, total = 0;
    for (const s of parseConllu(tinyTreebank(1))) {
      const got = parser.parseWords(s.words.map((x) => x.form));
      s.words.forEach((x, i) => {
        total++;
        if (got[i]!.head + 1 === x.head && got[i]!.deprel === x.deprel) right++;
      });
    }
    expect(right / total).toBeGreaterThan(0.95);
  });

  it('greedy models carry no beam width, and a bad one in a file is refused', () => {
    expect(model.beam).toBeUndefined();
    expect(new DependencyParser(model).beam).toBe(1);
    const bad = encodeModel({ ...decodeModel(first), beam: 2.5 });
    expect(() => decodeModel(bad)).toThrow(ModelFormatError);
  });
});
