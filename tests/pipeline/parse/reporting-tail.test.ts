// A statement closed by ", <speaker> said" parsed apart from its tail and joined under the verb of saying
// (reporting-tail.ts): the finder on hand-made trees, and the shipped parser on sentences written for this test.
import { describe, expect, it } from 'vitest';
import { reportingTail, type TailWord } from '../../../src/pipeline/parse/reporting-tail.ts';
import { loadParser } from '../../../src/pipeline/parse/index.ts';

const w = (upos: string, head: number): TailWord => ({ upos, head });

describe('reportingTail', () => {
  // "Kenya closed the border , the minister said ."
  const forms = ['Kenya', 'closed', 'the', 'border', ',', 'the', 'minister', 'said', '.'];
  it('finds the comma and the tail where the parse hung the speaker inside the statement', () => {
    const words = [w('PROPN', 1), w('VERB', -1), w('DET', 3), w('NOUN', 1), w('PUNCT', 6), w('DET', 6), w('NOUN', 3), w('VERB', 1), w('PUNCT', 1)];
    expect(reportingTail(forms, words)).toEqual({ comma: 4, tail: 5 });
  });
  it('leaves a parse that already has the statement under the verb (a guard)', () => {
    const words = [w('PROPN', 1), w('VERB', 7), w('DET', 3), w('NOUN', 1), w('PUNCT', 1), w('DET', 6), w('NOUN', 7), w('VERB', -1), w('PUNCT', 7)];
    expect(reportingTail(forms, words)).toBeUndefined();
  });
  it('reads nothing when the verb of saying opens a clause of its own (a guard)', () => {
    // "I called them , they said they can not help ."
    const f = ['I', 'called', 'them', ',', 'they', 'said', 'they', 'can', 'not', 'help', '.'];
    const words = [w('PRON', 1), w('VERB', -1), w('PRON', 1), w('PUNCT', 5), w('PRON', 5), w('VERB', 1), w('PRON', 9), w('AUX', 9), w('PART', 9), w('VERB', 5), w('PUNCT', 1)];
    expect(reportingTail(f, words)).toBeUndefined();
  });
  it('takes a closing quote into the statement\'s punctuation', () => {
    const f = ['"', 'We', 'will', 'fight', 'on', ',', '"', 'Smith', 'said', '.'];
    const words = [w('PUNCT', 3), w('PRON', 3), w('AUX', 3), w('VERB', -1), w('ADP', 3), w('PUNCT', 3), w('PUNCT', 3), w('PROPN', 3), w('VERB', 3), w('PUNCT', 3)];
    expect(reportingTail(f, words)).toEqual({ comma: 5, tail: 7 });
  });
});

describe('the shipped parser on a statement closed by its source', () => {
  it.each([
    ['The talks collapsed on Friday when both sides refused to sign the text , the union \'s chief negotiator Mary Dunne said .', 'collapsed', 'said'],
    ['Investors sold the bonds after the central bank raised rates again , analysts at the firm said .', 'sold', 'said'],
    ['The army has retaken two villages near the border , a military spokesman told reporters .', 'retaken', 'told'],
  ])('%s: the verb of saying is the root and the statement its ccomp', (text, statementRoot, saying) => {
    const forms = text.split(' ');
    const out = loadParser().parseWords(forms);
    const said = forms.lastIndexOf(saying);
    expect(out[said]!.head).toBe(-1);
    expect(out[forms.indexOf(statementRoot)]).toMatchObject({ head: said, deprel: 'ccomp' });
    // the speaker is the subject of "said", none of its words inside the statement
    const comma = forms.lastIndexOf(',');
    for (let i = comma + 1; i < said; i++) expect(out[i]!.head === -1 || out[i]!.head > comma).toBe(true);
    expect(out.filter((x) => x.head === -1)).toHaveLength(1);
  });
});
