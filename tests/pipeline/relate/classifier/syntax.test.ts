// The parse as the pair features read it: words mapped onto the segmenter's
// tokens, and path features that change with the path between the two names.
import { describe, expect, it } from 'vitest';
import { segment } from '../../../../src/pipeline/segment.ts';
import { syntaxOfSentence, syntaxOfText } from '../../../../src/pipeline/relate/classifier/syntax.ts';
import { FeatureSink, pairFeatures, SentenceFeatures, type PairSentence, type TokenSyntax } from '../../../../src/pipeline/relate/classifier/features.ts';
import { LOC, PEOP } from '../../../../src/pipeline/relate/classifier/labels.ts';
import type { Parsed, SyntaxWord, Upos } from '../../../../src/types.ts';

describe('syntaxOfSentence', () => {
  it('maps words onto tokens: a token split in two takes the word that attaches outside it', () => {
    // "Smith didn't leave Oslo ." with "didn't" -> "did" + "n't"
    const text = "Smith didn't leave Oslo .";
    const seg = segment({ id: 'x', title: null, source: 'x', text });
    expect(seg.tokens.map((t) => t.text)).toEqual(['Smith', "didn't", 'leave', 'Oslo', '.']);
    const w = (token: number, start: number, end: number, upos: Upos, head: number, deprel: string): SyntaxWord => ({ token, start, end, text: text.slice(start, end), upos, head, deprel });
    const words = [
      w(0, 0, 5, 'PROPN', 3, 'nsubj'), w(1, 6, 9, 'AUX', 3, 'aux'), w(1, 9, 12, 'PART', 3, 'advmod'),
      w(2, 13, 18, 'VERB', -1, 'root'), w(3, 19, 23, 'PROPN', 3, 'obj'), w(4, 24, 25, 'PUNCT', 3, 'punct'),
    ];
    const parsed: Parsed = { sentences: [{ sentence: 0, words }] };
    const syn = syntaxOfSentence(seg, parsed, 0)!;
    expect(Array.from(syn.head)).toEqual([2, 2, -1, 2, 2]);
    expect(syn.deprel).toEqual(['nsubj', 'aux', 'root', 'obj', 'punct']);
    expect(syntaxOfSentence(seg, { sentences: [null] }, 0)).toBeUndefined();
  });
});

describe('syntaxOfText', () => {
  it('puts each parsed sentence in place over all the tokens, heads within the sentence', () => {
    const text = 'Smith left. Jones stayed.';
    const seg = segment({ id: 'x', title: null, source: 'x', text });
    expect(seg.sentences).toHaveLength(2);
    const one = (s: number, verb: string): SyntaxWord[] => {
      const [a, b, c] = seg.tokens.slice(seg.sentences[s]!.tokenStart, seg.sentences[s]!.tokenEnd);
      const t0 = seg.sentences[s]!.tokenStart;
      return [
        { token: t0, start: a!.start, end: a!.end, text: a!.text, upos: 'PROPN', head: 1, deprel: 'nsubj' },
        { token: t0 + 1, start: b!.start, end: b!.end, text: verb, upos: 'VERB', head: -1, deprel: 'root' },
        { token: t0 + 2, start: c!.start, end: c!.end, text: '.', upos: 'PUNCT', head: 1, deprel: 'punct' },
      ];
    };
    const both = syntaxOfText(seg, { sentences: [{ sentence: 0, words: one(0, 'left') }, { sentence: 1, words: one(1, 'stayed') }] })!;
    expect(Array.from(both.head)).toEqual([1, -1, 1, 4, -1, 4]);
    const first = syntaxOfText(seg, { sentences: [{ sentence: 0, words: one(0, 'left') }, null] })!;
    expect(Array.from(first.head)).toEqual([1, -1, 1, -1, -1, -1]);
    expect(first.deprel.slice(3)).toEqual(['dep', 'dep', 'dep']);
    expect(syntaxOfText(seg, { sentences: [null, null] })).toBeUndefined();
  });
});

describe('path features', () => {
  const sentence = (syntax?: TokenSyntax): PairSentence => ({
    words: ['Smith', 'lives', 'in', 'Oslo', '.'],
    mentions: [{ start: 0, end: 1, coarse: PEOP, fine: 'person' }, { start: 3, end: 4, coarse: LOC, fine: 'city' }],
    ...(syntax ? { syntax } : {}),
  });
  const feats = (s: PairSentence) => { const out = new FeatureSink(); pairFeatures(new SentenceFeatures(s), 0, 1, out); return Array.from(out.hashes.subarray(0, out.length)); };
  const tree = (oslo: string): TokenSyntax => ({ head: [1, -1, 3, 1, 1], deprel: ['nsubj', 'root', 'case', oslo, 'punct'], upos: ['PROPN', 'VERB', 'ADP', 'PROPN', 'PUNCT'] });

  it('a parse adds features, and a different path gives different ones', () => {
    const plain = feats(sentence()), obl = feats(sentence(tree('obl'))), obj = feats(sentence(tree('obj')));
    expect(obl.length).toBeGreaterThan(plain.length);
    expect(obl.slice(0, plain.length)).toEqual(plain);
    expect(obj.slice(plain.length)).not.toEqual(obl.slice(plain.length));
  });
});
