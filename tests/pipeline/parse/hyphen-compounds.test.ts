// "<Name>-<participle> <noun>" re-attached as UD does (hyphen-compounds.ts), on trees shaped as the greedy parser
// left them and on the shipped parser's output.
import { describe, expect, it } from 'vitest';
import { attachHyphenCompounds, type TreeWord } from '../../../src/pipeline/parse/hyphen-compounds.ts';

const w = (upos: string, head: number, deprel: string): TreeWord => ({ upos, head, deprel });

describe('attachHyphenCompounds', () => {
  it('the name that took the phrase\'s place gives it to the phrase\'s head ("to buy Milan-based Ventura")', () => {
    const forms = ['to', 'buy', 'Milan', '-', 'based', 'Ventura', '.'];
    const words = [w('PART', 1, 'mark'), w('VERB', -1, 'root'), w('PROPN', 1, 'obj'), w('PUNCT', 2, 'punct'), w('VERB', 5, 'amod'), w('PROPN', 1, 'obl'), w('PUNCT', 1, 'punct')];
    attachHyphenCompounds(words, forms);
    expect(words.map((x) => `${x.head}:${x.deprel}`)).toEqual(['1:mark', '-1:root', '4:compound', '2:punct', '5:amod', '1:obj', '1:punct']);
  });
  it('a name already inside the phrase only moves under the participle', () => {
    const forms = ['the', 'Iran', '-', 'backed', 'militia'];
    const words = [w('DET', 4, 'det'), w('PROPN', 4, 'compound'), w('PUNCT', 1, 'punct'), w('VERB', 4, 'amod'), w('NOUN', -1, 'root')];
    attachHyphenCompounds(words, forms);
    expect(words.map((x) => `${x.head}:${x.deprel}`)).toEqual(['4:det', '3:compound', '1:punct', '4:amod', '-1:root']);
  });
  it('leaves right trees and other hyphens alone (a guard)', () => {
    const forms = ['a', 'well', '-', 'known', 'fact'];
    const words = [w('DET', 4, 'det'), w('ADV', 3, 'advmod'), w('PUNCT', 1, 'punct'), w('ADJ', 4, 'amod'), w('NOUN', -1, 'root')];
    const before = JSON.stringify(words);
    attachHyphenCompounds(words, forms);
    expect(JSON.stringify(words)).toBe(before);
  });
  it('never makes a cycle: the name\'s old head inside the phrase\'s subtree keeps things as they are', () => {
    const forms = ['Oslo', '-', 'based', 'Marine', 'grew'];
    // (Oslo hangs on "grew", which the parse put under "Marine")
    const words = [w('PROPN', 4, 'nsubj'), w('PUNCT', 0, 'punct'), w('VERB', 3, 'amod'), w('PROPN', -1, 'root'), w('VERB', 3, 'acl')];
    attachHyphenCompounds(words, forms);
    expect(words[3]!.head).toBe(-1);
    expect(words[0]!.head).toBe(4);
  });
});
