// A subject, a long aside between commas with a verb of its own, then the sentence's verb (subject-aside.ts): the
// finder on hand-made trees, and the shipped parser on sentences written for this test.
import { describe, expect, it } from 'vitest';
import { subjectAside, type AsideWord } from '../../../src/pipeline/parse/subject-aside.ts';
import { subjectList } from '../../../src/pipeline/parse/subject-list.ts';
import { frontedPhrase } from '../../../src/pipeline/parse/fronted-phrase.ts';
import { loadParser } from '../../../src/pipeline/parse/index.ts';

const w = (upos: string, head: number): AsideWord => ({ upos, head });

describe('subjectAside', () => {
  // "Lopes , the first envoy to visit the port , arrived ."
  const forms = ['Lopes', ',', 'the', 'first', 'envoy', 'to', 'visit', 'the', 'port', ',', 'arrived', '.'];
  it('finds the aside where the parse hung the main verb inside it', () => {
    const words = [w('PROPN', -1), w('PUNCT', 4), w('DET', 4), w('ADJ', 4), w('NOUN', 0), w('PART', 6), w('VERB', 4), w('DET', 8), w('NOUN', 6), w('PUNCT', 10), w('VERB', 6), w('PUNCT', 0)];
    expect(subjectAside(forms, words)).toEqual({ open: 1, close: 9, rest: 10 });
  });
  it('leaves a parse that already has the subject under the main verb (a guard)', () => {
    const words = [w('PROPN', 10), w('PUNCT', 4), w('DET', 4), w('ADJ', 4), w('NOUN', 0), w('PART', 6), w('VERB', 4), w('DET', 8), w('NOUN', 6), w('PUNCT', 4), w('VERB', -1), w('PUNCT', 10)];
    expect(subjectAside(forms, words)).toBeUndefined();
  });
  it('reads no aside in a list the subject opens, nor after a fronted phrase, nor before an -ing clause (guards)', () => {
    // "Chile , Peru and Ecuador signed the accord , ending the dispute ."
    const list = ['Chile', ',', 'Peru', 'and', 'Ecuador', 'signed', 'the', 'accord', ',', 'ending', 'the', 'dispute', '.'];
    const lw = [w('PROPN', -1), w('PUNCT', 2), w('PROPN', 0), w('CCONJ', 4), w('PROPN', 0), w('VERB', 0), w('DET', 7), w('NOUN', 5), w('PUNCT', 9), w('VERB', 5), w('DET', 11), w('NOUN', 9), w('PUNCT', 0)];
    expect(subjectAside(list, lw)).toBeUndefined();
    // "In short , the men were there by choice , stuck in a mess ."
    const fronted = ['In', 'short', ',', 'the', 'men', 'were', 'there', 'by', 'choice', ',', 'stuck', 'in', 'a', 'mess', '.'];
    const fw = [w('ADP', 1), w('ADJ', 6), w('PUNCT', 1), w('DET', 4), w('NOUN', 6), w('AUX', 6), w('ADV', -1), w('ADP', 8), w('NOUN', 6), w('PUNCT', 10), w('VERB', 6), w('ADP', 13), w('DET', 13), w('NOUN', 10), w('PUNCT', 6)];
    expect(subjectAside(fronted, fw)).toBeUndefined();
  });
});

describe('the shipped parser on a subject with a long aside', () => {
  it.each([
    ['Mendes , the first Portuguese leader to address the assembly in a decade , arrived in Luanda on Monday and met Lourenco at the palace .', 'Mendes', 'arrived', 'leader', 'appos'],
    ['Ngozi Okafor , the youngest governor ever to lead the northern state of Kano , resigned on Friday and left the country .', 'Ngozi', 'resigned', 'governor', 'appos'],
  ])('%s: the main verb is the root, the subject its nsubj, the aside under the subject', (text, subject, verb, asideRoot, rel) => {
    const forms = text.split(' ');
    const out = loadParser().parseWords(forms);
    const v = forms.indexOf(verb);
    expect(out[v]!.head).toBe(-1);
    expect(out[forms.indexOf(subject)]).toMatchObject({ head: v, deprel: 'nsubj' });
    expect(out[forms.indexOf(asideRoot)]).toMatchObject({ head: forms.indexOf(subject), deprel: rel });
    expect(out.filter((x) => x.head === -1)).toHaveLength(1);
  });
});

describe('subjectList', () => {
  // "Chile , Peru and Bolivia condemned Quito ."
  const forms = ['Chile', ',', 'Peru', 'and', 'Bolivia', 'condemned', 'Quito', '.'];
  const w3 = (upos: string, head: number, deprel: string) => ({ upos, head, deprel });
  it('finds the list where the parse hung the verb on it', () => {
    const words = [w3('PROPN', -1, 'root'), w3('PUNCT', 2, 'punct'), w3('PROPN', 0, 'conj'), w3('CCONJ', 4, 'cc'), w3('PROPN', 0, 'conj'), w3('VERB', 4, 'flat'), w3('PROPN', 5, 'obj'), w3('PUNCT', 0, 'punct')];
    expect(subjectList(forms, words)).toEqual({ start: 0, lastMember: 4, verb: 5 });
  });
  it('leaves a parse with the verb as root and the first member its subject (a guard)', () => {
    const words = [w3('PROPN', 5, 'nsubj'), w3('PUNCT', 2, 'punct'), w3('PROPN', 0, 'conj'), w3('CCONJ', 4, 'cc'), w3('PROPN', 0, 'conj'), w3('VERB', -1, 'root'), w3('PROPN', 5, 'obj'), w3('PUNCT', 5, 'punct')];
    expect(subjectList(forms, words)).toBeUndefined();
  });
});

describe('frontedPhrase', () => {
  // "In July , Ms Lund signed the deal ."
  const forms = ['In', 'July', ',', 'Ms', 'Lund', 'signed', 'the', 'deal', '.'];
  it('finds the phrase where the parse hung the subject on it', () => {
    const words = [w('ADP', 1), w('PROPN', 5), w('PUNCT', 4), w('PROPN', 4), w('PROPN', 1), w('VERB', -1), w('DET', 7), w('NOUN', 5), w('PUNCT', 5)];
    expect(frontedPhrase(forms, words)).toEqual({ comma: 2, rest: 3 });
  });
  it('leaves a right parse, a date closed by its year and a phrase going on past the comma (guards)', () => {
    const right = [w('ADP', 1), w('PROPN', 5), w('PUNCT', 1), w('PROPN', 4), w('PROPN', 5), w('VERB', -1), w('DET', 7), w('NOUN', 5), w('PUNCT', 5)];
    expect(frontedPhrase(forms, right)).toBeUndefined();
    // "As of May 10 , 2005 , my income changed ."
    const date = ['As', 'of', 'May', '10', ',', '2005', ',', 'my', 'income', 'changed', '.'];
    expect(frontedPhrase(date, [w('ADP', 2), w('ADP', 2), w('PROPN', 9), w('NUM', 2), w('PUNCT', 5), w('NUM', 2), w('PUNCT', 9), w('PRON', 8), w('NOUN', 2), w('VERB', -1), w('PUNCT', 9)])).toBeUndefined();
    // "In Hama , Idlib Province , two bombs were found ."
    const place = ['In', 'Hama', ',', 'Idlib', 'Province', ',', 'two', 'bombs', 'were', 'found', '.'];
    expect(frontedPhrase(place, [w('ADP', 1), w('PROPN', 9), w('PUNCT', 4), w('PROPN', 4), w('PROPN', 1), w('PUNCT', 4), w('NUM', 7), w('NOUN', 1), w('AUX', 9), w('VERB', -1), w('PUNCT', 9)])).toBeUndefined();
  });
});
