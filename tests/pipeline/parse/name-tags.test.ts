// The recogniser's names given to the tagger: a capitalised word inside a name is a proper noun, a nationality
// word standing for its country an adjective (name-tags.ts), on written sentences with the shipped model.
import { describe, expect, it } from 'vitest';
import { loadParser } from '../../../src/pipeline/parse/index.ts';
import { nameTags } from '../../../src/pipeline/parse/name-tags.ts';
import { segment } from '../../../src/pipeline/segment.ts';

const TAGS = ['ADJ', 'ADP', 'AUX', 'NOUN', 'PROPN', 'VERB'];
const T = (s: string) => s.split(' ').map((t) => TAGS.indexOf(t));

describe('nameTags (which words get which tag)', () => {
  // "Westmere shares fell", offsets of each word
  const forms = ['Westmere', 'shares', 'fell'], starts = [0, 9, 16], ends = [8, 15, 20];
  it('a name\'s word the tagger read as something else becomes PROPN', () => {
    const got = nameTags(forms, starts, ends, T('AUX NOUN VERB'), TAGS, [{ start: 0, end: 8, adjective: false }], () => false);
    expect(Array.from(got ?? [])).toEqual([TAGS.indexOf('PROPN'), -1, -1]);
  });
  it('nothing to give when the tagger agrees, or outside names', () => {
    expect(nameTags(forms, starts, ends, T('PROPN NOUN VERB'), TAGS, [{ start: 0, end: 8, adjective: false }], () => false)).toBeNull();
    expect(nameTags(forms, starts, ends, T('AUX NOUN VERB'), TAGS, [], () => false)).toBeNull();
  });
  it('a nationality word standing for its country becomes ADJ', () => {
    const got = nameTags(['Swiss', 'insurer'], [0, 6], [5, 13], T('VERB NOUN'), TAGS, [{ start: 0, end: 5, adjective: true }], () => true);
    expect(Array.from(got ?? [])).toEqual([TAGS.indexOf('ADJ'), -1]);
  });
  it('an adjective the tagger knows stays inside a name; an unknown one in a longer name does not', () => {
    const name = [{ start: 0, end: 18, adjective: false }];
    const forms2 = ['Rheintal', 'Zement', 'AG'], s2 = [0, 9, 16], e2 = [8, 15, 18];
    expect(Array.from(nameTags(forms2, s2, e2, T('ADJ NOUN PROPN'), TAGS, name, () => false) ?? [])).toEqual([TAGS.indexOf('PROPN'), TAGS.indexOf('PROPN'), -1]);
    expect(nameTags(['National', 'Bank'], [0, 9], [8, 13], T('ADJ PROPN'), TAGS, [{ start: 0, end: 13, adjective: false }], (f) => f === 'National')).toBeNull();
  });
  it('function words inside names are left to the tagger ("Doctors Without Borders")', () => {
    const got = nameTags(['Doctors', 'Without', 'Borders'], [0, 8, 16], [7, 15, 23], T('NOUN ADP NOUN'), TAGS, [{ start: 0, end: 23, adjective: false }], () => false);
    expect(Array.from(got ?? [])).toEqual([TAGS.indexOf('PROPN'), -1, TAGS.indexOf('PROPN')]);
  });
});

describe('the parser with names given', () => {
  it('a sentence-initial nationality word before a kind of organisation is an adjective, and the sentence parses around it', () => {
    const text = 'Danish shipper Nordlys Line agreed to buy Vesterhav Ferries.';
    const seg = segment({ id: 'x', title: null, source: 'x.txt', text });
    const parser = loadParser();
    const plain = parser.parseSentence(seg, 0)!.words;
    const named = parser.parseSentence(seg, 0, [
      { start: 0, end: 6, adjective: true }, { start: 15, end: 27, adjective: false }, { start: 42, end: 59, adjective: false },
    ])!.words;
    const at = (ws: typeof plain, w: string) => ws.find((x) => x.text === w)!;
    expect(at(named, 'Danish').upos).toBe('ADJ');
    expect(at(named, 'agreed').deprel).toBe('root');
    expect(named[at(named, 'shipper').head]!.text).toBe('agreed');
    // (without the names, the shipped model reads the sentence-initial capital as a noun: what this pass exists for;
    // the sentence depends on the model's errors, so a retrained model may need another one here)
    expect(at(plain, 'Danish').upos).not.toBe('ADJ');
  });
});

describe('a hyphenated word of a name stays one word', () => {
  it('"Lee Sung-ho" is parsed as a name of two words, not cut at the hyphen', () => {
    const text = 'Labour Minister Lee Sung-ho threatened to arrest the strikers.';
    const seg = segment({ id: 'x', title: null, source: 'x.txt', text });
    const parser = loadParser();
    const words = parser.parseSentence(seg, 0, [{ start: 16, end: 27, adjective: false }])!.words;
    expect(words.map((x) => x.text)).toContain('Sung-ho');
    const threatened = words.findIndex((x) => x.text === 'threatened');
    expect(words[threatened]!.deprel).toBe('root');
    // (without the name, EWT's splitting applies)
    expect(parser.parseSentence(seg, 0)!.words.map((x) => x.text)).toContain('ho');
  });
});

describe('only a given name of the "Sung-ho" shape stays whole', () => {
  it('"al-Sadiq" inside a name is split as EWT splits it (the parser was trained on its pieces)', () => {
    const text = 'His counterpart, Ali al-Sadiq, signed the accord.';
    const seg = segment({ id: 'x', title: null, source: 'x.txt', text });
    const words = loadParser().parseSentence(seg, 0, [{ start: 17, end: 29, adjective: false }])!.words.map((x) => x.text);
    expect(words).toContain('al');
    expect(words).not.toContain('al-Sadiq');
  });
});
