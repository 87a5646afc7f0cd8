// The punctuation pass: which heads a mark may take on a finished tree (the
// projective places around it), that it moves only leaf marks and never breaks
// the tree, and what the shipped model's ranker does with commas and quotes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Scratch } from '../../../src/pipeline/parse/decode.ts';
import { DEFAULT_PARSER_MODEL_PATH, loadParser } from '../../../src/pipeline/parse/index.ts';
import { WordAtoms } from '../../../src/pipeline/parse/lexical.ts';
import { decodeModel, encodeModel } from '../../../src/pipeline/parse/model.ts';
import { attachPunctuation, punctCandidates, PunctScratch } from '../../../src/pipeline/parse/punct-attach.ts';
import type { Scorer } from '../../../src/pipeline/parse/perceptron.ts';
import { UPOS_TAGS } from '../../../src/types.ts';

const PUNCT_LABEL = 7, OTHER = 1;
const tag = (t: string) => UPOS_TAGS.indexOf(t as (typeof UPOS_TAGS)[number]);

/** A sentence as forms, tags, heads (1-based, 0 = root, as CoNLL-U writes them) and whether each word is `punct`. */
function tree(rows: Array<[string, string, number]>) {
  const n = rows.length;
  const a = new WordAtoms();
  a.set(rows.map((r) => r[0]));
  const sa = new Scratch().atoms(a, rows.map((r) => tag(r[1])));
  const head = Int32Array.from(rows.map((r) => (r[2] === 0 ? n : r[2] - 1)));
  const label = Int32Array.from(rows.map((r) => (r[1] === 'PUNCT' ? PUNCT_LABEL : OTHER)));
  return { n, sa, head, label };
}

// "John, who left, said it." with its UD tree
const RELATIVE: Array<[string, string, number]> = [
  ['John', 'PROPN', 6], [',', 'PUNCT', 4], ['who', 'PRON', 4], ['left', 'VERB', 1], [',', 'PUNCT', 4], ['said', 'VERB', 0], ['it', 'PRON', 6], ['.', 'PUNCT', 6],
];

describe('punctuation candidates', () => {
  it('offers the word before a mark and its ancestors that end before it, then the same after it', () => {
    const t = tree(RELATIVE);
    const c = punctCandidates(t.head, t.label, t.n, t.sa, PUNCT_LABEL, new PunctScratch());
    expect(Object.fromEntries(c)).toEqual({
      1: [0, 2, 3], // John | who, left (the relative clause the comma opens)
      4: [3, 0, 5], // left, John (whose subtree ends at the comma) | said
      7: [6, 5], // it, said; nothing after the full stop
    });
  });

  it('leaves marks alone that have dependents, are the root or carry another relation', () => {
    const t = tree([['"', 'PUNCT', 0], ['Yes', 'INTJ', 1], ['-', 'PUNCT', 2], ['!', 'PUNCT', 1]]);
    t.label[2] = OTHER;
    const c = punctCandidates(t.head, t.label, t.n, t.sa, PUNCT_LABEL, new PunctScratch());
    expect([...c.keys()]).toEqual([3]);
  });
});

describe('attachPunctuation', () => {
  /** A ranker that prefers candidates in the order it is asked (the first candidate scores highest). */
  const firstAsked = (): Scorer => {
    let calls = 0;
    return { score(_h, _n, scores) { scores[0] -= calls++; } };
  };

  it('moves each mark to a candidate, keeping one tree with the same root', () => {
    const t = tree(RELATIVE);
    const changed = attachPunctuation(t.head, t.label, t.n, t.sa, PUNCT_LABEL, firstAsked(), new PunctScratch());
    // the first candidate of each mark: the word before it
    expect(Array.from(t.head)).toEqual([5, 0, 3, 0, 3, 8, 5, 6]);
    expect(changed).toBe(2);
  });

  it('does nothing to a sentence without punctuation', () => {
    const t = tree([['Kyiv', 'PROPN', 2], ['fell', 'VERB', 0]]);
    expect(attachPunctuation(t.head, t.label, t.n, t.sa, PUNCT_LABEL, firstAsked(), new PunctScratch())).toBe(0);
    expect(Array.from(t.head)).toEqual([1, 2]);
  });
});

describe('the shipped model', () => {
  const parser = loadParser();
  const heads = (forms: string[]) => parser.parseWords(forms).map((w, i) => `${forms[i]}->${w.head < 0 ? 'ROOT' : forms[w.head]}`);

  it('has a punctuation ranker that survives the file round trip', () => {
    const model = decodeModel(readFileSync(DEFAULT_PARSER_MODEL_PATH));
    expect(model.punct).toBeDefined();
    expect(parser.tables.punct).toBeDefined();
    const back = decodeModel(encodeModel(model));
    expect(back.punct!.values).toEqual(model.punct!.values);
    expect(back.punct!.hashes).toEqual(model.punct!.hashes);
  });

  it.each([
    ['commas around a relative clause go to its verb', 'Kuleba , who met Blinken , said the talks were useful .', [',->met', ',->met', '.->said']],
    ['quotes go to the quoted clause', 'He said " we will win " .', ['"->win', '"->win', '.->said']],
    ['a comma before a conjunct goes to the conjunct', 'Russia , Belarus and Iran voted against .', [',->Belarus']],
  ])('%s', (_name, text, expected) => {
    const got = heads(text.split(' ')).filter((a) => /^[^A-Za-z]/.test(a));
    for (const e of expected) expect(got).toContain(e);
  });
});
