// Passes on the finished tree (time-lift.ts, agent-case.ts, case-head.ts): a phrase the parse hung on a day or a month
// goes to the day's own head; an obl:agent not opened by "by" is a plain obl; a case word hung on a part of a name goes
// to the name's head. Hand-made trees; the sentences are written for this test.
import { describe, expect, it } from 'vitest';
import { liftFromTimes } from '../../../src/pipeline/parse/time-lift.ts';
import type { TreeWord } from '../../../src/pipeline/parse/subtree.ts';
import { plainObliquesWithoutBy } from '../../../src/pipeline/parse/agent-case.ts';
import { caseOnPhraseHead } from '../../../src/pipeline/parse/case-head.ts';
import { subjectsForConjunctClauses } from '../../../src/pipeline/parse/clause-conjunct.ts';

const w = (upos: string, head: number, deprel: string): TreeWord => ({ upos, head, deprel });

describe('liftFromTimes', () => {
  it('moves "with X" from the day to the verb, past the object the day hangs on, with its conjuncts', () => {
    // "Acme signed a deal on Friday with Orbit and Vega ."
    const forms = ['Acme', 'signed', 'a', 'deal', 'on', 'Friday', 'with', 'Orbit', 'and', 'Vega', '.'];
    const words = [w('PROPN', 1, 'nsubj'), w('VERB', -1, 'root'), w('DET', 3, 'det'), w('NOUN', 1, 'obj'), w('ADP', 5, 'case'), w('PROPN', 3, 'nmod'),
      w('ADP', 7, 'case'), w('PROPN', 5, 'nmod'), w('CCONJ', 9, 'cc'), w('PROPN', 5, 'conj'), w('PUNCT', 1, 'punct')];
    liftFromTimes(words, forms);
    expect(words[7]).toMatchObject({ head: 1, deprel: 'obl' });
    expect(words[9]).toMatchObject({ head: 7, deprel: 'conj' });
  });
  it('gives a lifted "by" phrase of a passive the agent relation, and a caseless "and Y" under the day becomes its conjunct', () => {
    // "The pact was signed in Oslo on Monday by Lund and Berg ."
    const forms = ['The', 'pact', 'was', 'signed', 'in', 'Oslo', 'on', 'Monday', 'by', 'Lund', 'and', 'Berg', '.'];
    const words = [w('DET', 1, 'det'), w('NOUN', 3, 'nsubj:pass'), w('AUX', 3, 'aux:pass'), w('VERB', -1, 'root'), w('ADP', 5, 'case'), w('PROPN', 3, 'obl'),
      w('ADP', 7, 'case'), w('PROPN', 5, 'nmod'), w('ADP', 9, 'case'), w('PROPN', 7, 'nmod'), w('CCONJ', 11, 'cc'), w('PROPN', 7, 'nmod'), w('PUNCT', 3, 'punct')];
    liftFromTimes(words, forms);
    expect(words[9]).toMatchObject({ head: 3, deprel: 'obl:agent' });
    expect(words[11]).toMatchObject({ head: 9, deprel: 'conj' });
  });
  it('leaves a span of months and an "of" phrase on the time word (guards)', () => {
    // "Prices rose from May to July of last year ."
    const forms = ['Prices', 'rose', 'from', 'May', 'to', 'July', 'of', 'last', 'year', '.'];
    const words = [w('NOUN', 1, 'nsubj'), w('VERB', -1, 'root'), w('ADP', 3, 'case'), w('PROPN', 1, 'obl'), w('ADP', 5, 'case'), w('PROPN', 3, 'nmod'),
      w('ADP', 8, 'case'), w('ADJ', 8, 'amod'), w('NOUN', 5, 'nmod'), w('PUNCT', 1, 'punct')];
    const before = words.map((x) => ({ ...x }));
    liftFromTimes(words, forms);
    expect(words).toEqual(before);
  });
});

describe('plainObliquesWithoutBy', () => {
  it('an obl:agent opened by "for" (on a title before the name) is an obl; one opened by "by" stays', () => {
    // "Court issued warrants for former minister Ivanov , drafted by Petrov ."
    const forms = ['Court', 'issued', 'warrants', 'for', 'former', 'minister', 'Ivanov', ',', 'drafted', 'by', 'Petrov', '.'];
    const words = [w('PROPN', 1, 'nsubj'), w('VERB', -1, 'root'), w('NOUN', 1, 'obj'), w('ADP', 5, 'case'), w('ADJ', 5, 'amod'), w('NOUN', 6, 'nmod:desc'), w('PROPN', 1, 'obl:agent'),
      w('PUNCT', 8, 'punct'), w('VERB', 2, 'acl'), w('ADP', 10, 'case'), w('PROPN', 8, 'obl:agent'), w('PUNCT', 1, 'punct')];
    plainObliquesWithoutBy(words, forms);
    expect(words[6]!.deprel).toBe('obl');
    expect(words[10]!.deprel).toBe('obl:agent');
  });
});

describe('caseOnPhraseHead', () => {
  it('moves a case word from the first word of a compound name, or from a title, to the name\'s head', () => {
    // "with North Star Mining" (case on North, a compound of Mining) and "for minister Ivanov" (case on the title)
    const words = [w('ADP', 1, 'case'), w('PROPN', 3, 'compound'), w('PROPN', 3, 'compound'), w('PROPN', -1, 'root'),
      w('ADP', 5, 'case'), w('NOUN', 6, 'nmod:desc'), w('PROPN', 3, 'nmod')];
    caseOnPhraseHead(words);
    expect(words[0]!.head).toBe(3);
    expect(words[4]!.head).toBe(6);
  });
  it('leaves a case word inside the phrase where it belongs to a part (a guard)', () => {
    // "Bank of America Securities": "of" hangs on America, which is not the phrase's first word
    const words = [w('PROPN', 3, 'compound'), w('ADP', 2, 'case'), w('PROPN', 0, 'nmod'), w('PROPN', -1, 'root')];
    caseOnPhraseHead(words);
    expect(words[1]!.head).toBe(2);
  });
});

describe('subjectsForConjunctClauses', () => {
  it('gives a subjectless conjunct verb the noun the parse hung on the object before it', () => {
    // "Chile backs the council in Lima and Peru has supported the general ."
    const words = [w('PROPN', 1, 'nsubj'), w('VERB', -1, 'root'), w('DET', 3, 'det'), w('NOUN', 1, 'obj'), w('ADP', 5, 'case'), w('PROPN', 1, 'obl'),
      w('CCONJ', 7, 'cc'), w('PROPN', 5, 'conj'), w('AUX', 9, 'aux'), w('VERB', 1, 'conj'), w('DET', 11, 'det'), w('NOUN', 9, 'obj'), w('PUNCT', 1, 'punct')];
    subjectsForConjunctClauses(words);
    expect(words[7]).toMatchObject({ head: 9, deprel: 'nsubj' });
    expect(words[6]!.head).toBe(9);
    expect(words[9]).toMatchObject({ head: 1, deprel: 'conj' });
  });
  it('leaves a conjunct verb sharing the first subject (a guard)', () => {
    // "Chile backs the council and supports the general ."
    const words = [w('PROPN', 1, 'nsubj'), w('VERB', -1, 'root'), w('DET', 3, 'det'), w('NOUN', 1, 'obj'), w('CCONJ', 5, 'cc'), w('VERB', 1, 'conj'), w('DET', 7, 'det'), w('NOUN', 5, 'obj'), w('PUNCT', 1, 'punct')];
    const before = words.map((x) => ({ ...x }));
    subjectsForConjunctClauses(words);
    expect(words).toEqual(before);
  });
});
