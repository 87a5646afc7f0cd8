import { describe, expect, it } from 'vitest';
import { ConlluFormatError, formatConlluSentence, parseConllu } from '../../../src/pipeline/parse/conllu.ts';

const row = (...c: Array<string | number>) => c.join('\t');

describe('parseConllu', () => {
  it('reads comments, words and gold columns; skips empty nodes; keeps multiword lines', () => {
    const text = [
      '# sent_id = 1', '# text = I don\'t know', row(1, 'I', 'I', 'PRON', 'PRP', '_', 3, 'nsubj', '_', '_'),
      row('2-3', "don't", '_', '_', '_', '_', '_', '_', '_', '_'), row(2, 'do', 'do', 'AUX', 'VBP', '_', 4, 'aux', '_', '_'),
      row(3, "n't", 'not', 'PART', 'RB', '_', 4, 'advmod', '_', '_'), row('3.1', 'x', '_', '_', '_', '_', '_', '_', '_', '_'),
      row(4, 'know', 'know', 'VERB', 'VB', '_', 0, 'root', '_', 'SpaceAfter=No'), '',
    ].join('\r\n');
    const [s] = parseConllu(text);
    expect(s!.comments).toEqual(['# sent_id = 1', "# text = I don't know"]);
    expect(s!.words.map((w) => [w.form, w.upos, w.head, w.deprel])).toEqual([['I', 'PRON', 3, 'nsubj'], ['do', 'AUX', 4, 'aux'], ["n't", 'PART', 4, 'advmod'], ['know', 'VERB', 0, 'root']]);
    expect([...s!.ranges.keys()]).toEqual([2]);
  });

  it('accepts words without annotation for parsing (HEAD _)', () => {
    const s = parseConllu([row(1, 'Hi', '_', '_', '_', '_', '_', '_', '_', '_'), row(2, '!', '_', '_', '_', '_', '_', '_', '_', '_')].join('\n'));
    expect(s[0]!.words.map((w) => w.head)).toEqual([-1, -1]);
  });

  it.each([
    ['too few columns', [row(1, 'a', '_', 'X', '_', '_', 0, 'root', '_', '_'), '2\tb\tX'], 2, /expected 10 tab-separated columns.*got 3/],
    ['a gap in the numbering', [row(1, 'a', '_', 'X', '_', '_', 0, 'root', '_', '_'), row(3, 'b', '_', 'X', '_', '_', 1, 'dep', '_', '_')], 2, /expected word ID 2, got 3/],
    ['a bad ID', ['', '', row('x', 'a', '_', 'X', '_', '_', 0, 'root', '_', '_')], 3, /expected a word ID/],
    ['a bad HEAD', [row(1, 'a', '_', 'X', '_', '_', 'one', 'root', '_', '_')], 1, /expected HEAD to be a word ID or _, got "one"/],
  ])('%s: error names the file and line', (_name, lines, line, message) => {
    expect(() => parseConllu(lines.join('\n'), 'f.conllu')).toThrow(ConlluFormatError);
    expect(() => parseConllu(lines.join('\n'), 'f.conllu')).toThrow(new RegExp(`^f\\.conllu:${line}: ${message.source}`));
  });

  it.each([
    ['a head out of range', [row(1, 'a', '_', 'X', '_', '_', 0, 'root', '_', '_'), row(2, 'b', '_', 'X', '_', '_', 5, 'dep', '_', '_')], 2, /HEAD between 0 and 2, got 5/],
    ['two roots', [row(1, 'a', '_', 'X', '_', '_', 0, 'root', '_', '_'), row(2, 'b', '_', 'X', '_', '_', 0, 'root', '_', '_')], 1, /2 words with HEAD 0/],
    ['a cycle', [row(1, 'a', '_', 'X', '_', '_', 0, 'root', '_', '_'), row(2, 'b', '_', 'X', '_', '_', 3, 'dep', '_', '_'), row(3, 'c', '_', 'X', '_', '_', 2, 'dep', '_', '_')], 2, /cycle/],
    ['a missing relation', ['# c', row(1, 'a', '_', 'X', '_', '_', 0, '_', '_', '_')], 2, /DEPREL is missing/],
  ])('training data with %s is refused with its line', (_name, lines, line, message) => {
    expect(() => parseConllu(lines.join('\n'), 't', true)).toThrow(new RegExp(`^t:${line}: .*${message.source}`));
    expect(() => parseConllu(lines.join('\n'), 't', false)).not.toThrow();
  });
});

describe('formatConlluSentence', () => {
  it('prints predicted UPOS, HEAD and DEPREL, copies ID, FORM and MISC, keeps comments and multiword lines', () => {
    const [s] = parseConllu([
      '# text = x', row('1-2', "can't", '_', '_', '_', '_', '_', '_', '_', 'SpaceAfter=No'),
      row(1, 'ca', 'can', 'AUX', 'MD', '_', 0, 'root', '_', '_'), row(2, "n't", 'not', 'PART', 'RB', '_', 1, 'advmod', '_', 'SpaceAfter=No'),
    ].join('\n'));
    const out = formatConlluSentence(s!, [{ upos: 'VERB', head: -1, deprel: 'root' }, { upos: 'PART', head: 0, deprel: 'advmod' }]);
    expect(out).toBe([
      '# text = x', row('1-2', "can't", '_', '_', '_', '_', '_', '_', '_', 'SpaceAfter=No'),
      row(1, 'ca', '_', 'VERB', '_', '_', 0, 'root', '_', '_'), row(2, "n't", '_', 'PART', '_', '_', 1, 'advmod', '_', 'SpaceAfter=No'), '', '',
    ].join('\n'));
  });
});
